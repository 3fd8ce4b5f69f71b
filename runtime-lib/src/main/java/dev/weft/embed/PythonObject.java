package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyNone;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * A Python object held by Java code: a module, function, class, instance or value. Every
 * operation converts its Java arguments to Python ({@link Conversions#toPython}) and reports a
 * Python exception as a {@link PythonException}. Equality and hashing are Python's {@code ==}
 * and {@code hash()}; {@link #toString()} is {@code str()}.
 */
public final class PythonObject {
    private final PyObject value;

    PythonObject(PyObject value) {
        this.value = value;
    }

    /** The runtime object (for code that uses the runtime's own API). */
    public PyObject unwrap() {
        return value;
    }

    /** {@code self.name}. */
    public PythonObject getAttr(String name) {
        return Python.run(() -> new PythonObject(Attr.getAttr(value, name)));
    }

    /** {@code hasattr(self, name)}. */
    public boolean hasAttr(String name) {
        return Python.run(() -> Attr.getAttrOrNull(value, name) != null);
    }

    /** {@code self.name = v}. */
    public void setAttr(String name, Object v) {
        Python.run(() -> {
            Attr.setAttr(value, name, Conversions.toPython(v));
            return null;
        });
    }

    /** {@code self(*args)}: calls a function or class. */
    public PythonObject call(Object... args) {
        return Python.run(() -> new PythonObject(value.call(Python.toPython(args), null)));
    }

    /** {@code self(*args, **kwargs)}; {@code kwargs} keeps its iteration order. */
    public PythonObject callWithKeywords(Map<String, ?> kwargs, Object... args) {
        return Python.run(() -> {
            PyObject[] all = new PyObject[args.length + kwargs.size()];
            String[] names = new String[kwargs.size()];
            int i = 0;
            for (Object a : args) {
                all[i++] = Conversions.toPython(a);
            }
            int k = 0;
            for (Map.Entry<String, ?> e : kwargs.entrySet()) {
                names[k++] = e.getKey();
                all[i++] = Conversions.toPython(e.getValue());
            }
            return new PythonObject(value.call(all, names.length == 0 ? null : names));
        });
    }

    /** {@code self.name(*args)}: a method call (or a module function call). */
    public PythonObject invoke(String name, Object... args) {
        return Python.run(() -> new PythonObject(Attr.getAttr(value, name).call(Python.toPython(args), null)));
    }

    /** {@code self[key]}. */
    public PythonObject getItem(Object key) {
        return Python.run(() -> new PythonObject(Protocols.getItem(value, Conversions.toPython(key))));
    }

    /** {@code len(self)}. */
    public int len() {
        return Python.run(() -> Protocols.len(value));
    }

    public boolean isNone() {
        return value == PyNone.NONE;
    }

    /** {@code bool(self)}. */
    public boolean isTrue() {
        return Python.run(() -> Ops.isTrue(value));
    }

    /** The Python type's name ({@code int}, {@code Counter}). */
    public String typeName() {
        return value.type().name();
    }

    /** The value converted by {@link Conversions#toJava(PyObject)}: null, Boolean, Long, Double, String, List, Map, ... */
    public Object toJava() {
        return Python.run(() -> Conversions.toJava(value));
    }

    /** The value converted to {@code type} ({@link Conversions#toJava(PyObject, Class)}). */
    public <T> T as(Class<T> type) {
        return Python.run(() -> Conversions.toJava(value, type));
    }

    public long asLong() {
        return as(Long.class);
    }

    public int asInt() {
        return as(Integer.class);
    }

    public BigInteger asBigInteger() {
        return as(BigInteger.class);
    }

    public double asDouble() {
        return as(Double.class);
    }

    public boolean asBoolean() {
        return as(Boolean.class);
    }

    public String asString() {
        return as(String.class);
    }

    @SuppressWarnings("unchecked")
    public List<Object> asList() {
        return as(List.class);
    }

    @SuppressWarnings("unchecked")
    public Map<Object, Object> asMap() {
        return as(Map.class);
    }

    /**
     * This object seen as a Java interface: a Python function for a functional interface (its
     * single abstract method calls the function), or an object whose methods of the same names
     * implement the interface's methods.
     */
    public <T> T asInterface(Class<T> iface) {
        if (!iface.isInterface()) {
            throw new IllegalArgumentException(iface.getName() + " is not an interface");
        }
        return iface.cast(JavaInterop.proxy(value, iface));
    }

    /** {@code repr(self)}. */
    public String repr() {
        return Python.run(() -> Ops.reprString(value));
    }

    /** {@code str(self)}. */
    @Override
    public String toString() {
        return Python.run(() -> Ops.strString(value));
    }

    /**
     * Python's {@code ==} with another Python object: a {@code PythonObject}, or a Java object
     * that stands for one (an instance of a Python class extending a Java class, a Python object
     * handed to Java as an interface, a {@code @weft.java_class} object); false for other Java
     * objects.
     */
    @Override
    public boolean equals(Object o) {
        if (o instanceof PythonObject p) {
            return Python.run(() -> PythonIdentity.equals(value, p.value));
        }
        if (o instanceof JavaPeer || JavaProxies.pythonTarget(o) != null) {
            return Python.run(() -> PythonIdentity.equals(value, o));
        }
        return false;
    }

    /**
     * Python's {@code hash()} (folded to 32 bits).
     *
     * @throws PythonException Python's {@code TypeError} for an unhashable object (a list, a dict)
     */
    @Override
    public int hashCode() {
        return Python.run(() -> PythonIdentity.hashCode(value));
    }
}
