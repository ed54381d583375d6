package org.spikegraph.bench.cli;

import java.util.ArrayList;
import java.util.List;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;

/** The chips named by {@code --hardware}: profile names, {@code all}, or {@code none}. */
final class Chips {

    private Chips() {}

    /**
     * The profiles named, in order.
     *
     * @throws UserInputException for an unknown name
     */
    static List<HardwareProfile> parse(List<String> names) {
        List<HardwareProfile> chips = new ArrayList<>();
        for (String name : names) {
            String n = name.trim();
            if (n.equals("none")) {
                continue;
            }
            try {
                chips.addAll(n.equals("all") ? Profiles.all() : List.of(Profiles.byName(n)));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--hardware: " + e.getMessage() + ", all or none");
            }
        }
        return chips;
    }
}
