package dev.weft.runtime.link;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.CompiledBody;
import dev.weft.runtime.call.FunctionBody;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.BinOp;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodHandles.Lookup;
import java.lang.invoke.MethodType;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Bootstrap methods of the call sites and dynamic constants in generated classes. The
 * operation comes from the static arguments (operator name, attribute name, keyword names);
 * the call-site type is the operands' ({@code PyObject} each). Operator and attribute sites
 * link through {@link InlineCaches}, which specialise on the receiver's type; other sites
 * link straight to the runtime's generic protocol.
 */
public final class Bootstraps {
    private Bootstraps() { }

    static final Lookup LOOKUP = MethodHandles.lookup();

    // ---- operators ----

    /** {@code binop a, b OP}: {@code op} is a {@link BinOp} name; {@code inplace} 1 for {@code a OP= b}. */
    public static CallSite binaryOp(Lookup caller, String name, MethodType type, String op, int inplace)
            throws ReflectiveOperationException {
        return new ConstantCallSite(InlineCaches.binary(BinOp.valueOf(op), inplace != 0).asType(type));
    }

    /** {@code compare a, b OP} for the rich comparisons: {@code op} is a {@link CmpOp} name. */
    public static CallSite compare(Lookup caller, String name, MethodType type, String op)
            throws ReflectiveOperationException {
        return new ConstantCallSite(InlineCaches.compare(CmpOp.valueOf(op)).asType(type));
    }

    // ---- names ----

    /** {@code loadGlobal}: type {@code (PyDict globals)PyObject}; caches where the name is found ({@link GlobalSite}). */
    public static CallSite loadGlobal(Lookup caller, String name, MethodType type, String global)
            throws ReflectiveOperationException {
        MethodHandle mh = LOOKUP.findVirtual(GlobalSite.class, "load",
                MethodType.methodType(PyObject.class, dev.weft.runtime.types.PyDict.class));
        return new ConstantCallSite(mh.bindTo(new GlobalSite(PyStr.intern(global))).asType(type));
    }

    // ---- attributes ----

    public static CallSite getAttr(Lookup caller, String name, MethodType type, String attr)
            throws ReflectiveOperationException {
        return InlineCaches.getAttrSite(attr, type);
    }

    public static CallSite setAttr(Lookup caller, String name, MethodType type, String attr)
            throws ReflectiveOperationException {
        MethodHandle mh = LOOKUP.findVirtual(CallSites.SetAttribute.class, "set",
                MethodType.methodType(void.class, PyObject.class, PyObject.class));
        return new ConstantCallSite(mh.bindTo(new CallSites.SetAttribute(attr)).asType(type));
    }

    public static CallSite delAttr(Lookup caller, String name, MethodType type, String attr)
            throws ReflectiveOperationException {
        MethodHandle mh = LOOKUP.findStatic(Attr.class, "delAttr",
                MethodType.methodType(void.class, PyObject.class, String.class));
        return new ConstantCallSite(MethodHandles.insertArguments(mh, 1, attr).asType(type));
    }

    // ---- calls ----

    /**
     * {@code call f, args... [kwnames]}: type {@code (PyObject f, PyObject... args)PyObject};
     * {@code kwnames} joined by commas (empty for none), the last ones among the arguments.
     */
    public static CallSite call(Lookup caller, String name, MethodType type, String kwnames)
            throws ReflectiveOperationException {
        String[] kw = splitNames(kwnames);
        if (kw == null) {
            return new FunctionCallSite(type);
        }
        MethodHandle mh = LOOKUP.findVirtual(PyObject.class, "call",
                MethodType.methodType(PyObject.class, PyObject[].class, String[].class));
        mh = MethodHandles.insertArguments(mh, 2, (Object) kw);
        mh = mh.asCollector(PyObject[].class, type.parameterCount() - 1);
        return new ConstantCallSite(mh.asType(type));
    }

    /** {@code call f, args-array [kwnames]} for calls with too many arguments to pass one by one. */
    public static CallSite callArray(Lookup caller, String name, MethodType type, String kwnames)
            throws ReflectiveOperationException {
        String[] kw = splitNames(kwnames);
        MethodHandle mh = LOOKUP.findVirtual(PyObject.class, "call",
                MethodType.methodType(PyObject.class, PyObject[].class, String[].class));
        return new ConstantCallSite(MethodHandles.insertArguments(mh, 2, (Object) kw).asType(type));
    }

