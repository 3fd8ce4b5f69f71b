package dev.weft.runtime.imp;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.PyImportError;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.modules.ModuleRegistry;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The import system: {@code __import__} with {@code sys.modules}, Java modules, then the
 * registered {@link ModuleFinder}s; each module body runs once, and a module is visible in
 * {@code sys.modules} while its body runs (circular imports see it partially initialised).
 *
 * <p>Creating a module holds that module's lock (reentrant, so a circular import on the same
 * thread sees the partially initialised module); lookups of imported modules take no lock.
 * A circular import across two threads can deadlock (CPython detects it; weft does not yet).
 */
public final class Importer {
    private Importer() { }

    /** {@code sys.modules}: one dict shared with the {@code sys} module. */
    private static final PyDict MODULES = ModuleRegistry.sysModules();
    private static final List<ModuleFinder> FINDERS = new CopyOnWriteArrayList<>();
    /**
     * Finders of the compiled standard library, asked after {@link #FINDERS} and after the
     * Java modules: the weft-stdlib jar on the runtime's class path by default. Not cleared by
     * {@link #reset()}: the library is part of the installation, not of a program.
     */
    private static final List<ModuleFinder> LIBRARY_FINDERS =
            new CopyOnWriteArrayList<>(List.of(new StdlibFinder(Importer.class.getClassLoader())));
    private static final Set<String> INITIALISING = ConcurrentHashMap.newKeySet();
    /** One lock per module name: a module is created once; other threads wait for it to finish. */
    private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

    static {
        MODULES.setItem(PyStr.intern("builtins"), ModuleRegistry.find("builtins"));
    }

    /** CPython 3.13's {@code sys.builtin_module_names}: modules a program's own files cannot shadow. */
    private static final Set<String> BUILT_IN = Set.of("_abc", "_ast", "_codecs", "_collections", "_functools",
            "_imp", "_io", "_locale", "_operator", "_signal", "_sre", "_stat", "_string", "_suggestions",
            "_symtable", "_sysconfig", "_thread", "_tokenize", "_tracemalloc", "_typing", "_warnings", "_weakref",
            "atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys",
            "time");

    /** {@code sys.modules}. */
    public static PyDict sysModules() {
        return MODULES;
    }

    public static void addFinder(ModuleFinder f) {
        FINDERS.add(f);
    }

    /** Adds a finder of standard library modules (asked last, after the Java modules). */
    public static void addLibraryFinder(ModuleFinder f) {
        LIBRARY_FINDERS.add(f);
    }

    /** Removes every finder and every imported module except builtins and sys (for tests run in one JVM). */
    public static void reset() {
        FINDERS.clear();
        MODULES.clear();
        MODULES.setItem(PyStr.intern("builtins"), ModuleRegistry.find("builtins"));
        MODULES.setItem(PyStr.intern("sys"), ModuleRegistry.find("sys"));
    }

    /**
     * Runs {@code code} as module {@code name} (e.g. {@code __main__}) and returns the module.
     */
    public static PyModule runAsModule(String name, ModuleFinder.ModuleCode code) {
        return execute(name, code, null, null);
    }

    /**
     * Runs {@code code}, the module {@code moduleName}, as {@code __main__} for {@code -m}: its
     * {@code __package__} is the module's parent (so relative imports work), imported first as
     * CPython's runpy does, and its {@code __spec__} names the module.
     */
    public static PyModule runAsMain(ModuleFinder.ModuleCode code, String moduleName) {
        int dot = moduleName.lastIndexOf('.');
        String packageName = dot < 0 ? "" : moduleName.substring(0, dot);
        if (!packageName.isEmpty()) {
            importModule(packageName);
        }
        return execute("__main__", code, packageName, moduleName);
    }

    /**
     * {@code importlib.reload(module)}: finds the module's code again and runs it in the same
     * module object (attributes the new body does not set survive, as in CPython).
     */
    public static PyObject reload(PyObject module) {
        if (!(module instanceof PyModule pm)) {
            throw Errors.typeError("reload() argument must be a module");
        }
        String name = pm.name();
        PyObject spec = pm.get("__spec__");
        if (spec != null && spec != PyNone.NONE) {
            PyObject n = Attr.getAttrOrNull(spec, "name");
            if (n instanceof PyStr s) {
                name = s.value();
            }
        }
        if (MODULES.getItemOrNull(PyStr.of(name)) != pm) {
            throw importError(ExceptionTypes.ImportError, String.format("module %s not in sys.modules", name), name,
                    null);
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && MODULES.getItemOrNull(PyStr.of(name.substring(0, dot))) == null) {
            throw importError(ExceptionTypes.ImportError,
                    String.format("parent '%s' not in sys.modules", name.substring(0, dot)), name.substring(0, dot),
                    null);
        }
        ModuleFinder.ModuleCode code = findCode(name);
        if (code == null || code.isNamespace()) {
            return pm; // a Java module or a namespace package: nothing to run again
        }
        ReentrantLock lock = LOCKS.computeIfAbsent(name, k -> new ReentrantLock());
        lock.lock();
        try {
            pm.put("__file__", PyStr.of(code.filename()));
            code.body().accept(pm.instanceDict());
        } finally {
            lock.unlock();
        }
        PyObject inModules = MODULES.getItemOrNull(PyStr.of(name));
        return inModules == null ? pm : inModules;
    }

