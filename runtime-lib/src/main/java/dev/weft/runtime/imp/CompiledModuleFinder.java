package dev.weft.runtime.imp;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyDict;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/** Finds compiled module classes through a class loader, by {@link ModuleClassNames}. */
public final class CompiledModuleFinder implements ModuleFinder {
    private final ClassLoader loader;
    private final String prefix;

    /** Finds a program's modules (classes under {@link ModuleClassNames#PREFIX}). */
    public CompiledModuleFinder(ClassLoader loader) {
        this(loader, ModuleClassNames.PREFIX);
    }

    /** Finds modules compiled under class-name prefix {@code prefix}. */
    public CompiledModuleFinder(ClassLoader loader, String prefix) {
        this.loader = loader;
        this.prefix = prefix;
    }

    @Override
    public ModuleCode find(String fullName) {
        Class<?> c = load(ModuleClassNames.packageClass(prefix, fullName));
        boolean isPackage = c != null;
        if (c == null) {
            c = load(ModuleClassNames.moduleClass(prefix, fullName));
        }
        if (c == null) {
            return null;
        }
        return codeOf(c, isPackage);
    }

    /** The code of a loaded module class. */
    public static ModuleCode codeOf(Class<?> c, boolean isPackage) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle run = lookup.findStatic(c, ModuleClassNames.RUN_METHOD,
                    MethodType.methodType(PyObject.class, PyDict.class));
            MethodHandle file = lookup.findStatic(c, ModuleClassNames.FILE_METHOD, MethodType.methodType(String.class));
            String filename = (String) file.invokeExact();
            return new ModuleCode(filename, isPackage, globals -> {
                try {
                    PyObject unused = (PyObject) run.invokeExact(globals);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw Errors.wrap(t);
                }
            });
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        } catch (Throwable t) {
            throw Errors.wrap(t);
        }
    }

    private Class<?> load(String binaryName) {
        try {
            return Class.forName(binaryName, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }
}
