package dev.weft.runtime.compile;

import dev.weft.runtime.call.PyCode;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyDict;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Compiles source text to a {@code code} object at run time through the {@link CodeCompiler}
 * found on the class path. Each compilation defines its class in a class loader of its own, so
 * the class is unloaded once its code object and functions are unreachable.
 */
public final class RuntimeCompilation {
    private RuntimeCompilation() { }

    /** Class names of exec'd code: {@code py.$exec$N} (no Python module name holds '$'). */
    public static final String CLASS_PREFIX = "py.$exec$";
    public static final String EXEC_METHOD = "weft$exec";
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final MethodType EXEC_TYPE = MethodType.methodType(PyObject.class, PyDict.class, PyObject.class);

    /** The compiler, looked up once, on first use (lazy holder: programs that never compile never search). */
    private static final class Provider {
        static final CodeCompiler COMPILER = find();

        private static CodeCompiler find() {
            Iterator<CodeCompiler> it = ServiceLoader.load(CodeCompiler.class, RuntimeCompilation.class.getClassLoader())
                    .iterator();
            return it.hasNext() ? it.next() : null;
        }
    }

    /** Whether a compiler is on the class path. */
    public static boolean available() {
        return Provider.COMPILER != null;
    }

    /**
     * Compiles {@code source} in {@code mode} ("exec", "eval" or "single"); {@code function}
     * names the builtin for the error raised when no compiler is available.
     */
    public static PyCode compile(String source, String filename, String mode, String function) {
        String key = source.length() <= CACHED_SOURCE_LIMIT ? mode + '\0' + filename + '\0' + source : null;
        Compiled done = key == null ? null : RECENT.get(key);
        if (done == null) {
            ExecClassCache disk = diskCache;
            done = disk == null ? null : fromDisk(disk, source, filename, mode, function);
            if (done == null) {
                String binaryName = CLASS_PREFIX + COUNTER.incrementAndGet();
                done = define(binaryName, compiler(function).compile(source, filename, mode, binaryName));
            }
            if (key != null) {
                RECENT.put(key, done);
            }
        }
        return PyCode.forExec(filename, done.codeClass, done.entry);
    }

    /**
     * The class of {@code source} from the disk cache, compiled and stored there first if it is
     * missing or the JVM rejects the stored one. Only the first use of the compiler loads it, so
     * a run whose exec'd sources are all cached never does.
     */
    private static Compiled fromDisk(ExecClassCache disk, String source, String filename, String mode,
                                     String function) {
        String key = disk.key(mode, filename, source);
        String binaryName = ExecClassCache.className(key);
        byte[] stored = disk.read(key);
        if (stored != null) {
            try {
                Compiled done = define(binaryName, stored);
                // linked (verified) now, so that a damaged entry fails here rather than in the program
                Class.forName(binaryName, true, done.codeClass.getClassLoader());
                return done;
            } catch (LinkageError | ClassNotFoundException | PyException e) {
                disk.remove(key); // damaged, or not this key's class: compiled again below
            }
        }
        byte[] bytes = compiler(function).compile(source, filename, mode, binaryName);
        Compiled done = define(binaryName, bytes);
        disk.write(key, bytes);
        return done;
    }

    /** Where classes of exec'd source are kept between runs; null: compiled in every run. */
    private static volatile ExecClassCache diskCache = fromProperty();

    /**
     * Keeps the classes of source compiled from now on in {@code dir} between runs (null: no
     * longer). {@code weft run} uses its cache directory; a packaged program opts in with
     * {@code -Dweft.execCacheDir=DIR}.
     */
    public static void useDiskCache(java.nio.file.Path dir) {
        diskCache = dir == null ? null : ExecClassCache.forBuildsOf(dir, RuntimeCompilation.class.getClassLoader());
    }

    private static ExecClassCache fromProperty() {
        String dir = System.getProperty("weft.execCacheDir");
        if (dir == null || dir.isEmpty()) {
            return null;
        }
        try {
            return ExecClassCache.forBuildsOf(java.nio.file.Path.of(dir), RuntimeCompilation.class.getClassLoader());
        } catch (RuntimeException e) {
            return null; // an invalid path: no cache
        }
    }

    private static CodeCompiler compiler(String function) {
        CodeCompiler compiler = Provider.COMPILER;
        if (compiler == null) {
            throw Errors.notImplemented("%s() needs the Weft compiler at run time, and it is not on the class path "
                    + "(add the weft-runtime-compiler artifact and its dependencies)", function);
        }
        return compiler;
    }

    private static Compiled define(String binaryName, byte[] bytes) {
        Class<?> c = new CodeLoader(RuntimeCompilation.class.getClassLoader()).define(binaryName, bytes);
        try {
            return new Compiled(c, MethodHandles.publicLookup().findStatic(c, EXEC_METHOD, EXEC_TYPE));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw Errors.systemError("compiled code has no %s method: %s", EXEC_METHOD, e);
        }
    }

    /** {@code compile(source, filename, mode, PyCF_ONLY_AST | flags)}: the tree of {@code ast} objects. */
    public static PyObject parse(String source, String filename, String mode, int flags, int featureVersion) {
        return compiler("compile").parse(source, filename, mode, flags, featureVersion);
    }

    /** {@code compile(tree, filename, mode)} of a tree of {@code ast} objects (not cached: trees are mutable). */
    public static PyCode compileTree(PyObject tree, String filename, String mode) {
        CodeCompiler compiler = compiler("compile");
        String binaryName = CLASS_PREFIX + COUNTER.incrementAndGet();
        Compiled done = define(binaryName, compiler.compileTree(tree, filename, mode, binaryName));
        return PyCode.forExec(filename, done.codeClass, done.entry);
    }

    /** A compiled class and its entry point. */
    private record Compiled(Class<?> codeClass, MethodHandle entry) { }

    /**
     * The classes of recently compiled sources, so that evaluating the same text again (a
     * calculator's eval in a loop, dataclasses' generated methods) does not compile it again;
     * each call still gets a code object of its own. Bounded, least recently used out first.
     */
    private static final int CACHED_SOURCES = 256;
    private static final int CACHED_SOURCE_LIMIT = 4096;
    private static final java.util.Map<String, Compiled> RECENT = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Compiled> eldest) {
                    return size() > CACHED_SOURCES;
                }
            });

    /** Whether a class holds code compiled at run time. */
    public static boolean isExecClass(String binaryName) {
        return binaryName.startsWith(CLASS_PREFIX);
    }

    /** A class loader for one compiled class; it delegates everything else to the runtime's loader. */
    private static final class CodeLoader extends ClassLoader {
        CodeLoader(ClassLoader parent) {
            super(parent);
        }

        Class<?> define(String name, byte[] bytes) {
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