    /**
     * The code the finders give for {@code name}, without running it (null if none has it); a
     * namespace package only if no finder has a module or regular package of that name. The
     * compiled standard library is searched last, and only for a name no Java module has (a
     * Java module such as {@code collections} wins over the library's Python one).
     */
    public static ModuleFinder.ModuleCode findCode(String name) {
        ModuleFinder.ModuleCode namespace = null;
        for (ModuleFinder f : FINDERS) {
            ModuleFinder.ModuleCode code = f.find(name);
            if (code != null && !code.isNamespace()) {
                return namespace != null && !f.searchesSysPath() ? namespace : code;
            }
            if (namespace == null) {
                namespace = code;
            }
        }
        if (!ModuleRegistry.isRegistered(name)) {
            for (ModuleFinder f : LIBRARY_FINDERS) {
                ModuleFinder.ModuleCode code = f.find(name);
                if (code != null && !code.isNamespace()) {
                    return code;
                }
            }
        }
        return namespace;
    }

    /**
     * The builtin {@code __import__(name, globals=None, locals=None, fromlist=(), level=0)}, as
     * the {@code import} statement itself uses it.
     */
    public static PyObject builtinImport(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParse.parse("__import__", args, kwnames,
                new String[] {"name", "globals", "locals", "fromlist", "level"}, 1);
        if (!(a[0] instanceof PyStr name)) {
            throw Errors.typeError("module name must be str, not %s", a[0].type().name());
        }
        PyDict globals = a[1] instanceof PyDict d ? d : null;
        String[] fromlist = null;
        if (a[3] != null && a[3] != PyNone.NONE) {
            PyObject[] items = Protocols.toArray(a[3]);
            if (items.length > 0) {
                fromlist = new String[items.length];
                for (int i = 0; i < items.length; i++) {
                    fromlist[i] = Ops.strString(items[i]);
                }
            }
        }
        int level = a[4] == null ? 0 : (int) Protocols.indexValue(a[4], "int");
        if (level < 0) {
            throw Errors.valueError("level must be >= 0");
        }
        if (level > 0 && globals == null) {
            throw Errors.make(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        }
        return importName(globals, name.value(), fromlist, level);
    }

    /** {@code import_name}: {@code __import__(module, globals, None, fromlist, level)}; fromlist null for a plain import. */
    public static PyObject importName(PyDict globals, String module, String[] fromlist, int level) {
        String name = level > 0 ? resolveRelative(module, globals, level) : module;
        if (level == 0 && name.isEmpty()) {
            throw Errors.valueError("Empty module name");
        }
        PyObject m = importModule(name);
        if (fromlist == null || fromlist.length == 0) {
            if (level == 0 || module.isEmpty()) {
                int dot = name.indexOf('.');
                return dot < 0 ? m : MODULES.getItem(PyStr.of(name.substring(0, dot)));
            }
            String first = module.contains(".") ? module.substring(0, module.indexOf('.')) : module;
            int cut = module.length() - first.length();
            String moduleName = moduleName(m);
            return MODULES.getItem(PyStr.of(moduleName.substring(0, moduleName.length() - cut)));
        }
        if (m instanceof PyModule pm && pm.get("__path__") != null) {
            for (String x : fromlist) {
                if (x.equals("*")) {
                    PyObject all = pm.get("__all__");
                    if (all != null) {
                        for (PyObject item : Protocols.toArray(all)) {
                            importSubmoduleIfMissing(pm, ((PyStr) item).value());
                        }
                    }
                } else {
                    importSubmoduleIfMissing(pm, x);
                }
            }
        }
        return m;
    }

    private static void importSubmoduleIfMissing(PyModule pm, String x) {
        if (Attr.getAttrOrNull(pm, x) != null) {
            return;
        }
        String sub = pm.name() + "." + x;
        try {
            importModule(sub);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ModuleNotFoundError) && e.value instanceof PyImportError ie
                    && ie.name() instanceof PyStr n && n.value().equals(sub)) {
                return;
            }
            throw e;
        }
    }

    /** {@code from m import name}: the attribute, else the submodule, else CPython's ImportError. */
    public static PyObject importFrom(PyObject module, String name) {
        PyObject v = Attr.getAttrOrNull(module, name);
        if (v != null) {
            return v;
        }
        String modName = null;
        if (module instanceof PyModule pm) {
            modName = pm.name();
            PyObject sub = MODULES.getItemOrNull(PyStr.of(modName + "." + name));
            if (sub != null) {
                return sub;
            }
        }
        String shown = modName == null ? "<unknown module name>" : modName;
        PyObject file = module instanceof PyModule pm ? pm.get("__file__") : null;
        String where = file instanceof PyStr f ? f.value() : "unknown location";
        String msg;
        if (modName != null && INITIALISING.contains(modName)) {
            msg = String.format("cannot import name '%s' from partially initialized module '%s' "
                    + "(most likely due to a circular import) (%s)", name, shown, where);
        } else {
            msg = String.format("cannot import name '%s' from '%s' (%s)", name, shown, where);
        }
        PyException failure = importError(ExceptionTypes.ImportError, msg, modName, file);
        if (failure.value instanceof dev.weft.runtime.exc.PyImportError ie) {
            ie.setNameFrom(PyStr.of(name));   // traceback's "Did you mean" looks at name_from
        }
        throw failure;
    }

    /** {@code from m import *} into {@code namespace}: {@code __all__}, else the public names. */
    public static void importStar(PyObject module, PyObject namespace) {
        PyObject all = Attr.getAttrOrNull(module, "__all__");
        if (all != null) {
            for (PyObject n : Protocols.toArray(all)) {
                if (!(n instanceof PyStr s)) {
                    throw Errors.typeError("Item in %s.__all__ must be str, not %s", moduleName(module), n.type().name());
                }
                Protocols.setItem(namespace, s, Attr.getAttr(module, s.value()));
            }
            return;
        }
        if (!(module instanceof PyModule pm)) {
            return;
        }
        PyObject[][] kv = pm.instanceDict().snapshot();
        for (int i = 0; i < kv[0].length; i++) {
            if (kv[0][i] instanceof PyStr s && !s.value().startsWith("_")) {
                Protocols.setItem(namespace, s, kv[1][i]);
            }
        }
    }

    /** Imports {@code name} (and its parents) and returns the module. */
    public static PyObject importModule(String name) {
        PyObject m = MODULES.getItemOrNull(PyStr.of(name));
        if (m != null && !INITIALISING.contains(name)) {
            return checkNotNone(m, name);
        }
        ReentrantLock lock = LOCKS.computeIfAbsent(name, k -> new ReentrantLock());
        lock.lock();
        try {
            m = MODULES.getItemOrNull(PyStr.of(name));
            if (m != null) {
                return checkNotNone(m, name);
            }
            return load(name);
        } finally {
            lock.unlock();
        }
    }

    private static PyObject checkNotNone(PyObject m, String name) {
        if (m == PyNone.NONE) {
            throw importError(ExceptionTypes.ModuleNotFoundError,
                    String.format("import of %s halted; None in sys.modules", name), name, null);
        }
        return m;
    }

    private static PyObject load(String name) {
        int dot = name.lastIndexOf('.');
        PyObject parent = null;
        if (dot > 0) {
            String parentName = name.substring(0, dot);
            parent = importModule(parentName);
            PyObject again = MODULES.getItemOrNull(PyStr.of(name));
            if (again != null) {
                return again;
            }
            // A Java module's submodules are registered by full name (collections.abc), so the
            // parent needs no __path__ for them.
            if ((!(parent instanceof PyModule pm) || pm.get("__path__") == null) && !ModuleRegistry.isRegistered(name)) {
                throw importError(ExceptionTypes.ModuleNotFoundError, String.format(
                        "No module named '%s'; '%s' is not a package", name, parentName), name, null);
            }
        }
        // As CPython: built-in modules first, then the program's own files (which shadow the
        // standard library), then the standard library: modules written in Java, then the
        // compiled pure-Python library (see findCode).
        PyObject m = BUILT_IN.contains(name) ? ModuleRegistry.find(name) : null;
        if (m == null) {
            ModuleFinder.ModuleCode code = findCode(name);
            PyObject javaModule = code == null || code.isNamespace() ? ModuleRegistry.find(name) : null;
            if (javaModule != null) {
                m = javaModule;
                MODULES.setItem(PyStr.of(name), m);
            } else if (code != null) {
                m = execute(name, code, null, name);
            } else {
                throw importError(ExceptionTypes.ModuleNotFoundError,
                        String.format("No module named '%s'", name), name, null);
            }
        } else {
            MODULES.setItem(PyStr.of(name), m);
        }
        if (parent instanceof PyModule pm) {
            Attr.setAttr(pm, name.substring(dot + 1), m);
        }
        return m;
    }

    /**
     * Creates module {@code name} and runs {@code code} in it; {@code specName} is the name its
     * {@code __spec__} carries (null for a script run as {@code __main__}: no spec, as CPython).
     */
    private static PyModule execute(String name, ModuleFinder.ModuleCode code, String packageOverride,
                                    String specName) {
        PyModule module = new PyModule(name);
        int dot = name.lastIndexOf('.');
        List<String> searchLocations = null;
        if (code.isNamespace()) {
            searchLocations = code.namespacePath();
        } else {
            module.put("__file__", PyStr.of(code.filename()));
            if (code.isPackage()) {
                String file = code.filename();
                int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
                searchLocations = List.of(slash < 0 ? "" : file.substring(0, slash));
            }
        }
        if (packageOverride != null) {
            module.put("__package__", PyStr.of(packageOverride));
        } else if (code.isPackage()) {
            module.put("__package__", PyStr.of(name));
        } else {
            module.put("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        if (searchLocations != null && packageOverride == null) {
            module.put("__path__", new PyList(searchLocations.stream().map(p -> (PyObject) PyStr.of(p))
                    .toArray(PyObject[]::new)));
        }
        PyObject loader = StdlibSourceLoader.isStdlibFile(code.filename())
                ? new StdlibSourceLoader(specName == null ? name : specName, code.filename(), code.isPackage())
                : PyNone.NONE;
        module.put("__spec__", specName == null ? PyNone.NONE
                : ModuleSpec.of(specName, code.filename(), searchLocations, loader));
        module.put("__loader__", loader);
        module.put("__builtins__", ModuleRegistry.find("builtins"));
        PyStr key = PyStr.of(name);
        MODULES.setItem(key, module);
        INITIALISING.add(name);
        try {
            code.body().accept(module.instanceDict());
        } catch (RuntimeException | Error e) {
            if (!name.equals("__main__")) {   // a failed import is forgotten; the main module stays, as in CPython
                MODULES.removeOrNull(key);
            }
            throw e;
        } finally {
            INITIALISING.remove(name);
        }
        PyObject inModules = MODULES.getItemOrNull(key);
        return inModules instanceof PyModule pm ? pm : module;
    }

    private static String resolveRelative(String module, PyDict globals, int level) {
        PyObject pkg = globals.getItemOrNull(PyStr.intern("__package__"));
        String packageName;
        if (pkg instanceof PyStr s) {
            packageName = s.value();
        } else {
            PyObject n = globals.getItemOrNull(PyStr.intern("__name__"));
            String modName = n instanceof PyStr s ? s.value() : "";
            if (globals.getItemOrNull(PyStr.intern("__path__")) != null) {
                packageName = modName;
            } else {
                int dot = modName.lastIndexOf('.');
                packageName = dot < 0 ? "" : modName.substring(0, dot);
            }
        }
        if (packageName.isEmpty()) {
            throw importError(ExceptionTypes.ImportError, "attempted relative import with no known parent package",
                    null, null);
        }
        return resolveInPackage(module, packageName, level);
    }

    /**
     * {@code module} imported {@code level} dots up from {@code packageName} (not empty): the
     * absolute name, or CPython's ImportError past the top-level package.
     */
    public static String resolveInPackage(String module, String packageName, int level) {
        String base = packageName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw importError(ExceptionTypes.ImportError, "attempted relative import beyond top-level package",
                        null, null);
            }
            base = base.substring(0, dot);
        }
        return module.isEmpty() ? base : base + "." + module;
    }

    private static String moduleName(PyObject m) {
        return m instanceof PyModule pm ? pm.name() : Protocols_str(Attr.getAttr(m, "__name__"));
    }

    private static String Protocols_str(PyObject o) {
        return o instanceof PyStr s ? s.value() : o.toString();
    }

    static PyException importError(dev.weft.runtime.core.PyType type, String msg, String name, PyObject path) {
        PyBaseException e = ExceptionTypes.create(type, PyStr.of(msg));
        if (e instanceof PyImportError ie) {
            if (name != null) {
                ie.setName(PyStr.of(name));
            }
            if (path != null) {
                ie.setPath(path);
            }
        }
        return new PyException(e);
    }
}
