package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;

/**
 * Java's {@code equals}, {@code hashCode} and {@code toString} of a Python object seen from Java
 * (a peer, a proxy, a {@code @weft.java_class} facade, a {@link PythonObject}): Python's
 * {@code ==}, {@code hash()} and {@code str()}, so a Python object used as a {@code HashMap} key
 * or {@code HashSet} element behaves as it does in a dict or set. The Java object on the other
 * side of {@code equals} enters Python as {@link JavaInterop#fromJava} describes (a peer, proxy
 * or facade becomes its Python object again).
 *
 * <p>An unhashable Python object ({@code list}, or a class defining {@code __eq__} without
 * {@code __hash__}) does not fall back to identity: {@code hashCode()} throws a
 * {@link PythonException} for Python's {@code TypeError: unhashable type: 'X'}, since a silent
 * identity hash would break the {@code equals}/{@code hashCode} contract. Callers run inside
 * {@link Python#run} (or convert Python exceptions themselves).
 */
final class PythonIdentity {
    private PythonIdentity() { }

    static String str(PyObject self) {
        return Ops.strString(self);
    }

    static boolean equals(PyObject self, Object other) {
        PyObject o = JavaInterop.fromJava(other);
        return self == o || Ops.isTrue(Ops.eq(self, o));
    }

    /** Python's hash folded to 32 bits (equal Python hashes give equal Java hashes). */
    static int hashCode(PyObject self) {
        return Long.hashCode(Ops.hash(self));
    }
}
