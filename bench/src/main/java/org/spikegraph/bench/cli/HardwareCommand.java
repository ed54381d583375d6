package org.spikegraph.bench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.spikegraph.bench.report.ReportPrinter;
import org.spikegraph.hardware.profile.HardwareProfile;
import org.spikegraph.hardware.profile.Profiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spikegraph hardware}: the chip profiles, every figure with its source. */
@Command(name = "hardware", mixinStandardHelpOptions = true,
        description = "List the chip profiles and every figure they hold, each with its source or 'not published'.")
final class HardwareCommand implements Callable<Integer> {

    /** The {@code schema} field of {@code hardware --json} (docs/schema/report-v2.json, $defs/hardwareListing). */
    static final String SCHEMA = "spikegraph-hardware/1";

    @Parameters(arity = "0..*", paramLabel = "CHIP", description = "Chips to show: loihi, loihi2, truenorth, spinnaker, spinnaker2 (default: all).")
    List<String> names;

    @Option(names = "--json", description = "Print one JSON object (the profiles, every figure with its unit and source) "
            + "instead of the list.")
    boolean json;

    @Spec
    CommandSpec spec;

    /**
     * {@code hardware --json}: the profiles shown.
     *
     * @param schema   {@value #SCHEMA}
     * @param profiles one per chip, in the order asked for
     */
    record Listing(String schema, List<Profile> profiles) {}

    /**
     * One chip profile.
     *
     * @param name    e.g. "loihi" (what --hardware takes)
     * @param title   e.g. "Intel Loihi"
     * @param figures every figure, in the order of the list
     */
    record Profile(String name, String title, List<Figure> figures) {}

    /**
     * One figure of a profile.
     *
     * @param name    the dotted name the list prints, e.g. "limits.maxDelay", "set[paper].time.synop"
     * @param value   the value, or null when it is not published (for a limit: the chip has none)
     * @param unit    its unit
     * @param source  where it comes from, or why there is no value
     * @param assumed true when it is an assumption rather than a published figure
     */
    record Figure(String name, Double value, String unit, String source, boolean assumed) {}

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<HardwareProfile> chips;
        try {
            chips = names == null ? Profiles.all() : names.stream().map(Profiles::byName).toList();
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        if (json) {
            out.println(ReportPrinter.json(new Listing(SCHEMA, chips.stream().map(HardwareCommand::profile).toList())));
            out.flush();
            return ExitCodes.OK;
        }
        for (HardwareProfile p : chips) {
            out.println(p.name() + ": " + p.title());
            p.describe().forEach(line -> out.println("  " + line));
            out.println();
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Profile profile(HardwareProfile p) {
        return new Profile(p.name(), p.title(), p.figures().entrySet().stream()
                .map(f -> new Figure(f.getKey(), f.getValue().value(), f.getValue().unit(), f.getValue().source(),
                        f.getValue().assumed()))
                .toList());
    }
}
