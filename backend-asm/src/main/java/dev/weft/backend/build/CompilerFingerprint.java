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

    private static String compute() {
        try {
            java.net.URL where = ModuleCompiler.class.getProtectionDomain().getCodeSource().getLocation();
            Path p = Path.of(where.toURI());
            if (Files.isDirectory(p)) {
                p = p.resolve(ModuleCompiler.class.getName().replace('.', '/') + ".class");
            }
            return Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
