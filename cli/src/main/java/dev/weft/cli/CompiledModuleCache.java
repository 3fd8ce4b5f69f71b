package dev.weft.cli;

import dev.weft.backend.ModuleCompiler;
import dev.weft.backend.SourceCompiler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Compiled module classes cached on disk, keyed by a SHA-256 of the source, its file name,
 * module name, package flag, the Weft version and a fingerprint of the compiler's own build
 * (size and time of the jar or class file holding the backend), so an unchanged module is not
 * compiled again and a rebuilt compiler never reuses classes of an older one.
 * The directory is {@code $WEFT_CACHE_DIR}, else {@code $XDG_CACHE_HOME/weft}, else
 * {@code ~/.cache/weft}. Entries are written to a temporary file and moved into place, so
 * concurrent runs never read half a class.
 */
final class CompiledModuleCache {
    private final Path dir;
    private int compiled;

    CompiledModuleCache(Path dir) {
        this.dir = dir;
    }

    static CompiledModuleCache standard() {
        String env = System.getenv("WEFT_CACHE_DIR");
        if (env != null && !env.isEmpty()) {
            return new CompiledModuleCache(Path.of(env));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CompiledModuleCache(base.resolve("weft"));
    }

    /** Where the classes of source compiled at run time ({@code exec}) are kept. */
    Path execDir() {
        return dir.resolve("exec");
    }

    /** How many modules this cache had to compile (not found on disk). */
    int compiledCount() {
        return compiled;
    }

    ModuleCompiler.ClassFile get(byte[] source, String filename, String moduleName, boolean isPackage) {
        String internalName = dev.weft.backend.ClassNaming.moduleClass(moduleName, isPackage);
        Path entry = dir.resolve(key(source, filename, moduleName, isPackage) + ".class");
        try {
            if (Files.isRegularFile(entry)) {
                return new ModuleCompiler.ClassFile(internalName, Files.readAllBytes(entry));
            }
        } catch (IOException e) {
            // unreadable cache entry: compile again
        }
        ModuleCompiler.ClassFile cf = SourceCompiler.compile(source, filename, moduleName, isPackage);
        compiled++;
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            Files.write(tmp, cf.bytes());
            Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // an unwritable cache only costs compile time
        }
        return cf;
    }

    private static final String COMPILER_FINGERPRINT = compilerFingerprint();

    private static String compilerFingerprint() {
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

    private static String key(byte[] source, String filename, String moduleName, boolean isPackage) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((Main.VERSION + "\0" + COMPILER_FINGERPRINT + "\0" + filename + "\0" + moduleName + "\0"
                    + isPackage + "\0")
                    .getBytes(StandardCharsets.UTF_8));
            md.update(source);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
