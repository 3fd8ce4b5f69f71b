package dev.weft.runtime.compile;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Classes of source compiled at run time ({@code exec}, {@code eval}, {@code compile}) kept on
 * disk between runs, so that a program whose libraries generate the same code on every start
 * (dataclasses' {@code __init__}, {@code __repr__}, {@code __eq__}...) neither loads nor runs
 * the compiler once the cache is warm. An entry is named by a SHA-256 over the mode, file name
 * and source and a fingerprint of the runtime and compiler builds (size and time of the jars or
 * files that hold them), so a rebuilt runtime or compiler never reuses an older one's classes.
 * Entries are written to a temporary file and moved into place (readers never see half a
 * class); a directory that cannot be written only costs compile time. The caller defines the
 * class under the name {@link #className} gives, which the JVM checks against the bytes, so a
 * damaged or misplaced entry is rejected and compiled again.
 */
public final class ExecClassCache {
    /** Bumped when the layout of entries changes. */
    private static final String FORMAT = "weft-exec-cache 1";
    private static final String SERVICE = "META-INF/services/" + CodeCompiler.class.getName();

    private final Path dir;
    private final String fingerprint;

    /** A cache in {@code dir} for classes of the builds fingerprinted by {@code fingerprint}. */
    public ExecClassCache(Path dir, String fingerprint) {
        this.dir = dir;
        this.fingerprint = fingerprint;
    }

    /**
     * A cache in {@code dir} for the runtime and compiler found by {@code loader}, or null when
     * their builds cannot be fingerprinted (then nothing is cached: a stale class is worse
     * than a compilation).
     */
    public static ExecClassCache forBuildsOf(Path dir, ClassLoader loader) {
        String runtime = fingerprint(loader.getResource(RuntimeCompilation.class.getName().replace('.', '/') + ".class"));
        String compiler = fingerprint(loader.getResource(SERVICE));
        return runtime == null || compiler == null ? null : new ExecClassCache(dir, runtime + "|" + compiler);
    }

    /** The size and modification time of the jar or file behind {@code url}, or null. */
    static String fingerprint(URL url) {
        if (url == null) {
            return null;
        }
        try {
            Path file;
            if (url.getProtocol().equals("jar")) {
                file = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
            } else if (url.getProtocol().equals("file")) {
                file = Path.of(url.toURI());
            } else {
                return null;
            }
            return file + "@" + Files.size(file) + "@" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The key of the class compiled from {@code source} in {@code mode} as file {@code filename}. */
    public String key(String mode, String filename, String source) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String part : new String[] {FORMAT, fingerprint, mode, filename, source}) {
            byte[] b = part.getBytes(StandardCharsets.UTF_8);
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 20);
    }

    /** The binary name under which the class of {@code key} is compiled and defined. */
    public static String className(String key) {
        return RuntimeCompilation.CLASS_PREFIX + key;
    }

    /** The bytes of the class of {@code key}, or null when there is none (or it cannot be read). */
    public byte[] read(String key) {
        Path entry = dir.resolve(key + ".class");
        try {
            return Files.isRegularFile(entry) ? Files.readAllBytes(entry) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Stores the class of {@code key}; any failure (an unwritable directory, a full disk) is ignored. */
    public void write(String key, byte[] bytes) {
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, key, ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, dir.resolve(key + ".class"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException | RuntimeException e) {
            // an unwritable cache only costs compile time
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException | RuntimeException e) {
                    // left for nobody: a .tmp file is never read
                }
            }
        }
    }

    /** Removes the entry of {@code key} (one the JVM rejected). */
    public void remove(String key) {
        try {
            Files.deleteIfExists(dir.resolve(key + ".class"));
        } catch (IOException | RuntimeException e) {
            // a read-only cache keeps it; it is rejected again next time
        }
    }
}
