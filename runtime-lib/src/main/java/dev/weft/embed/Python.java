package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.imp.CompiledModuleFinder;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.io.StdStreams;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Calling compiled Python from Java. Python modules compiled by Weft (by the Maven plugin's
 * {@code compile} goal or {@code weft compile}) are classes on the class path; this class
 * imports them and hands out {@link PythonObject}s to call:
 *
 * <pre>{@code
 * PythonObject stats = Python.importModule("stats");
 * double mean = stats.call("mean", List.of(1, 2, 3, 4)).asDouble();
 * PythonObject counter = stats.getAttr("Counter").call();   // an instance of a Python class
 * counter.invoke("add", "word");
 * Map<Object, Object> counts = counter.invoke("as_dict").asMap();
 * }</pre>
 *
 * <p>Arguments and results convert as {@link Conversions} describes. A Python exception arrives
 * as a {@link PythonException} carrying its Python type, message and traceback. There is one
 * Python interpreter per JVM ({@code sys.modules} is shared); the runtime has no global lock, so
 * any number of Java threads may call into Python at once.
 */
public final class Python {
    private Python() { }

    private static final Set<ClassLoader> LOADERS = Collections.newSetFromMap(new IdentityHashMap<>());
    private static boolean javaImportsInstalled;

    /**
     * Makes the compiled modules visible through {@code loader} importable (the loader of this
     * class and the thread's context loader are added automatically on first import).
     */
    public static void addClassLoader(ClassLoader loader) {
        synchronized (LOADERS) {
            if (loader != null && LOADERS.add(loader)) {
                Importer.addFinder(new CompiledModuleFinder(loader));
                JavaInterop.addClassLoader(loader);
            }
            if (!javaImportsInstalled) {
                // Asked after the compiled modules of the first loader: a Python module
                // shadows a Java package of the same name.
                Importer.addFinder(JavaInterop.packageFinder());
                javaImportsInstalled = true;
            }
        }
    }

    /**
     * Forgets every imported module and class loader (a new, empty {@code sys.modules}); for
     * tests that load different programs in one JVM. Objects obtained before stay usable.
     */
    public static void reset() {
        synchronized (LOADERS) {
            Importer.reset();
            LOADERS.clear();
            javaImportsInstalled = false;
        }
    }

    /** {@code import name}: the module (running its body on first import). */
    public static PythonObject importModule(String name) {
        addClassLoader(Python.class.getClassLoader());
        addClassLoader(Thread.currentThread().getContextClassLoader());
        return run(() -> new PythonObject(Importer.importModule(name)));
    }

    /** A Java value as a Python object ({@link Conversions#toPython}). */
    public static PythonObject of(Object value) {
        return new PythonObject(Conversions.toPython(value));
    }

    /** The builtin {@code name} ({@code len}, {@code sorted}, {@code ValueError}, ...). */
    public static PythonObject builtin(String name) {
        return importModule("builtins").getAttr(name);
    }

    /** Runs {@code action}, turning any Python exception (or runtime failure) into a {@link PythonException}. */
    static <T> T run(Supplier<T> action) {
        try {
            return action.get();
        } catch (PythonException e) {
            throw e;
        } catch (PyException e) {
            throw new PythonException(e);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PythonException(Errors.wrap(e));
        } finally {
            // Python's sys.stdout is buffered apart from System.out: flush it when control
            // returns to Java, so that the two programs' output appears in the order written.
            StdStreams.flushAll();
        }
    }

    static PyObject[] toPython(Object[] args) {
        PyObject[] out = new PyObject[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = Conversions.toPython(args[i]);
        }
        return out;
    }
}
