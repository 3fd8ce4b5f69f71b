package dev.weft.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code weft}. */
public interface Verb {
    String name();

    String summary();

    /** Runs with the arguments after the verb; returns the exit code. */
    int run(List<String> args, PrintStream out, PrintStream err);
}
