package dev.weft.cli;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.dump.AstDumper;
import dev.weft.frontend.dump.BatchDumper;
import dev.weft.frontend.dump.ModuleParser;
import dev.weft.frontend.dump.ParseBenchmark;
import dev.weft.frontend.error.PythonSyntaxError;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code weft ast}: prints the syntax tree of each file as CPython 3.13's {@code ast.dump} does,
 * one line per file; {@code --digests} is the batch mode of the differential test.
 */
final class AstVerb implements Verb {
    static final String USAGE =
            "usage: weft ast [--attributes] FILE...\n"
            + "       weft ast --digests [--jobs N] [--timeout SECONDS] [--dump-dir DIR] (--files-from LIST | FILE...)\n"
            + "       weft ast --benchmark PASSES [--launched-at EPOCH_NANOS] (--files-from LIST | FILE...)\n"
            + "\n"
            + "Prints ast.dump(tree) of each FILE, in order, one line each (--attributes: include_attributes=True).\n"
            + "--digests prints one line per file instead: PATH, then OK and the SHA-256 of both dumps, or ERROR\n"
            + "type lineno offset msg, or CRASH/TIMEOUT/UNREADABLE; --files-from reads the paths, one a line.\n"
            + "--benchmark parses all files PASSES times on one thread and prints the times (benchmarks/parse-stdlib.sh).\n";

    private final ModuleParser parser;

    AstVerb(ModuleParser parser) {
        this.parser = parser;
    }

    @Override
    public String name() {
        return "ast";
    }

    @Override
    public String summary() {
        return "print the syntax tree of Python files as ast.dump does";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        try {
            Options options = Options.parse(args);
            if (options.benchmarkPasses > 0) {
                return benchmark(options, utf8, err);
            }
            return options.digests ? digests(options, utf8, err) : dumps(options, utf8, err);
        } catch (UsageException e) {
            err.println("weft ast: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } finally {
            utf8.flush();
        }
    }

    private int dumps(Options options, PrintStream out, PrintStream err) {
        int status = 0;
        for (String file : options.files) {
            byte[] source;
            try {
                source = Files.readAllBytes(Path.of(file));
            } catch (IOException e) {
                out.flush();
                err.println("weft: can't open file " + pythonQuote(file) + ": " + errnoText(e, file));
                status = Math.max(status, 2);
                continue;
            }
            try {
                Module tree = parser.parse(source, file);
                out.println(AstDumper.dump(tree, options.attributes));
            } catch (PythonSyntaxError e) {
                out.flush();
                err.print(e.format());
                status = Math.max(status, 1);
            }
        }
        return status;
    }

    private int benchmark(Options options, PrintStream out, PrintStream err) {
        List<String> files = inputFiles(options, err);
        if (files == null) {
            return 2;
        }
        try {
            ParseBenchmark.run(parser, files, options.benchmarkPasses, options.launchedAt, out);
            return 0;
        } catch (IOException e) {
            err.println("weft: " + e);
            return 1;
        }
    }

    /** The FILE arguments and the lines of --files-from; null (after an error message) if unreadable. */
    private static List<String> inputFiles(Options options, PrintStream err) {
        List<String> files = new ArrayList<>(options.files);
        if (options.filesFrom != null) {
            try {
                files.addAll(ParseBenchmark.readList(options.filesFrom));
            } catch (IOException e) {
                err.println("weft: can't open file " + pythonQuote(options.filesFrom) + ": "
                        + errnoText(e, options.filesFrom));
                return null;
            }
        }
        return files;
    }

    private int digests(Options options, PrintStream out, PrintStream err) {
        List<String> files = inputFiles(options, err);
        if (files == null) {
            return 2;
        }
        Path dumpDir = options.dumpDir == null ? null : Path.of(options.dumpDir);
        try {
            if (dumpDir != null) {
                Files.createDirectories(dumpDir);
            }
            BatchDumper batch = new BatchDumper(parser, options.jobs, options.timeoutMillis, dumpDir);
            for (BatchDumper.Outcome outcome : batch.run(files)) {
                out.println(outcome.line());
            }
        } catch (IOException e) {
            err.println("weft: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return 0;
    }

    /** The text CPython puts after "can't open file '...': " for an OSError. */
    static String errnoText(IOException e, String file) {
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied";
        }
        if (Files.isDirectory(Path.of(file))) {
            return "[Errno 21] Is a directory";
        }
        return "[Errno 5] " + e.getMessage();
    }

    /** A file name quoted as Python's repr quotes a plain path. */
    private static String pythonQuote(String file) {
        return file.indexOf('\'') >= 0 && file.indexOf('"') < 0 ? '"' + file + '"' : "'" + file.replace("'", "\\'") + "'";
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private static final class Options {
        boolean attributes;
        boolean digests;
        int benchmarkPasses;
        long launchedAt;
        int jobs = Runtime.getRuntime().availableProcessors();
        long timeoutMillis = 60_000;
        String dumpDir;
        String filesFrom;
        final List<String> files = new ArrayList<>();

        static Options parse(List<String> args) throws UsageException {
            Options o = new Options();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--attributes":
                        o.attributes = true;
                        break;
                    case "--digests":
                        o.digests = true;
                        break;
                    case "--jobs":
                        o.jobs = positive(a, value(args, ++i, a));
                        break;
                    case "--timeout":
                        o.timeoutMillis = 1000L * positive(a, value(args, ++i, a));
                        break;
                    case "--benchmark":
                        o.benchmarkPasses = positive(a, value(args, ++i, a));
                        break;
                    case "--launched-at":
                        o.launchedAt = nanos(a, value(args, ++i, a));
                        break;
                    case "--dump-dir":
                        o.dumpDir = value(args, ++i, a);
                        break;
                    case "--files-from":
                        o.filesFrom = value(args, ++i, a);
                        break;
                    case "--":
                        o.files.addAll(args.subList(i + 1, args.size()));
                        i = args.size();
                        break;
                    default:
                        if (a.startsWith("-") && a.length() > 1) {
                            throw new UsageException("unknown option " + a);
                        }
                        o.files.add(a);
                }
            }
            if (!o.digests && o.benchmarkPasses == 0 && o.filesFrom != null) {
                throw new UsageException("--files-from needs --digests or --benchmark");
            }
            if (!o.digests && o.dumpDir != null) {
                throw new UsageException("--dump-dir needs --digests");
            }
            if (o.files.isEmpty() && o.filesFrom == null) {
                throw new UsageException("no input files");
            }
            return o;
        }

        private static String value(List<String> args, int i, String option) throws UsageException {
            if (i >= args.size()) {
                throw new UsageException(option + " needs a value");
            }
            return args.get(i);
        }

        private static long nanos(String option, String text) throws UsageException {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new UsageException(option + " needs nanoseconds since the epoch, not " + text);
            }
        }

        private static int positive(String option, String text) throws UsageException {
            try {
                int n = Integer.parseInt(text);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException(option + " needs a positive integer, not " + text);
        }
    }
}
