package org.spikegraph.hardware.profile;

/**
 * Time figures of one cost set. A figure without a value counts as 0 s and is listed among the
 * projection's assumptions (the time is then a lower bound).
 *
 * @param synop            one synaptic event (a delivery to a target neuron)
 * @param neuronActive     updating a neuron that received input or is live
 * @param neuronIdle       updating a neuron with nothing to do (clock-driven chips still visit it)
 * @param spike            emitting one spike (soma side), per spike
 * @param message          sending one spike message to one destination core
 * @param hopEw            one east-west hop between tiles (informative: not in the step time)
 * @param hopNs            one north-south hop between tiles (informative: not in the step time)
 * @param barrierOneTile   the end-of-step barrier with one tile in use
 * @param barrierFullChip  the barrier with every tile of one chip in use
 * @param barrierMultiChip the barrier across {@code barrierChips} chips
 * @param barrierChips     the chip count {@code barrierMultiChip} was measured at
 * @param tick             a fixed step period (TrueNorth, SpiNNaker real time), none for event-paced chips
 */
public record Timing(Figure synop, Figure neuronActive, Figure neuronIdle, Figure spike, Figure message,
                     Figure hopEw, Figure hopNs, Figure barrierOneTile, Figure barrierFullChip,
                     Figure barrierMultiChip, Figure barrierChips, Figure tick) {

    /**
     * The barrier for a step using {@code tiles} tiles on {@code chips} chips of {@code tilesPerChip}
     * tiles: linear between one tile and a full chip, then linear in chips up to the multi-chip
     * figure (and beyond it, extrapolated). Missing figures fall back to the nearest given one, or 0.
     */
    public double barrier(int tiles, int chips, int tilesPerChip) {
        double one = barrierOneTile.or(barrierFullChip.or(0));
        double full = barrierFullChip.or(one);
        if (chips <= 1) {
            if (tilesPerChip <= 1) {
                return one;
            }
            double f = (double) (Math.max(1, Math.min(tiles, tilesPerChip)) - 1) / (tilesPerChip - 1);
            return one + (full - one) * f;
        }
        if (!barrierMultiChip.present() || !barrierChips.present() || barrierChips.value() <= 1) {
            return full;
        }
        double slope = (barrierMultiChip.value() - full) / (barrierChips.value() - 1);
        return full + slope * (chips - 1);
    }
}
