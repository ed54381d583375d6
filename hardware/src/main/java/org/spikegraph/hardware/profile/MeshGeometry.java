package org.spikegraph.hardware.profile;

/**
 * How cores sit on a chip: cores are grouped in tiles (one router each), tiles form a 2-D mesh
 * {@code tilesPerRow} wide, chips are tiled in a square-ish grid. Hops are counted between tiles.
 *
 * @param coresPerChip cores one chip offers to a network
 * @param coresPerTile cores sharing one router (a hop is between routers)
 * @param tilesPerRow  width of a chip's tile mesh
 */
public record MeshGeometry(Figure coresPerChip, Figure coresPerTile, Figure tilesPerRow) {

    /** Cores per chip as an int. */
    public int cores() {
        return (int) coresPerChip.or(1);
    }

    /** Cores per tile as an int (1 when not given). */
    public int coresPerTileInt() {
        return Math.max(1, (int) coresPerTile.or(1));
    }

    /** Tiles per chip. */
    public int tilesPerChip() {
        return (cores() + coresPerTileInt() - 1) / coresPerTileInt();
    }

    /** Width of a chip's tile mesh (at least 1, at most the tiles per chip). */
    public int width() {
        return Math.max(1, Math.min(tilesPerChip(), (int) tilesPerRow.or(tilesPerChip())));
    }

    /** Height of a chip's tile mesh. */
    public int height() {
        return (tilesPerChip() + width() - 1) / width();
    }
}
