package dev.weft.cli;

import dev.weft.backend.BackendLimitError;
import dev.weft.backend.ModuleCompiler;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.ir.lower.UnsupportedConstructError;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.imp.CompiledModuleFinder;
import dev.weft.runtime.imp.ModuleFinder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds modules as .py source in directories searched in order (the script's, like
 * {@code sys.path[0]}, then the {@code PYTHONPATH} entries): {@code a.b} is {@code a/b.py} or
 * the package {@code a/b/__init__.py}; compiles them through the cache and defines the
 * classes. Compile errors surface as Python exceptions at the import (SyntaxError,
 * NotImplementedError).
 */
final class SourceModuleFinder implements ModuleFinder {
    private final List<Path> dirs;
    private final CompiledModuleCache cache;
    private final Loader loader;

    SourceModuleFinder(List<Path> dirs, CompiledModuleCache cache, ClassLoader parent) {
        this.dirs = List.copyOf(dirs);
        this.cache = cache;
        this.loader = new Loader(parent);
    }

    /** Where a module's source was found. */
    record Located(Path file, boolean isPackage) { }

    /** Defines compiled module classes. */
    static final class Loader extends ClassLoader {
        private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

        Loader(ClassLoader parent) {
            super(parent);
        }

        Class<?> define(ModuleCompiler.ClassFile cf) {
            String name = cf.internalName().replace('/', '.');
            pending.put(name, cf.bytes());
            try {
                return loadClass(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = pending.remove(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    @Override
    public ModuleCode find(String fullName) {
        Located where = locate(fullName);
        if (where != null) {
            return load(where.file(), fullName, where.isPackage());
        }
        List<String> portions = new java.util.ArrayList<>();
        for (Path dir : dirs) {
            Path d = dir.resolve(fullName.replace('.', '/'));
            if (Files.isDirectory(d)) {
                portions.add(d.toString());
            }
        }
        return portions.isEmpty() ? null : ModuleCode.namespace(portions);
    }

    /** The source file of {@code fullName} in the first directory that has it, or null. */
    Located locate(String fullName) {
        for (Path dir : dirs) {
            Path base = dir.resolve(fullName.replace('.', '/'));
            Path pkg = base.resolve("__init__.py");
            if (Files.isRegularFile(pkg)) {
                return new Located(pkg, true);
            }
            Path mod = base.resolveSibling(base.getFileName() + ".py");
            if (Files.isRegularFile(mod)) {
                return new Located(mod, false);
            }
        }
        return null;
    }

    /** Compiles (or takes from the cache) and loads one module found by import; compile errors become Python exceptions. */
    ModuleCode load(Path file, String moduleName, boolean isPackage) {
        try {
            return loadDirect(file, moduleName, isPackage);
        } catch (IOException e) {
            throw Errors.make(ExceptionTypes.ImportError, "cannot read %s: %s", file, e.getMessage());
        } catch (PythonSyntaxError e) {
            throw Errors.make(ExceptionTypes.SyntaxError, "%s (%s, line %d)", e.msg, e.filename, e.lineno);
        } catch (UnsupportedConstructError e) {
            throw Errors.notImplemented("%s", e.getMessage());
        } catch (BackendLimitError e) {
            throw Errors.notImplemented("%s is not supported by weft yet (%s, line %d)", e.getMessage(), e.filename(),
                    e.line());
        } catch (dev.weft.runtime.exc.PyException e) {
            throw e;
        } catch (RuntimeException e) {
            throw Errors.systemError("internal error in the weft compiler: %s (%s)", e, file);
        }
    }

    /** Compiles (or takes from the cache) and loads one module; compile errors propagate as they are. */
    ModuleCode loadDirect(Path file, String moduleName, boolean isPackage) throws IOException {
        byte[] source = Files.readAllBytes(file);
        ModuleCompiler.ClassFile cf = cache.get(source, file.toString(), moduleName, isPackage);
        return CompiledModuleFinder.codeOf(loader.define(cf), isPackage);
    }
}
