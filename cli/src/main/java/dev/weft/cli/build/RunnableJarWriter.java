package dev.weft.cli.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Writes a runnable jar: compiled modules and other classes, the Weft runtime and the compiled
 * standard library (weft-stdlib) unpacked inside, and a manifest whose {@code Main-Class} is the runtime's launcher ({@code dev.weft.embed.Launcher})
 * with the main module in {@code Weft-Main-Module}. When two inputs hold the same entry, the
 * first one added wins (so the application's classes come before its dependencies). Entry
 * times are fixed, so the same inputs give the same jar.
 */
public final class RunnableJarWriter {
    public static final String LAUNCHER_CLASS = "dev.weft.embed.Launcher";
    public static final String MAIN_MODULE_ATTRIBUTE = "Weft-Main-Module";
    /** 1980-02-01T00:00:00Z (what Maven uses for reproducible archives): later than the zip epoch in every time zone. */
    private static final long FIXED_TIME = 315_532_800_000L + 31L * 86_400_000L;

    private final String mainModule;
    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    public RunnableJarWriter(String mainModule) {
        this.mainModule = mainModule;
    }

    /** Adds a class by internal name ({@code py/app}). */
    public RunnableJarWriter addClass(String internalName, byte[] bytes) {
        entries.putIfAbsent(internalName + ".class", bytes);
        return this;
    }

    /** Adds every file under a class directory (e.g. {@code target/classes}). */
    public RunnableJarWriter addDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return this;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isRegularFile(p)) {
                    String name = dir.relativize(p).toString().replace('\\', '/');
                    if (keep(name)) {
                        entries.putIfAbsent(name, Files.readAllBytes(p));
                    }
                }
            }
        }
        return this;
    }

    /** Adds the contents of a jar, or of a class directory. */
    public RunnableJarWriter addJarOrDirectory(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return addDirectory(path);
        }
        try (JarInputStream in = new JarInputStream(Files.newInputStream(path))) {
            JarEntry e;
            while ((e = in.getNextJarEntry()) != null) {
                if (!e.isDirectory() && keep(e.getName())) {
                    entries.putIfAbsent(e.getName(), in.readAllBytes());
                }
            }
        }
        return this;
    }

    /** Adds the Weft runtime this compiler runs with (its jar, or its class directory in a development build). */
    public RunnableJarWriter addRuntime() throws IOException {
        return addJarOrDirectory(runtimeLocation());
    }

    /** Where the runtime's classes are: the weft-runtime jar or class directory on this class path. */
    public static Path runtimeLocation() {
        return locationOf(dev.weft.runtime.core.PyObject.class);
    }

    /**
     * Adds the compiler as a service of the runtime, for {@code exec}/{@code eval}/{@code compile}
     * at run time: the weft-runtime-compiler classes (with their ServiceLoader entry), the
     * backend, IR and frontend, ASM and the ANTLR runtime. The runtime loads them only when one
     * of those builtins first compiles source, so they cost jar size, not start-up time.
     */
    public RunnableJarWriter addRuntimeCompiler() throws IOException {
        for (Class<?> c : RUNTIME_COMPILER_PARTS) {
            addJarOrDirectory(locationOf(c));
        }
        return this;
    }

    /** One class of each jar the compiler service needs. */
    private static final Class<?>[] RUNTIME_COMPILER_PARTS = {
        dev.weft.runtimecompiler.BackendCodeCompiler.class,
        dev.weft.backend.SourceCompiler.class,
        dev.weft.ir.IrModule.class,
        dev.weft.frontend.parser.PythonParsing.class,
        org.objectweb.asm.ClassWriter.class,
        org.antlr.v4.runtime.Parser.class,
    };

    private static Path locationOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the classes of " + c.getName() + ": " + e, e);
        }
    }

    /**
     * Adds the compiled standard library this compiler runs with (the weft-stdlib jar or class
     * directory on its class path); nothing if it is not there.
     */
    public RunnableJarWriter addStdlib() throws IOException {
        Path p = stdlibLocation();
        return p == null ? this : addJarOrDirectory(p);
    }

    /** Where the weft-stdlib classes are on this class path (its jar or class directory), or null. */
    public static Path stdlibLocation() {
        java.net.URL report = RunnableJarWriter.class.getClassLoader()
                .getResource(dev.weft.runtime.imp.ModuleClassNames.STDLIB_REPORT);
        if (report == null) {
            return null;
        }
        try {
            String url = report.toString();
            if (url.startsWith("jar:")) {
                return Path.of(new java.net.URI(url.substring("jar:".length(), url.indexOf("!/"))));
            }
            Path file = Path.of(report.toURI());
            int depth = dev.weft.runtime.imp.ModuleClassNames.STDLIB_REPORT.split("/").length;
            for (int i = 0; i < depth; i++) {
                file = file.getParent();
            }
            return file;
        } catch (Exception e) {
            throw new IllegalStateException("cannot locate the weft-stdlib classes: " + e, e);
        }
    }

    /** Whether the compiled standard library was added. */
    public boolean hasStdlib() {
        return entries.containsKey(dev.weft.runtime.imp.ModuleClassNames.STDLIB_REPORT);
    }

    /** Whether the jar has the launcher (i.e. the runtime was added). */
    public boolean hasRuntime() {
        return entries.containsKey(LAUNCHER_CLASS.replace('.', '/') + ".class");
    }

    public void write(Path out) throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, LAUNCHER_CLASS);
        a.put(new Attributes.Name(MAIN_MODULE_ATTRIBUTE), mainModule);
        a.put(new Attributes.Name("Created-By"), "weft");
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp); JarOutputStream jar = new JarOutputStream(os)) {
            JarEntry me = new JarEntry("META-INF/MANIFEST.MF");
            me.setTime(FIXED_TIME);
            jar.putNextEntry(me);
            manifest.write(jar);
            jar.closeEntry();
            java.util.Set<String> dirsWritten = new java.util.HashSet<>();
            dirsWritten.add("META-INF/");
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                writeParents(jar, e.getKey(), dirsWritten);
                JarEntry je = new JarEntry(e.getKey());
                je.setTime(FIXED_TIME);
                jar.putNextEntry(je);
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static void writeParents(JarOutputStream jar, String name, java.util.Set<String> written) throws IOException {
        int slash = name.indexOf('/');
        while (slash > 0) {
            String dir = name.substring(0, slash + 1);
            if (written.add(dir)) {
                JarEntry d = new JarEntry(dir);
                d.setTime(FIXED_TIME);
                jar.putNextEntry(d);
                jar.closeEntry();
            }
            slash = name.indexOf('/', slash + 1);
        }
    }

    /** Manifests and signatures of the inputs do not belong in the merged jar. */
    private static boolean keep(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("META-INF/MANIFEST.MF") || upper.equals("MODULE-INFO.CLASS")
                || upper.endsWith("/MODULE-INFO.CLASS")) {
            return false;
        }
        if (upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"))) {
            return false;
        }
        return true;
    }
}
