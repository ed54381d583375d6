package org.spikegraph.hardware.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.spikegraph.hardware.legalize.ChipLimits;

class ProfilesTest {

    @Test
    void allFiveProfilesLoadInOrder() {
        assertThat(Profiles.all()).extracting(HardwareProfile::name)
                .containsExactly("loihi", "loihi2", "truenorth", "spinnaker", "spinnaker2");
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Profiles.byName("akida"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("akida").hasMessageContaining("loihi, loihi2, truenorth, spinnaker, spinnaker2");
        assertThat(Profiles.byName(" TrueNorth ").name()).isEqualTo("truenorth");
    }

    @Test
    void loihiCarriesTwoEnergySetsForABand() {
        HardwareProfile p = Profiles.byName("loihi");
        assertThat(p.sets()).hasSize(2);
        assertThat(p.sets().get(0).energy().synop().value()).isEqualTo(23.6e-12);
        assertThat(p.sets().get(1).energy().synop().value()).isEqualTo(35.5e-12);
        assertThat(p.sets().get(1).energy().synop().source()).contains("SANA-FE");
    }

    @Test
    void limitsAreExposedForLegalization() {
        assertThat(Profiles.byName("loihi").limits()).isEqualTo(new ChipLimits(62, 4096, 4096, 9, 24, false));
        assertThat(Profiles.byName("truenorth").limits()).isEqualTo(new ChipLimits(15, 256, 256, 9, 20, true));
        assertThat(Profiles.byName("spinnaker").limits().maxDelay()).isEqualTo(16);
        assertThat(Profiles.byName("spinnaker2").limits().maxDelay()).isEqualTo(ChipLimits.NONE);
        assertThat(Profiles.byName("truenorth").core().oneTargetCore()).isTrue();
        assertThat(Profiles.byName("loihi").core().maxSynapses()).isEqualTo(65536);
    }

    @Test
    void everyFigureHasASourceAndAllInSetsAreFlagged() {
        for (HardwareProfile p : Profiles.all()) {
            assertThat(p.describe()).allSatisfy(line -> assertThat(line).contains("["));
            for (CostSet s : p.sets()) {
                assertThat(s.source()).isNotBlank();
            }
        }
        assertThat(Profiles.byName("truenorth").primary().energy().allIn()).isTrue();
        assertThat(Profiles.byName("loihi2").primary().energy().allIn()).isTrue();
        assertThat(Profiles.byName("loihi").primary().energy().allIn()).isFalse();
        assertThat(Profiles.byName("loihi2").primary().energy().synop().source()).isEqualTo("not published");
    }

    @Test
    void barrierInterpolatesOverTilesAndChips() {
        Timing t = Profiles.byName("loihi").primary().timing();
        assertThat(t.barrier(1, 1, 32)).isEqualTo(113e-9);
        assertThat(t.barrier(32, 1, 32)).isEqualTo(465e-9, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(t.barrier(32, 256, 32)).isEqualTo(14e-6, org.assertj.core.data.Offset.offset(1e-15));
    }
}
