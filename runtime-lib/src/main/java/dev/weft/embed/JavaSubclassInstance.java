package dev.weft.embed;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyDict;

/**
 * An instance of a Python class that extends a Java class: a Python object (type, dict, slots)
 * whose Java half is an instance of the class's generated peer ({@link JavaSubclasses}). The
 * peer is made by the Java superclass's constructor when {@code __init__} reaches it
 * ({@code super().__init__(args)}); a class that never calls it gets the no-argument
 * constructor when the instance is complete, or a {@code TypeError} if there is none.
 */
final class JavaSubclassInstance extends JavaObject implements Derived {
    private final PeerClass peerClass;
    private volatile PyType type;
    private volatile PyDict dict;
    private final PyObject[] slots;
    private volatile Object peer;

    JavaSubclassInstance(PyType type, PeerClass peerClass) {
        super(null, type);
        this.type = type;
        this.peerClass = peerClass;
        this.dict = type.instancesHaveDict() ? new PyDict() : null;
        this.slots = new PyObject[type.slotCount()];
    }

    PeerClass peerClass() {
        return peerClass;
    }

    /** The Java object; made with the no-argument constructor if {@code __init__} has not made it. */
    @Override
    Object target() {
        Object p = peer;
        return p != null ? p : constructDefault();
    }

    /** {@code JavaSuperclass.__init__(self, *args)}: runs the Java constructor. */
    synchronized void construct(PyObject[] args, String[] kwnames) {
        if (peer != null) {
            throw Errors.typeError("the Java superclass %s of this %s object is already initialised",
                    peerClass.javaSuperclass.getName(), type.name());
        }
        Object p = peerClass.construct(this, args, kwnames);
        if (peer == null) {
            peer = p;
        }
    }

    private synchronized Object constructDefault() {
        if (peer == null) {
            if (!peerClass.hasNoArgConstructor()) {
                throw Errors.typeError("%s.__init__ must call super().__init__(...): Java class %s has no "
                        + "constructor without arguments", type.name(), peerClass.javaSuperclass.getName());
            }
            construct(new PyObject[0], null);
        }
        return peer;
    }

    /** Called when a peer calls into Python, possibly from inside its superclass's constructor. */
    void adopt(Object p) {
        if (peer == null) {
            synchronized (this) {
                if (peer == null) {
                    peer = p;
                }
            }
        }
    }

    boolean isConstructed() {
        return peer != null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType t) {
        this.type = t;
    }

    @Override
    public PyDict instanceDict() {
        return dict;
    }

    @Override
    public void setInstanceDict(PyDict d) {
        this.dict = d;
    }

    @Override
    public PyObject[] slots() {
        return slots;
    }
}
