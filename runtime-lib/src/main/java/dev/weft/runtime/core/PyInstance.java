package dev.weft.runtime.core;

import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * An instance of a user class whose solid base is {@code object}.
 *
 * <p>Attributes live inline until something needs a real dict: an array whose slot 0 holds
 * the {@link Shape} (the names) and slots 1.. the values, so most instances cost one array
 * instead of a {@link PyDict} with its lock and table. {@code __dict__} (and deleting an
 * attribute, too many names, replacing the dict) moves the attributes into a dict for good.
 *
 * <p>Free-threading: no monitor. A reader reads the array, then slot 0 (acquire), then the
 * value, so it sees a whole attribute set. Replacing the value of a present name is a volatile
 * store of its slot followed by a check that slot 0 still holds the same shape; otherwise the
 * store is repeated where the attributes are now. Structural changes (adding a name, growing
 * the array, moving to a dict) first swap slot 0 from the shape to {@link #LOCKED} with a CAS,
 * so they are serialised, and an array that was copied away is left {@link #FORWARDED}: a
 * replacement that raced with the copy sees slot 0 changed and repeats its store, so no store
 * is lost. The lock holder runs no Python code, so waiters spin briefly.
 */
public final class PyInstance extends PyObject implements Derived {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);
    private static final VarHandle ATTRS;
    static {
        try {
            ATTRS = MethodHandles.lookup().findVarHandle(PyInstance.class, "attrs", Object[].class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Slot 0 while a structural change is under way. */
    private static final Object LOCKED = new Object();
    /** Slot 0 of an array whose attributes moved (to a bigger array or to the dict). */
    private static final Object FORWARDED = new Object();

    private volatile PyType type;
    /** The dict, once the attributes are in one (then {@link #attrs} is null). */
    private volatile PyDict dict;
    /** Inline attributes ([0] = shape), or null in dict mode and for instances without a dict. */
    @SuppressWarnings("unused")
    private Object[] attrs;
    private final PyObject[] slots;

    public PyInstance(PyType type) {
        this.type = type;
        if (type.instancesHaveDict()) {
            Object[] a = new Object[1 + type.inlineAttrCapacity()];
            a[0] = type.rootShape();
            this.attrs = a;
        }
        int n = type.slotCount();
        this.slots = n == 0 ? NO_SLOTS : new PyObject[n];
    }

    private static final PyObject[] NO_SLOTS = new PyObject[0];

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType t) {
        this.type = t;
    }

    // ---- inline attributes (for attribute sites) ----

    /**
     * The inline attribute array, or null when the attributes are in a dict (or there are
     * none). Read {@link #shapeOf} of it, then the value at {@code index + 1}: a shape read from
     * slot 0 is only ever stored in an array long enough for it.
     */
    public Object[] inlineAttrs() {
        return (Object[]) ATTRS.getAcquire(this);
    }

    /** Slot 0 of an array from {@link #inlineAttrs}: a {@link Shape}, or a marker (take the slow path). */
    public static Object shapeOf(Object[] a) {
        return SLOT.getAcquire(a, 0);
    }

    /** Whether the instance stores attributes at all (false for classes with only {@code __slots__}). */
    public boolean hasAttributeStorage() {
        return (Object[]) ATTRS.getAcquire(this) != null || dict != null;
    }

    /** The attribute {@code key} (an interned str) from the instance's own storage, or null. */
    public PyObject getOwnAttr(PyStr key) {
        Object[] a = (Object[]) ATTRS.getAcquire(this);
        for (int spins = 0; a != null; spins++) {
            Object s = SLOT.getAcquire(a, 0);
            if (s instanceof Shape sh) {
                int i = sh.indexOf(key);
                return i < 0 ? null : (PyObject) a[i + 1];
            }
            if (s == FORWARDED) {
                a = (Object[]) ATTRS.getAcquire(this);
            } else {
                backOff(spins);
            }
        }
        PyDict d = dict;
        return d == null ? null : d.getItemOrNull(key);
    }

    /** True when the instance has no attribute {@code key} (an interned str) of its own. */
    public boolean lacksOwnAttr(PyStr key) {
        Object[] a = (Object[]) ATTRS.getAcquire(this);
        if (a != null && SLOT.getAcquire(a, 0) instanceof Shape sh) {
            return sh.size() == 0 || sh.indexOf(key) < 0;
        }
        if (a == null) {
            PyDict d = dict;
            return d == null || d.size() == 0 || d.getItemOrNull(key) == null;
        }
        return getOwnAttr(key) == null;
    }

    /**
     * Replaces the value of {@code key}, known to sit at {@code index} of {@code shape}, read
     * from slot 0 of {@code a}; falls back to {@link #setOwnAttr} when the attributes moved.
     */
    public void replaceOwnAttr(Object[] a, Object shape, int index, PyStr key, PyObject value) {
        SLOT.setVolatile(a, index + 1, (Object) value);
        if (SLOT.getVolatile(a, 0) != shape) {
            setOwnAttr(key, value);
        }
    }

    /**
     * Adds {@code key} (absent from {@code shape}, read from slot 0 of {@code a}) making shape
     * {@code next} = {@code shape.with(key)}, as an attribute site remembered; falls back to
     * {@link #setOwnAttr} when the attributes changed meanwhile.
     */
    public void addOwnAttr(Object[] a, Object shape, Shape next, PyStr key, PyObject value) {
        if (SLOT.compareAndSet(a, 0, shape, LOCKED)) {
            if (!addLocked(a, (Shape) shape, next, key, value)) {
                dictForWrite().setItem(key, value);
            }
            return;
        }
        setOwnAttr(key, value);
    }

    /** The shape after adding {@code key} to {@code shape} (null: the instance would move to a dict). */
    public static Shape shapeWith(Shape shape, PyStr key) {
        return shape.with(key);
    }

    /** {@code obj.key = value} into the instance's own storage; the caller checked it has one. */
    public void setOwnAttr(PyStr key, PyObject value) {
        Object[] a = (Object[]) ATTRS.getAcquire(this);
        for (int spins = 0; a != null; spins++) {
            Object s = SLOT.getAcquire(a, 0);
            if (s instanceof Shape sh) {
                int i = sh.indexOf(key);
                if (i >= 0) {
                    SLOT.setVolatile(a, i + 1, (Object) value);
                    if (SLOT.getVolatile(a, 0) == sh) {
                        return;
                    }
                } else if (sh.indexOfEqual(key) >= 0) {
                    key = PyStr.intern(key.value()); // an equal name that was not interned
                    continue;
                } else if (SLOT.compareAndSet(a, 0, (Object) sh, LOCKED)) {
                    if (addLocked(a, sh, sh.with(key), key, value)) {
                        return;
                    }
                    break; // moved to a dict
                }
                a = (Object[]) ATTRS.getAcquire(this);
            } else if (s == FORWARDED) {
                a = (Object[]) ATTRS.getAcquire(this);
            } else {
                backOff(spins);
            }
        }
        dictForWrite().setItem(key, value);
    }

    /** Removes {@code key}; false when absent. Deleting moves the attributes into a dict. */
    public boolean deleteOwnAttr(PyStr key) {
        PyDict d = dictForWrite();
        return d != null && d.removeOrNull(key) != null;
    }

    /**
     * With slot 0 of {@code a} locked (it held {@code sh}): adds {@code key}, making the shape
     * {@code next} ({@code sh.with(key)}; null: too many names). Returns false
     * when the attributes moved to the dict instead (the caller stores there).
     */
    private boolean addLocked(Object[] a, Shape sh, Shape next, PyStr key, PyObject value) {
        if (next == null) {
            moveToDictLocked(a, sh);
            return false;
        }
        int n = sh.size();
        if (n + 2 <= a.length) {
            a[n + 1] = value;
            SLOT.setRelease(a, 0, (Object) next);
            return true;
        }
        Object[] b = new Object[Math.min(Shape.MAX_ATTRS, Math.max(4, 2 * n)) + 1];
        for (int i = 1; i <= n; i++) {
            b[i] = SLOT.getVolatile(a, i);
        }
        b[n + 1] = value;
        b[0] = next;
        type.noteInstanceAttrs(n + 1);
        ATTRS.setRelease(this, b);
        SLOT.setRelease(a, 0, FORWARDED);
        return true;
    }

    /** With slot 0 of {@code a} locked (it held {@code sh}): copies the attributes into a new dict. */
    private void moveToDictLocked(Object[] a, Shape sh) {
        PyDict d = new PyDict();
        for (int i = 0; i < sh.size(); i++) {
            Object v = SLOT.getVolatile(a, i + 1);
            d.setItem(sh.key(i), (PyObject) v);
        }
        dict = d;
        ATTRS.setRelease(this, (Object[]) null);
        SLOT.setRelease(a, 0, FORWARDED);
    }

    /** The dict, after moving the inline attributes into one; null for instances without a dict. */
    private PyDict dictForWrite() {
        Object[] a = (Object[]) ATTRS.getAcquire(this);
        for (int spins = 0; a != null; spins++) {
            Object s = SLOT.getAcquire(a, 0);
            if (s instanceof Shape sh) {
                if (SLOT.compareAndSet(a, 0, (Object) sh, LOCKED)) {
                    moveToDictLocked(a, sh);
                    break;
                }
            } else if (s == FORWARDED) {
                a = (Object[]) ATTRS.getAcquire(this);
            } else {
                backOff(spins);
            }
        }
        return dict;
    }

    private static void backOff(int spins) {
        if (spins < 50) {
            Thread.onSpinWait();
        } else {
            Thread.yield();
        }
    }

    // ---- HasDict ----

    /** The instance's {@code __dict__}: moves inline attributes into a dict first. */
    @Override
    public PyDict instanceDict() {
        Object[] a = (Object[]) ATTRS.getAcquire(this);
        if (a == null) {
            return dict;
        }
        return dictForWrite();
    }

    @Override
    public void setInstanceDict(PyDict d) {
        dictForWrite();
        this.dict = d;
    }

    @Override
    public PyObject[] slots() {
        return slots;
    }
}
