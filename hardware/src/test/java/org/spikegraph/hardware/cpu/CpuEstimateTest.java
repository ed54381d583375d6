package org.spikegraph.hardware.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuEstimateTest {

    @Test
    void statedPowerIsLabelledAnAssumption() {
        CpuEstimate e = CpuEstimate.fromWallTime(2.0, 15.0, 1);
        assertThat(e.joules()).isEqualTo(30.0);
        assertThat(e.method()).isEqualTo("stated power");
        assertThat(e.assumptions()).singleElement().asString().contains("not a measurement");
        assertThatThrownBy(() -> CpuEstimate.fromWallTime(1, 15, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unreadableRaplFallsBackToStatedPower(@TempDir Path dir) {
        CpuEstimate e = CpuEstimate.measure(() -> { }, 20.0, dir.resolve("missing"));
        assertThat(e.method()).isEqualTo("stated power");
        assertThat(e.joules()).isCloseTo(e.seconds() * 20.0, offset(1e-12));
        assertThat(e.assumptions()).anyMatch(a -> a.contains("RAPL not readable"));
    }

    @Test
    void raplCounterDifferenceIsTheEnergy(@TempDir Path dir) throws Exception {
        Path counter = dir.resolve("energy_uj");
        Files.writeString(counter, "1000000\n");
        CpuEstimate e = CpuEstimate.measure(() -> {
            try {
                Files.writeString(counter, "3500000\n");
            } catch (Exception ex) {
                throw new RuntimeException(ex);
            }
        }, 15.0, counter);
        assertThat(e.method()).isEqualTo("rapl");
        assertThat(e.joules()).isEqualTo(2.5);
    }

    @Test
    void raplWrapAroundUsesTheRange(@TempDir Path dir) throws Exception {
        Path counter = dir.resolve("energy_uj");
        Files.writeString(dir.resolve("max_energy_range_uj"), "10000000");
        Files.writeString(counter, "9000000");
        CpuEstimate e = CpuEstimate.measure(() -> {
            try {
                Files.writeString(counter, "500000");
            } catch (Exception ex) {
                throw new RuntimeException(ex);
            }
        }, 15.0, counter);
        assertThat(e.joules()).isEqualTo(1.5);
        assertThat(e.assumptions()).anyMatch(a -> a.contains("wrapped"));
    }
}
