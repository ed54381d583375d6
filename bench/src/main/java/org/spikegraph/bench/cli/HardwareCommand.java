package org.spikegraph.bench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spikegraph hardware}: the chip profiles, every figure with its source. */
@Command(name = "hardware", mixinStandardHelpOptions = true,
        description = "List the chip profiles and every figure they hold, each with its source or 'not published'.")
final class HardwareCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "CHIP", description = "Chips to show: loihi, loihi2, truenorth, spinnaker, spinnaker2 (default: all).")
    List<String> names;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<HardwareProfile> chips;
        try {
            chips = names == null ? Profiles.all() : names.stream().map(Profiles::byName).toList();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        for (HardwareProfile p : chips) {
            out.println(p.name() + ": " + p.title());
            p.describe().forEach(line -> out.println("  " + line));
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }
}
