package dev.weft.runtime.modules.thread;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyDict;

/**
 * {@code _thread._local} ({@code threading.local}): each thread sees its own attribute dict.
 * A subclass's {@code __init__} runs again, with the constructor's arguments, the first time
 * a thread other than the creator touches the object, as in CPython.
 */
public final class PyLocal extends PyObject implements Derived {
    public static final PyType TYPE = ModuleTypes.type("_thread", "_local", PyLocal.class, null, true, PyLocal::define);

    private volatile PyType type;
    private final PyObject[] slots;
    private final ThreadLocal<PyDict> dicts = new ThreadLocal<>();
    private final PyObject[] initArgs;
    private final String[] initKwnames;

    private PyLocal(PyType type, PyObject[] args, String[] kwnames) {
        this.type = type;
        this.slots = new PyObject[type.slotCount()];
        this.initArgs = args.clone();
        this.initKwnames = kwnames == null ? null : kwnames.clone();
        dicts.set(new PyDict());
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType t) {
        type = t;
    }

    @Override
    public PyDict instanceDict() {
        PyDict d = dicts.get();
        if (d == null) {
            d = new PyDict();
            dicts.set(d);
            PyObject init = type.lookup("__init__");
            if (init != ObjectMethods.initDescr()) {
                Calls.callWithSelf(init, this, initArgs, initKwnames);
            }
        }
        return d;
    }

    @Override
    public void setInstanceDict(PyDict d) {
        throw Errors.attributeError("'%s' object attribute '__dict__' is read-only", type.name());
    }

    @Override
    public PyObject[] slots() {
        return slots;
    }

    static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            boolean hasArgs = args.length > 0;
            if (hasArgs && cls.lookup("__init__") == ObjectMethods.initDescr()) {
                throw Errors.typeError("Initialization arguments are not supported");
            }
            return new PyLocal(cls, args, kw);
        });
    }
}
