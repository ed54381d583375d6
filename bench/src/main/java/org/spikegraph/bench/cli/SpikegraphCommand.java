package org.spikegraph.bench.cli;

/** Placeholder entry point; replaced by the picocli command. */
public final class SpikegraphCommand {
    private SpikegraphCommand() {}

    public static void main(String[] args) {
        System.out.println("spikegraph");
    }
}
