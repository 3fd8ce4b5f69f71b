package dev.weft.runtime.call;

import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;

/**
 * {@code super(type, obj)}. The zero-argument form is compiled: the backend passes the
 * {@code __class__} cell's value and the function's first argument to {@link #of}.
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = new PyType("super", PySuper.class, PyType.OBJECT,
            CallableMethods::defineSuper, PyType.IMMUTABLE);

    public final PyType thisType;
    public final PyObject obj;
    /** The type whose MRO is searched: type(obj), or obj itself for super(C, cls). */
    public final PyType objType;

    private PySuper(PyType thisType, PyObject obj, PyType objType) {
        this.thisType = thisType;
        this.obj = obj;
        this.objType = objType;
    }

    public static PySuper of(PyObject type, PyObject obj) {
        if (!(type instanceof PyType t)) {
            throw Errors.typeError("super() argument 1 must be a type, not %s", type.type().name());
        }
        if (obj == null) {
            return new PySuper(t, null, null);
        }
        if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
            return new PySuper(t, obj, ot);
        }
        if (obj.type().isSubtypeOf(t)) {
            return new PySuper(t, obj, obj.type());
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Attribute lookup past {@code thisType} in the MRO of the object's type. */
    public PyObject getAttr(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyObject r = objType.lookupAfter(thisType, name);
            if (r != null) {
                if (r instanceof Descriptor d) {
                    return d.get(obj == objType ? null : obj, objType);
                }
                PyObject get = r.type().lookup("__get__");
                if (get != null) {
                    return Calls.callWithSelf(get, r, new PyObject[] {obj == objType ? dev.weft.runtime.types.PyNone.NONE : obj, objType}, null);
                }
                return r;
            }
        }
        return Attr.genericGetAttr(this, name);
    }
}
