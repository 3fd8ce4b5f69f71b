package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.BinOp;
import dev.weft.runtime.ops.BinarySite;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The targets call sites link to. Binary operators and comparisons go to the {@link Ops}
 * entry points, which test for int/float/str operands first (their class checks are what the
 * JIT specialises per call site once inlined), except that a user-class instance on the left of
 * a binary operator goes to the site's {@link BinarySite}; attribute loads and method calls go to the
 * runtime's inline caches ({@link CallSites}).
 */
final class InlineCaches {
    private InlineCaches() { }

    private static final MethodType BINARY = MethodType.methodType(PyObject.class, PyObject.class, PyObject.class);

    static MethodHandle binary(BinOp op, boolean inplace) throws ReflectiveOperationException {
        if (inplace && op == BinOp.MATMUL) {
            MethodHandle mh = Bootstraps.ops("inplace",
                    MethodType.methodType(PyObject.class, PyObject.class, PyObject.class, BinOp.class));
            return MethodHandles.insertArguments(mh, 2, op);
        }
        if (inplace) {
            // int, float and str have no __iop__: their a OP= b is a OP b, linked straight to it
            MethodHandle mh = Bootstraps.ops("inplace",
                    MethodType.methodType(PyObject.class, PyObject.class, PyObject.class, BinOp.class));
            MethodHandle test = Bootstraps.ops("inplaceIsBinary",
                    MethodType.methodType(boolean.class, PyObject.class, PyObject.class));
            return MethodHandles.guardWithTest(test, Bootstraps.ops(opMethod(op), BINARY),
                    MethodHandles.insertArguments(mh, 2, op));
        }
        String name = opMethod(op);
        // a user-class instance on the left: the site caches its __op__/__rop__ (BinarySite)
        BinarySite site = new BinarySite(op);
        MethodHandle user = Bootstraps.LOOKUP.findVirtual(BinarySite.class, "apply", BINARY).bindTo(site);
        MethodHandle test = Bootstraps.LOOKUP.findStatic(BinarySite.class, "userLeft",
                MethodType.methodType(boolean.class, PyObject.class, PyObject.class));
        return MethodHandles.guardWithTest(test, user, Bootstraps.ops(name, BINARY));
    }

    /** The {@link Ops} entry point of a binary operator. */
    private static String opMethod(BinOp op) {
        return switch (op) {
            case ADD -> "add";
            case SUB -> "sub";
            case MUL -> "mul";
            case TRUEDIV -> "trueDiv";
            case FLOORDIV -> "floorDiv";
            case MOD -> "mod";
            case POW -> "pow";
            case MATMUL -> "matmul";
            case LSHIFT -> "lshift";
            case RSHIFT -> "rshift";
            case AND -> "and";
            case OR -> "or";
            case XOR -> "xor";
            case DIVMOD -> "divmod";
        };
    }

    static MethodHandle compare(CmpOp op) throws ReflectiveOperationException {
        String name = switch (op) {
            case LT -> "lt";
            case LE -> "le";
            case EQ -> "eq";
            case NE -> "ne";
            case GT -> "gt";
            case GE -> "ge";
        };
        return Bootstraps.ops(name, BINARY);
    }

    static CallSite getAttrSite(String attr, MethodType type) throws ReflectiveOperationException {
        MethodHandle mh = Bootstraps.LOOKUP.findVirtual(CallSites.Attribute.class, "get",
                MethodType.methodType(PyObject.class, PyObject.class));
        return new ConstantCallSite(mh.bindTo(new CallSites.Attribute(attr)).asType(type));
    }

    static CallSite callMethodSite(String method, String[] kwnames, MethodType type)
            throws ReflectiveOperationException {
        if (kwnames == null) {
            return new MethodCallSite(method, type);
        }
        MethodHandle mh = Bootstraps.LOOKUP.findVirtual(CallSites.Method.class, "call",
                MethodType.methodType(PyObject.class, PyObject[].class, String[].class));
        mh = mh.bindTo(new CallSites.Method(method));
        mh = MethodHandles.insertArguments(mh, 1, (Object) kwnames);
        mh = mh.asCollector(PyObject[].class, type.parameterCount());
        return new ConstantCallSite(mh.asType(type));
    }
}