    /** {@code call_method receiver, args... NAME [kwnames]}: type {@code (PyObject self, PyObject... args)PyObject}. */
    public static CallSite callMethod(Lookup caller, String name, MethodType type, String method, String kwnames)
            throws ReflectiveOperationException {
        return InlineCaches.callMethodSite(method, splitNames(kwnames), type);
    }

    // ---- dynamic constants (immortal, created once per class) ----

    public static PyObject intConstant(Lookup caller, String name, Class<?> type, String decimal) {
        return PyInt.of(new BigInteger(decimal));
    }

    public static PyObject floatConstant(Lookup caller, String name, Class<?> type, String bits) {
        return PyFloat.of(Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16)));
    }

    public static PyObject complexConstant(Lookup caller, String name, Class<?> type, String imagBits) {
        return new PyComplex(0.0, Double.longBitsToDouble(Long.parseUnsignedLong(imagBits, 16)));
    }

    /** A str constant; long strings arrive in pieces (a class-file constant holds at most 65535 bytes). */
    public static PyObject strConstant(Lookup caller, String name, Class<?> type, String... pieces) {
        return PyStr.intern(pieces.length == 1 ? pieces[0] : String.join("", pieces));
    }

    /** A bytes constant: each char of the pieces is one byte (ISO-8859-1). */
    public static PyObject bytesConstant(Lookup caller, String name, Class<?> type, String... pieces) {
        return PyBytes.of(String.join("", pieces).getBytes(StandardCharsets.ISO_8859_1));
    }

    public static PyObject tupleConstant(Lookup caller, String name, Class<?> type, Object... items) {
        PyObject[] a = new PyObject[items.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = (PyObject) items[i];
        }
        return PyTuple.of(a);
    }

    /** A table of constants packed by the compiler into one string (in pieces): see {@link ConstantTables}. */
    public static PyObject[] constantTable(Lookup caller, String name, Class<?> type, String... pieces) {
        return ConstantTables.decode(pieces.length == 1 ? pieces[0] : String.join("", pieces));
    }

    /** None, True, False or Ellipsis by name (inside constant tuples). */
    public static PyObject singletonConstant(Lookup caller, String name, Class<?> type, String which) {
        return switch (which) {
            case "None" -> dev.weft.runtime.types.PyNone.NONE;
            case "True" -> dev.weft.runtime.types.PyBool.TRUE;
            case "False" -> dev.weft.runtime.types.PyBool.FALSE;
            case "Ellipsis" -> dev.weft.runtime.types.PySingleton.ELLIPSIS;
            default -> throw new IllegalArgumentException(which);
        };
    }

    /** The body of a compiled function: its static method {@code impl}, wrapped once per code object. */
    public static FunctionBody functionBody(Lookup caller, String name, Class<?> type, MethodHandle impl) {
        return new CompiledBody(impl);
    }

    /** The builtin named {@code builtin} ({@code load_builtin}). */
    public static PyObject builtin(Lookup caller, String name, Class<?> type, String builtin) {
        return Functions.builtin(builtin);
    }

    /**
     * A function's {@link CodeInfo}: parameter names joined by commas in frame order, then the
     * other locals, the cell and the free variables (each comma-joined).
     */
    public static CodeInfo codeInfo(Lookup caller, String name, Class<?> type, String fname, String qualname,
                                    String filename, int firstLine, int argCount, int posOnly, int kwOnly,
                                    String paramNames, int flags, String otherLocals, String cellVars,
                                    String freeVars) {
        CodeInfo info = new CodeInfo(fname, qualname, filename, firstLine, argCount, posOnly, kwOnly,
                names(paramNames), flags, names(otherLocals), names(cellVars), names(freeVars));
        dev.weft.runtime.frame.CodeIndex.record(caller.lookupClass(), info);
        return info;
    }

    private static String[] names(String joined) {
        return joined.isEmpty() ? new String[0] : joined.split(",", -1);
    }

    /** Comma-joined names; null for none (the vector-call convention for "no keywords"). */
    static String[] splitNames(String joined) {
        return joined.isEmpty() ? null : joined.split(",", -1);
    }

    static MethodHandle ops(String name, MethodType type) throws ReflectiveOperationException {
        return LOOKUP.findStatic(Ops.class, name, type);
    }
}
