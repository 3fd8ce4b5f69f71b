package dev.weft.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Entry point of the {@code weft} command: dispatches to one verb per sub-command. */
public final class Main {
    static final String VERSION = "weft 0.1.0 (Python 3.13)";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns the process exit code (2 for usage errors, as CPython). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.print(usage());
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "--version":
            case "-V":
                out.println(VERSION);
                return 0;
            case "--help":
            case "-h":
            case "help":
                out.print(usage());
                return 0;
            default:
                Verb verb = Verbs.find(args[0]);
                if (verb == null) {
                    err.println("weft: unknown command '" + args[0] + "'");
                    err.print(usage());
                    return 2;
                }
                return verb.run(rest, out, err);
        }
    }

    static String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: weft <command> [options] [args]\n\ncommands:\n");
        for (Verb v : Verbs.all()) {
            sb.append(String.format("  %-10s %s%n", v.name(), v.summary()));
        }
        sb.append(String.format("  %-10s %s%n", "--version", "print the version and exit"));
        sb.append(String.format("  %-10s %s%n", "--help", "print this help and exit"));
        return sb.toString();
    }
}
