package dev.weft.runtime.imp;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.List;

/**
 * {@code importlib.machinery.ModuleSpec}: what the import system knows about a module (its
 * {@code __spec__}). Attributes live in the instance dict, as in CPython's Python class, so
 * programs may read and set them.
 */
public final class ModuleSpec extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("_frozen_importlib", "ModuleSpec", ModuleSpec.class, null,
            true, ModuleSpec::define);

    private ModuleSpec(PyType t) {
        super(t);
    }

    /** The spec of a module found by a finder: {@code origin} null for a namespace package. */
    public static ModuleSpec of(String name, String origin, List<String> searchLocations) {
        return of(name, origin, searchLocations, PyNone.NONE);
    }

    /** The same, with the module's loader. */
    public static ModuleSpec of(String name, String origin, List<String> searchLocations, PyObject loader) {
        ModuleSpec s = new ModuleSpec(TYPE);
        s.set("name", PyStr.of(name));
        s.set("loader", loader);
        s.set("origin", origin == null ? PyNone.NONE : PyStr.of(origin));
        s.set("loader_state", PyNone.NONE);
        s.set("submodule_search_locations", searchLocations == null ? PyNone.NONE
                : new PyList(searchLocations.stream().map(p -> (PyObject) PyStr.of(p)).toArray(PyObject[]::new)));
        s.set("cached", PyNone.NONE);
        s.set("has_location", PyBool.of(origin != null && !origin.startsWith("<")));
        return s;
    }

    private void set(String name, PyObject v) {
        instanceDict().setItem(PyStr.intern(name), v);
    }

    private PyObject get(String name) {
        PyObject v = instanceDict().getItemOrNull(PyStr.intern(name));
        return v == null ? PyNone.NONE : v;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> new ModuleSpec(cls));
        t.defV("__init__", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("ModuleSpec", args, kw,
                    new String[] {"name", "loader", "*origin", "*loader_state", "*is_package"}, 2);
            ModuleSpec s = (ModuleSpec) self;
            s.set("name", a[0]);
            s.set("loader", a[1]);
            s.set("origin", a[2] == null ? PyNone.NONE : a[2]);
            s.set("loader_state", a[3] == null ? PyNone.NONE : a[3]);
            boolean isPackage = a[4] != null && Ops.isTrue(a[4]);
            s.set("submodule_search_locations", isPackage ? new PyList() : PyNone.NONE);
            s.set("cached", PyNone.NONE);
            s.set("has_location", PyBool.FALSE);
            return PyNone.NONE;
        });
        t.defGetSet("parent", self -> {
            ModuleSpec s = (ModuleSpec) self;
            String name = Ops.strString(s.get("name"));
            if (s.get("submodule_search_locations") != PyNone.NONE) {
                return PyStr.of(name);
            }
            int dot = name.lastIndexOf('.');
            return PyStr.of(dot < 0 ? "" : name.substring(0, dot));
        }, null);
        t.def0("__repr__", self -> {
            ModuleSpec s = (ModuleSpec) self;
            StringBuilder sb = new StringBuilder(s.type().name()).append("(name=")
                    .append(Ops.reprString(s.get("name"))).append(", loader=").append(Ops.reprString(s.get("loader")));
            if (s.get("origin") != PyNone.NONE) {
                sb.append(", origin=").append(Ops.reprString(s.get("origin")));
            }
            if (s.get("submodule_search_locations") != PyNone.NONE) {
                sb.append(", submodule_search_locations=").append(Ops.reprString(s.get("submodule_search_locations")));
            }
            return PyStr.of(sb.append(')').toString());
        });
    }
}
