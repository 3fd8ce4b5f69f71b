package dev.weft.backend.build;

import dev.weft.backend.ClassNaming;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Compiles a Python library (CPython's {@code Lib/}) into a class directory at build time, the
 * way the weft-stdlib module's build runs it: the sources not excluded are copied (with their
 * reviewed edits) under {@code OUTPUT/weft-stdlib/}, where the runtime finds them for
 * tracebacks, and compiled into classes under {@code pystdlib/}. Compilation is tolerant: a
 * module Weft cannot compile yet is listed with its error in
 * {@code OUTPUT/weft-stdlib/compile-report.tsv} (which the runtime's StdlibFinder reads to
 * raise that error on import) and the build goes on. Unchanged modules are not compiled again
 * (see {@link IncrementalCompiler}).
 *
 * <p>Usage: {@code LibraryCompiler --source DIR --output DIR --state FILE --exclusions FILE
 * --changes FILE --marker WORD... [--upgrades FILE --additions DIR] [--own DIR]} (the upgrades bring the
 * library to the targeted CPython version, see {@link LibUpgrades}; {@code --own} is a tree of
 * modules written for Weft, e.g. a thread-based {@code multiprocessing}, built with the library
 * where Lib's module of the same path is excluded). It fails (an exception) only on a bad list, or a source
 * carrying a marker that the changes file has no decision on.
 */
public final class LibraryCompiler {
    private LibraryCompiler() { }

    /** The outcome of a library build. */
    public record Summary(int selected, int excluded, int compiled, int upToDate, List<CompileProblem> failed,
                          Map<String, Integer> reasons) {
        public String describe() {
            StringBuilder sb = new StringBuilder();
            sb.append("weft-stdlib: ").append(selected - failed.size()).append(" modules compiled (")
              .append(compiled).append(" now, ").append(upToDate).append(" up to date), ").append(failed.size())
              .append(" failed, ").append(excluded).append(" files excluded\n");
            if (!reasons.isEmpty()) {
                sb.append("weft-stdlib: why modules failed (modules per reason):\n");
                reasons.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                        .forEach(e -> sb.append(String.format("  %4d  %s%n", e.getValue(), e.getKey())));
            }
            return sb.toString();
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, List<String>> opts = options(args);
        Path source = Path.of(one(opts, "--source"));
        Path output = Path.of(one(opts, "--output"));
        Path state = Path.of(one(opts, "--state"));
        ExclusionList exclusions = ExclusionList.read(Path.of(one(opts, "--exclusions")));
        ChangedSourceDecisions changes = ChangedSourceDecisions.read(Path.of(one(opts, "--changes")));
        List<String> markers = opts.getOrDefault("--marker", List.of());
        LibUpgrades upgrades = opts.containsKey("--upgrades")
                ? LibUpgrades.read(Path.of(one(opts, "--upgrades")), Path.of(one(opts, "--additions")))
                : LibUpgrades.none();
        Path own = opts.containsKey("--own") ? Path.of(one(opts, "--own")) : null;
        Summary s = build(source, output, state, exclusions, changes, markers, upgrades, own);
        System.out.print(s.describe());
    }

    /** Builds the library from {@code sourceRoot} into {@code output}. */
    public static Summary build(Path sourceRoot, Path output, Path stateFile, ExclusionList exclusions,
                                ChangedSourceDecisions changes, List<String> markers) throws IOException {
        return build(sourceRoot, output, stateFile, exclusions, changes, markers, LibUpgrades.none());
    }

    /** Builds the library, with {@code upgrades} applied after the distributor's changes are undone. */
    public static Summary build(Path sourceRoot, Path output, Path stateFile, ExclusionList exclusions,
                                ChangedSourceDecisions changes, List<String> markers, LibUpgrades upgrades)
            throws IOException {
        return build(sourceRoot, output, stateFile, exclusions, changes, markers, upgrades, null);
    }

    /**
     * Builds the library and, when {@code ownRoot} is not null, the modules written for Weft
     * under it; one of those may not replace a Lib module that is built (exclude Lib's first).
     */
    public static Summary build(Path sourceRoot, Path output, Path stateFile, ExclusionList exclusions,
                                ChangedSourceDecisions changes, List<String> markers, LibUpgrades upgrades,
                                Path ownRoot) throws IOException {
        if (!Files.isDirectory(sourceRoot)) {
            throw new IllegalStateException("no library sources at " + sourceRoot);
        }
        Path copyRoot = output.resolve(ClassNaming.STDLIB_FILE_ROOT);
        List<SourceModule> all = new SourceTree(sourceRoot, null, null).modules();
        List<String> unreviewed = new ArrayList<>();
        List<SourceModule> selected = new ArrayList<>();
        int excluded = 0;
        java.util.Set<String> copied = new java.util.HashSet<>();
        for (SourceModule m : all) {
            if (exclusions.match(m.relativePath()) != null) {
                excluded++;
                continue;
            }
            byte[] bytes = Files.readAllBytes(m.file());
            ChangedSourceDecisions.Decision d = changes.get(m.relativePath());
            if (d == null && ChangedSourceDecisions.carriesMarker(bytes, markers)) {
                unreviewed.add(m.relativePath());
                continue;
            }
            if (d != null && d.action() == ChangedSourceDecisions.Action.EXCLUDE) {
                excluded++;
                continue;
            }
            if (d != null && d.action() == ChangedSourceDecisions.Action.EDIT) {
                bytes = d.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            if (upgrades.get(m.relativePath()) != null) {
                bytes = upgrades.apply(m.relativePath(), new String(bytes, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8);
            }
            Path copy = copyRoot.resolve(m.relativePath());
            writeIfChanged(copy, bytes);
            copied.add(m.relativePath());
            selected.add(new SourceModule(copy, m.relativePath(), m.module(), m.isPackage())
                    .withNaming(ClassNaming.STDLIB_PREFIX, ClassNaming.STDLIB_FILE_ROOT));
        }
        if (ownRoot != null) {
            for (SourceModule m : new SourceTree(ownRoot, null, null).modules()) {
                if (copied.contains(m.relativePath())) {
                    throw new IllegalStateException("the module written for Weft " + m.relativePath()
                            + " would replace the Lib module of that path, which is built: exclude it in the exclusions list");
                }
                Path copy = copyRoot.resolve(m.relativePath());
                writeIfChanged(copy, Files.readAllBytes(m.file()));
                copied.add(m.relativePath());
                selected.add(new SourceModule(copy, m.relativePath(), m.module(), m.isPackage())
                        .withNaming(ClassNaming.STDLIB_PREFIX, ClassNaming.STDLIB_FILE_ROOT));
            }
        }
        if (!unreviewed.isEmpty()) {
            throw new IllegalStateException("library sources carrying " + markers + " without a decision in the "
                    + "changes list (keep, exclude or edit each): " + unreviewed);
        }
        upgrades.checkAllUsed(copied);
        removeStaleCopies(copyRoot, copied);
        IncrementalCompiler.Outcome o = IncrementalCompiler.compile(selected, output, stateFile);
        writeReport(copyRoot.resolve("compile-report.tsv"), selected, o.problems());
        Map<String, Integer> reasons = new TreeMap<>();
        for (CompileProblem p : o.problems()) {
            reasons.merge(p.type() + ": " + p.message(), 1, Integer::sum);
        }
        return new Summary(selected.size(), excluded, o.compiled().size(), o.upToDate(), o.problems(), reasons);
    }

    private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Removes copied sources that are no longer selected (excluded since the last build). */
    private static void removeStaleCopies(Path copyRoot, java.util.Set<String> keep) throws IOException {
        if (!Files.isDirectory(copyRoot)) {
            return;
        }
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> files = Files.walk(copyRoot)) {
            files.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                 .filter(p -> !keep.contains(copyRoot.relativize(p).toString().replace('\\', '/')))
                 .forEach(stale::add);
        }
        for (Path p : stale) {
            Files.delete(p);
        }
    }

    /**
     * One line per selected module: {@code ok|failed TAB module TAB package|module TAB file TAB
     * line TAB type TAB message}, sorted by module (the format the runtime's StdlibFinder reads).
     */
    private static void writeReport(Path report, List<SourceModule> selected, List<CompileProblem> problems)
            throws IOException {
        Map<Path, CompileProblem> byFile = new HashMap<>();
        for (CompileProblem p : problems) {
            byFile.put(p.file(), p);
        }
        Map<String, String> lines = new TreeMap<>();
        for (SourceModule m : selected) {
            CompileProblem p = byFile.get(m.file());
            String kind = m.isPackage() ? "package" : "module";
            lines.put(m.module(), p == null
                    ? String.join("\t", "ok", m.module(), kind, m.compiledFileName(), "0", "", "")
                    : String.join("\t", "failed", m.module(), kind, m.compiledFileName(), String.valueOf(p.line()),
                            p.type(), oneLine(p.message())));
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# weft-stdlib compile report: status, module, kind, file, line, error type, message\n");
        sb.append("# ").append(selected.size() - problems.size()).append(" compiled, ").append(problems.size())
          .append(" failed\n");
        for (String line : lines.values()) {
            sb.append(line).append('\n');
        }
        Files.createDirectories(report.getParent());
        Files.writeString(report, sb, StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static Map<String, List<String>> options(String[] args) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: LibraryCompiler --source DIR --output DIR --state FILE "
                        + "--exclusions FILE --changes FILE [--marker WORD]... [--upgrades FILE --additions DIR] [--own DIR] (at " + args[i] + ")");
            }
            out.computeIfAbsent(args[i], k -> new ArrayList<>()).add(args[++i]);
        }
        return out;
    }

    private static String one(Map<String, List<String>> opts, String name) {
        List<String> v = opts.get(name);
        if (v == null || v.size() != 1) {
            throw new IllegalArgumentException("LibraryCompiler needs exactly one " + name);
        }
        return v.get(0);
    }
}
