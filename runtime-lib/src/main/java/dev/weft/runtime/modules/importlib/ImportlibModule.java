package dev.weft.runtime.modules.importlib;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.imp.ModuleFinder;
import dev.weft.runtime.imp.ModuleSpec;
import dev.weft.runtime.modules.ModuleRegistry;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * {@code importlib}, {@code importlib.util} and {@code importlib.machinery} over Weft's import
 * system ({@link Importer}): CPython's versions are built on its frozen bootstrap, which Weft's
 * compiled modules do not have. The parts programs use: {@code import_module}, {@code reload},
 * {@code invalidate_caches}, {@code util.find_spec}, {@code util.resolve_name} and
 * {@code machinery.ModuleSpec}.
 */
public final class ImportlibModule {
    private ImportlibModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.packageModule("importlib", "A pure Python implementation of import.");
        ModuleTypes.fv(m, "import_module", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("import_module", args, kw, new String[] {"name", "package"}, 1);
            String name = str(a[0], "name");
            String pkg = a[1] == null || a[1] == PyNone.NONE ? null : str(a[1], "package");
            return Importer.importModule(absolute(name, pkg, true));
        });
        ModuleTypes.f1(m, "reload", (self, module) -> Importer.reload(module));
        ModuleTypes.f0(m, "invalidate_caches", self -> PyNone.NONE);
        m.put("__import__", Attr.getAttr(ModuleRegistry.find("builtins"), "__import__"));
        return m;
    }

    public static PyModule createUtil() {
        PyModule m = ModuleTypes.module("importlib.util", "Utility code for constructing importers, etc.");
        ModuleTypes.fv(m, "find_spec", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("find_spec", args, kw, new String[] {"name", "package"}, 1);
            String name = absolute(str(a[0], "name"), a[1] == null || a[1] == PyNone.NONE ? null : str(a[1], "package"),
                    false);
            PyObject loaded = Importer.sysModules().getItemOrNull(PyStr.of(name));
            if (loaded != null) {
                PyObject spec = Attr.getAttrOrNull(loaded, "__spec__");
                if (spec == null || spec == PyNone.NONE) {
                    throw Errors.valueError("%s.__spec__ is None", name);
                }
                return spec;
            }
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                PyObject parent = Importer.importModule(name.substring(0, dot));
                if (Attr.getAttrOrNull(parent, "__path__") == null) {
                    throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.ModuleNotFoundError,
                            "__path__ attribute not found on '%s' while trying to find '%s'", name.substring(0, dot),
                            name);
                }
            }
            ModuleFinder.ModuleCode code = Importer.findCode(name);
            if (code != null) {
                java.util.List<String> locations = code.isNamespace() ? code.namespacePath()
                        : code.isPackage() ? java.util.List.of(parentDir(code.filename())) : null;
                return ModuleSpec.of(name, code.filename(), locations);
            }
            return ModuleRegistry.find(name) != null ? ModuleSpec.of(name, "built-in", null) : PyNone.NONE;
        });
        ModuleTypes.fv(m, "resolve_name", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("resolve_name", args, kw, new String[] {"name", "package"}, 2);
            return PyStr.of(absolute(str(a[0], "name"), a[1] == PyNone.NONE ? null : str(a[1], "package"), false));
        });
        return m;
    }

    public static PyModule createMachinery() {
        PyModule m = ModuleTypes.module("importlib.machinery", "The machinery of importlib: finders, loaders, hooks, etc.");
        m.put("ModuleSpec", ModuleSpec.TYPE);
        m.put("SOURCE_SUFFIXES", new dev.weft.runtime.types.PyList(new PyObject[] {PyStr.of(".py")}));
        // CPython's values (inspect.getsourcefile reads them); Weft loads no .pyc files and no C extensions
        m.put("BYTECODE_SUFFIXES", new dev.weft.runtime.types.PyList(new PyObject[] {PyStr.of(".pyc")}));
        m.put("DEBUG_BYTECODE_SUFFIXES", new dev.weft.runtime.types.PyList(new PyObject[] {PyStr.of(".pyc")}));
        m.put("OPTIMIZED_BYTECODE_SUFFIXES", new dev.weft.runtime.types.PyList(new PyObject[] {PyStr.of(".pyc")}));
        m.put("EXTENSION_SUFFIXES", new dev.weft.runtime.types.PyList());
        return m;
    }

    private static String parentDir(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static String str(PyObject o, String what) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s must be str, not %s", what, o.type().name());
        }
        return s.value();
    }

    /** CPython's {@code importlib._bootstrap._resolve_name} with its messages. */
    private static String absolute(String name, String pkg, boolean forImport) {
        if (!name.startsWith(".")) {
            return name;
        }
        if (pkg == null || pkg.isEmpty()) {
            if (forImport) {
                throw Errors.typeError("the 'package' argument is required to perform a relative import for %s",
                        dev.weft.runtime.ops.Ops.reprString(PyStr.of(name)));
            }
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.ImportError,
                    "no package specified for %s (required for relative module names)",
                    dev.weft.runtime.ops.Ops.reprString(PyStr.of(name)));
        }
        int level = 0;
        while (level < name.length() && name.charAt(level) == '.') {
            level++;
        }
        return Importer.resolveInPackage(name.substring(level), pkg, level);
    }
}
