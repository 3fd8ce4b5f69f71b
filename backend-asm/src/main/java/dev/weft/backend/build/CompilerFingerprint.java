package dev.weft.backend.build;

import dev.weft.backend.ModuleCompiler;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Identifies the compiler's own build (size and time of the jar or class file holding the
 * backend), so that classes compiled by another build of Weft are never reused.
 */
public final class CompilerFingerprint {
    private CompilerFingerprint() { }

    private static final String VALUE = compute();

    public static String value() {
        return VALUE;
    }

    /**
     * The backend's and the IR's code (jars, or class directories when run from a build tree,
     * where any recompiled class must count, not just one).
     */
    private static String compute() {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : new Class<?>[] {ModuleCompiler.class, dev.weft.ir.lower.ModuleLowering.class}) {
            try {
                Path p = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
                sb.append(sb.length() == 0 ? "" : "+").append(describe(p));
            } catch (Exception e) {
                return "unknown";
            }
        }
        return sb.toString();
    }

    private static String describe(Path p) throws java.io.IOException {
        if (!Files.isDirectory(p)) {
            return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        }
        long[] sizeAndTime = new long[2];
        try (java.util.stream.Stream<Path> files = Files.walk(p)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                try {
                    sizeAndTime[0] += Files.size(f);
                    sizeAndTime[1] = Math.max(sizeAndTime[1], Files.getLastModifiedTime(f).toMillis());
                } catch (java.io.IOException e) {
                    sizeAndTime[1] = -1;
                }
            });
        }
        return sizeAndTime[0] + "@" + sizeAndTime[1];
    }
}
