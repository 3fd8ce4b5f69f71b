package dev.weft.backend.build;

import dev.weft.backend.ModuleCompiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a source tree into a class directory, recompiling only what changed since the last
 * run. A small state file records, per source, the SHA-256 of its content and the class it
 * produced, plus the compiler's fingerprint: a source whose content, module and class file are
 * unchanged is skipped; the class of a deleted (or excluded) source is removed; a module that
 * fails to compile loses its old class (so no stale code is packaged) and is retried next time;
 * a different compiler build recompiles everything. Changed modules are compiled in parallel.
 */
public final class IncrementalCompiler {
    private static final String HEADER = "# weft incremental compile state: sha256, class, source";
    private static final String COMPILER_KEY = "compiler=";

    /** What a run did. */
    public record Outcome(List<SourceModule> compiled, int upToDate, List<Path> removedClasses,
                          List<CompileProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** {@code javaClasses}: the classes of {@code @weft.java_class} declarations, kept in the state file after the module's class. */
    private record Entry(String sha256, String internalClassName, List<String> javaClasses) {
        String classColumn() {
            return javaClasses.isEmpty() ? internalClassName : internalClassName + "," + String.join(",", javaClasses);
        }

        static Entry parse(String sha256, String classColumn) {
            String[] names = classColumn.split(",");
            return new Entry(sha256, names[0], List.of(names).subList(1, names.length));
        }
    }

    private IncrementalCompiler() { }

    public static Outcome compile(List<SourceModule> sources, Path outputDirectory, Path stateFile) throws IOException {
        Map<String, Entry> previous = readState(stateFile);
        Map<String, Entry> next = new LinkedHashMap<>();
        List<SourceModule> compiled = new ArrayList<>();
        List<CompileProblem> problems = new ArrayList<>();
        Set<String> currentClasses = new HashSet<>();
        int upToDate = 0;
        for (SourceModule m : sources) {
            currentClasses.add(m.internalClassName());
        }
        List<SourceModule> toCompile = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (SourceModule m : sources) {
            byte[] content = Files.readAllBytes(m.file());
            String sha = sha256(content);
            Entry old = previous.get(m.relativePath());
            if (old != null && old.sha256.equals(sha) && old.internalClassName.equals(m.internalClassName())
                    && Files.isRegularFile(m.classFile(outputDirectory))
                    && old.javaClasses.stream().allMatch(c -> Files.isRegularFile(outputDirectory.resolve(c + ".class")))) {
                next.put(m.relativePath(), old);
                upToDate++;
            } else {
                toCompile.add(m);
                contents.add(content);
                hashes.add(sha);
            }
        }
        List<ModuleCompilation.Result> results = ModuleCompilation.compileAll(toCompile, contents);
        for (int i = 0; i < results.size(); i++) {
            SourceModule m = toCompile.get(i);
            ModuleCompilation.Result r = results.get(i);
            Path classFile = m.classFile(outputDirectory);
            Entry old = previous.get(m.relativePath());
            List<String> oldJavaClasses = old == null ? List.of() : old.javaClasses;
            if (r.ok()) {
                Files.createDirectories(classFile.getParent());
                Files.write(classFile, r.classFile().bytes());
                List<String> javaClasses = new ArrayList<>();
                for (ModuleCompiler.ClassFile jc : r.javaClasses()) {
                    Path p = outputDirectory.resolve(jc.internalName() + ".class");
                    Files.createDirectories(p.getParent());
                    Files.write(p, jc.bytes());
                    javaClasses.add(jc.internalName());
                }
                removeClasses(outputDirectory, oldJavaClasses, javaClasses, null);
                next.put(m.relativePath(), new Entry(hashes.get(i), m.internalClassName(), List.copyOf(javaClasses)));
                compiled.add(m);
            } else {
                Files.deleteIfExists(classFile);
                removeClasses(outputDirectory, oldJavaClasses, List.of(), null);
                problems.add(r.problem());
            }
        }
        List<Path> removed = new ArrayList<>();
        for (Map.Entry<String, Entry> e : previous.entrySet()) {
            String cls = e.getValue().internalClassName;
            if (!next.containsKey(e.getKey()) && !currentClasses.contains(cls)) {
                Path stale = outputDirectory.resolve(cls + ".class");
                if (Files.deleteIfExists(stale)) {
                    removed.add(stale);
                }
                removeClasses(outputDirectory, e.getValue().javaClasses, List.of(), removed);
            }
        }
        writeState(stateFile, next);
        return new Outcome(compiled, upToDate, removed, problems);
    }

    /** Deletes the classes of {@code old} not in {@code keep}, adding them to {@code removed} when given. */
    private static void removeClasses(Path outputDirectory, List<String> old, List<String> keep, List<Path> removed)
            throws IOException {
        for (String c : old) {
            if (!keep.contains(c)) {
                Path stale = outputDirectory.resolve(c + ".class");
                if (Files.deleteIfExists(stale) && removed != null) {
                    removed.add(stale);
                }
            }
        }
    }

    private static Map<String, Entry> readState(Path stateFile) throws IOException {
        Map<String, Entry> out = new LinkedHashMap<>();
        if (!Files.isRegularFile(stateFile)) {
            return out;
        }
        boolean sameCompiler = false;
        for (String line : Files.readAllLines(stateFile, StandardCharsets.UTF_8)) {
            if (line.startsWith(COMPILER_KEY)) {
                sameCompiler = line.substring(COMPILER_KEY.length()).equals(CompilerFingerprint.value());
                continue;
            }
            String[] f = line.split("\t", 3);
            if (line.startsWith("#") || f.length != 3) {
                continue;
            }
            // Another compiler build: keep the entries (so stale classes are still removed) but
            // with no hash, so every source is recompiled.
            out.put(f[2], Entry.parse(sameCompiler ? f[0] : "", f[1]));
        }
        return out;
    }

    private static void writeState(Path stateFile, Map<String, Entry> entries) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        sb.append(COMPILER_KEY).append(CompilerFingerprint.value()).append('\n');
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            sb.append(e.getValue().sha256).append('\t').append(e.getValue().classColumn()).append('\t')
              .append(e.getKey()).append('\n');
        }
        if (stateFile.getParent() != null) {
            Files.createDirectories(stateFile.getParent());
        }
        Files.writeString(stateFile, sb, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
