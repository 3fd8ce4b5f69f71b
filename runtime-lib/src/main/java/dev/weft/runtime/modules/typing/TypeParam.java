package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * What TypeVar, ParamSpec and TypeVarTuple share: a name, an optional (possibly lazily
 * evaluated) {@code __default__} (set at creation, or by SET_TYPEPARAM_DEFAULT right after), an instance dict (holding {@code __module__} when the
 * parameter was created by a call from Python code), identity equality and the methods
 * every one of them has ({@code __reduce__}, {@code __mro_entries__}, {@code has_default}).
 * The fields are fixed before the object is shared, so no locking is needed.
 */
abstract class TypeParam extends PyObject implements HasDict {
    final String name;
    private volatile Lazy defaultValue;
    private volatile PyDict dict;

    TypeParam(String name, Lazy defaultValue, String module) {
        this.name = name;
        this.defaultValue = defaultValue;
        if (module != null) {
            instanceDict().setItem(PyStr.intern("__module__"), PyStr.of(module));
        }
    }

    /** SET_TYPEPARAM_DEFAULT, before the parameter is published to Python code. */
    void setDefault(Lazy defaultValue) {
        this.defaultValue = defaultValue;
    }

    boolean hasDefault() {
        return defaultValue != null;
    }

    PyObject defaultValue() {
        return defaultValue == null ? TypingModule.NO_DEFAULT : defaultValue.get();
    }

    @Override
    public PyDict instanceDict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                if (dict == null) {
                    dict = new PyDict();
                }
                d = dict;
            }
        }
        return d;
    }

    static String variancePrefix(boolean infer, boolean covariant, boolean contravariant) {
        return infer ? "" : covariant ? "+" : contravariant ? "-" : "~";
    }

    /** The members all three kinds define, on a type named {@code typeName}. */
    static void defineCommon(PyType t, String typeName) {
        t.defGetSet("__name__", self -> PyStr.of(((TypeParam) self).name), null);
        t.defGetSet("__default__", self -> ((TypeParam) self).defaultValue(), null);
        t.def0("has_default", self -> PyBool.of(((TypeParam) self).hasDefault()));
        t.def0("__reduce__", self -> PyStr.of(((TypeParam) self).name));
        t.def1("__mro_entries__", (self, bases) -> {
            throw Errors.typeError("Cannot subclass an instance of %s", typeName);
        });
        t.defGetSet("__dict__", self -> ((TypeParam) self).instanceDict(), null);
    }

    /** {@code __or__}/{@code __ror__}: {@code typing._make_union} (which accepts forward references). */
    static void defineUnion(PyType t) {
        t.def1("__or__", (self, right) -> union(self, right));
        t.def1("__ror__", (self, left) -> union(left, self));
    }

    static PyObject union(PyObject left, PyObject right) {
        PyObject r = TypingBridge.call("_make_union", left, right);
        // Without typing: a types.UnionType, which only differs from typing.Union in its repr
        // (T | None instead of typing.Optional[T]), so that annotations like -> T | None work.
        return r != null ? r : dev.weft.runtime.types.PyUnionType.of(left, right);
    }

    /** CPython's {@code type_check}: None becomes NoneType, the rest goes through {@code typing._type_check}. */
    static PyObject typeCheck(PyObject arg, String message) {
        if (arg == PyNone.NONE) {
            return PyNone.NONE.type();
        }
        PyObject r = TypingBridge.call("_type_check", arg, PyStr.of(message));
        return r == null ? arg : r;
    }

    static String nameArgument(String function, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw Errors.typeError("%s() argument 'name' must be str, not %s", function, name.type().name());
        }
        return s.value();
    }

    static boolean flag(PyObject o) {
        return o != null && Ops.isTrue(o);
    }

    static PyTuple tupleOf(PyObject... items) {
        return PyTuple.of(items);
    }
}
