package dev.weft.runtime.ops;

import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyMethodDescr;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.FloatMath;
import dev.weft.runtime.types.FloatRepr;
import dev.weft.runtime.types.IntMath;
import dev.weft.runtime.types.NumCompare;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySingleton;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import dev.weft.runtime.text.StrRepr;

/**
 * Operators: arithmetic, comparison, truth, hash, repr/str. Each entry point has a small fast
 * path for exact builtin operands (checked by Java class, so user subclasses never take it)
 * and falls back to CPython's protocol: special methods looked up on the type, reflected
 * operands, NotImplemented.
 */
public final class Ops {
    private Ops() { }

    public static final PyObject NOT_IMPLEMENTED = PySingleton.NOT_IMPLEMENTED;

    // ---- binary arithmetic ----

    public static PyObject add(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return IntMath.add((PyInt) a, (PyInt) b);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value + ((PyFloat) b).value);
        }
        if (ca == PyStr.class && cb == PyStr.class) {
            return PyStr.of(((PyStr) a).value().concat(((PyStr) b).value()));
        }
        if (ca == PyFloat.class && cb == PyInt.class) {
            return PyFloat.of(((PyFloat) a).value + IntMath.toDouble((PyInt) b));
        }
        if (ca == PyInt.class && cb == PyFloat.class) {
            return PyFloat.of(IntMath.toDouble((PyInt) a) + ((PyFloat) b).value);
        }
        return binary(a, b, BinOp.ADD);
    }

    public static PyObject sub(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return IntMath.sub((PyInt) a, (PyInt) b);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value - ((PyFloat) b).value);
        }
        if (ca == PyFloat.class && cb == PyInt.class) {
            return PyFloat.of(((PyFloat) a).value - IntMath.toDouble((PyInt) b));
        }
        if (ca == PyInt.class && cb == PyFloat.class) {
            return PyFloat.of(IntMath.toDouble((PyInt) a) - ((PyFloat) b).value);
        }
        return binary(a, b, BinOp.SUB);
    }

    public static PyObject mul(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return IntMath.mul((PyInt) a, (PyInt) b);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyFloat.of(((PyFloat) a).value * ((PyFloat) b).value);
        }
        if (ca == PyFloat.class && cb == PyInt.class) {
            return PyFloat.of(((PyFloat) a).value * IntMath.toDouble((PyInt) b));
        }
        if (ca == PyInt.class && cb == PyFloat.class) {
            return PyFloat.of(IntMath.toDouble((PyInt) a) * ((PyFloat) b).value);
        }
        return binary(a, b, BinOp.MUL);
    }

    public static PyObject trueDiv(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyFloat.of(FloatMath.div(((PyFloat) a).value, ((PyFloat) b).value));
        }
        if (ca == PyInt.class && cb == PyInt.class) {
            return PyFloat.of(IntMath.trueDiv((PyInt) a, (PyInt) b));
        }
        if (ca == PyFloat.class && cb == PyInt.class) {
            return PyFloat.of(FloatMath.div(((PyFloat) a).value, IntMath.toDouble((PyInt) b)));
        }
        if (ca == PyInt.class && cb == PyFloat.class) {
            return PyFloat.of(FloatMath.div(IntMath.toDouble((PyInt) a), ((PyFloat) b).value));
        }
        return binary(a, b, BinOp.TRUEDIV);
    }

    public static PyObject floorDiv(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return IntMath.floorDiv((PyInt) a, (PyInt) b);
        }
        if (isFloatPair(ca, cb)) {
            return PyFloat.of(FloatMath.floorDiv(asDouble(a), asDouble(b)));
        }
        return binary(a, b, BinOp.FLOORDIV);
    }

    public static PyObject mod(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return IntMath.mod((PyInt) a, (PyInt) b);
        }
        if (isFloatPair(ca, cb)) {
            return PyFloat.of(FloatMath.mod(asDouble(a), asDouble(b)));
        }
        return binary(a, b, BinOp.MOD);
    }

    public static PyObject divmod(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return IntMath.divmod((PyInt) a, (PyInt) b);
        }
        if (isFloatPair(ca, cb)) {
            double[] qr = FloatMath.divmod(asDouble(a), asDouble(b));
            return PyTuple.of(PyFloat.of(qr[0]), PyFloat.of(qr[1]));
        }
        return binary(a, b, BinOp.DIVMOD);
    }

    /** Exact float and float, or exact float and exact int in either order (CPython converts the int). */
    private static boolean isFloatPair(Class<?> ca, Class<?> cb) {
        return ca == PyFloat.class ? cb == PyFloat.class || cb == PyInt.class
                : ca == PyInt.class && cb == PyFloat.class;
    }

    /** An exact float's value, or an exact int's as {@code float(i)} (OverflowError when too large). */
    private static double asDouble(PyObject o) {
        return o.getClass() == PyFloat.class ? ((PyFloat) o).value : IntMath.toDouble((PyInt) o);
    }
    /** {@code a ** b}: exact int and float operands go straight to the arithmetic (no slot dispatch). */
    public static PyObject pow(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyFloat.class) {
            if (cb == PyFloat.class) {
                return FloatMath.pow(((PyFloat) a).value, ((PyFloat) b).value);
            }
            if (cb == PyInt.class) {
                return FloatMath.pow(((PyFloat) a).value, IntMath.toDouble((PyInt) b));
            }
        } else if (ca == PyInt.class) {
            if (cb == PyInt.class) {
                return IntMath.pow((PyInt) a, (PyInt) b);
            }
            if (cb == PyFloat.class) {
                return FloatMath.pow(IntMath.toDouble((PyInt) a), ((PyFloat) b).value);
            }
        }
        return binary(a, b, BinOp.POW);
    }
    public static PyObject matmul(PyObject a, PyObject b) { return binary(a, b, BinOp.MATMUL); }

    public static PyObject lshift(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntMath.lshift((PyInt) a, (PyInt) b);
        }
        return binary(a, b, BinOp.LSHIFT);
    }

    public static PyObject rshift(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntMath.rshift((PyInt) a, (PyInt) b);
        }
        return binary(a, b, BinOp.RSHIFT);
    }

    public static PyObject and(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntMath.and((PyInt) a, (PyInt) b);
        }
        return binary(a, b, BinOp.AND);
    }

    public static PyObject or(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntMath.or((PyInt) a, (PyInt) b);
        }
        return binary(a, b, BinOp.OR);
    }

    public static PyObject xor(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) {
            return IntMath.xor((PyInt) a, (PyInt) b);
        }
        return binary(a, b, BinOp.XOR);
    }

    /** Dispatches {@code op} by name (for generated code that does not specialise). */
    public static PyObject binaryOp(BinOp op, PyObject a, PyObject b) {
        switch (op) {
            case ADD: return add(a, b);
            case SUB: return sub(a, b);
            case MUL: return mul(a, b);
            case TRUEDIV: return trueDiv(a, b);
            case FLOORDIV: return floorDiv(a, b);
            case MOD: return mod(a, b);
            case POW: return pow(a, b);
            case DIVMOD: return divmod(a, b);
            case LSHIFT: return lshift(a, b);
            case RSHIFT: return rshift(a, b);
            case AND: return and(a, b);
            case OR: return or(a, b);
            case XOR: return xor(a, b);
            default: return binary(a, b, op);
        }
    }

    /** The generic protocol for a binary operator. */
    public static PyObject binary(PyObject a, PyObject b, BinOp op) {
        PyObject r = binaryOrNotImplemented(a, b, op);
        if (r == NOT_IMPLEMENTED) {
            throw unsupported(a, b, op.symbol);
        }
        return r;
    }

    static PyObject binaryOrNotImplemented(PyObject a, PyObject b, BinOp op) {
        PyType ta = a.type(), tb = b.type();
        PyObject fa = ta.lookup(op.name);
        PyObject fb = null;
        if (tb != ta) {
            fb = tb.lookup(op.rname);
            if (fb != null && fb == ta.lookup(op.rname)) {
                fb = null; // same implementation: CPython calls it once
            }
        }
        if (fa != null) {
            if (fb != null && tb.isSubtypeOf(ta)) {
                PyObject r = callSlot(fb, b, a);
                if (r != NOT_IMPLEMENTED) {
                    return r;
                }
                fb = null;
            }
            PyObject r = callSlot(fa, a, b);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            return callSlot(fb, b, a);
        }
        return NOT_IMPLEMENTED;
    }

    /**
     * Whether {@code a op= b} is {@code a op b} with no possible "unsupported operand" error (whose
     * message names {@code op=}): exact ints and floats, or two exact strs (none has {@code __iop__}).
     * Not for {@code @=}, which ints and floats do not support.
     */
    public static boolean inplaceIsBinary(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyStr.class) {
            return cb == PyStr.class;
        }
        return (ca == PyInt.class || ca == PyFloat.class) && (cb == PyInt.class || cb == PyFloat.class);
    }

    /** {@code a op= b}: {@code __iop__} first, then the binary operator. */
    public static PyObject inplace(PyObject a, PyObject b, BinOp op) {
        if (op != BinOp.MATMUL && inplaceIsBinary(a, b)) {
            return binaryOp(op, a, b);
        }
        Class<?> ca = a.getClass();
        boolean hasNoInplace = ca == PyInt.class || ca == PyFloat.class || ca == PyStr.class;
        if (op.iname != null && !hasNoInplace) {
            PyObject f = a.type().lookup(op.iname);
            if (f != null) {
                PyObject r = callSlot(f, a, b);
                if (r != NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        PyObject r = binaryOrNotImplemented(a, b, op);
        if (r == NOT_IMPLEMENTED) {
            throw unsupported(a, b, op == BinOp.POW ? "**=" : op.symbol + "=");
        }
        return r;
    }

    /** Three-argument pow. */
    public static PyObject pow3(PyObject a, PyObject b, PyObject m) {
        if (m == PyNone.NONE) {
            return pow(a, b);
        }
        PyObject f = a.type().lookup("__pow__");
        if (f != null) {
            PyObject r = Calls.callWithSelf(f, a, new PyObject[] {b, m}, null);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", a.type().name(),
                b.type().name(), m.type().name());
    }

    static RuntimeException unsupported(PyObject a, PyObject b, String symbol) {
        return Errors.typeError("unsupported operand type(s) for %s: '%s' and '%s'", symbol, a.type().name(),
                b.type().name());
    }

    /** Calls a special method found on a type with self and one argument. */
    static PyObject callSlot(PyObject method, PyObject self, PyObject arg) {
        if (method instanceof PyMethodDescr d) {
            return d.callWithSelf(self, new PyObject[] {arg}, 0, null);
        }
        if (method instanceof PyFunction f) {
            return f.call(new PyObject[] {self, arg}, null);
        }
        return Calls.callWithSelf(method, self, new PyObject[] {arg}, null);
    }

    static PyObject callSlot0(PyObject method, PyObject self) {
        if (method instanceof PyMethodDescr d) {
            return d.callWithSelf(self, new PyObject[0], 0, null);
        }
        if (method instanceof PyFunction f) {
            return f.call(new PyObject[] {self}, null);
        }
        return Calls.callWithSelf(method, self, new PyObject[0], null);
    }

    // ---- unary ----

    private static PyObject unary(PyObject a, String name, String symbol) {
        PyObject f = a.type().lookup(name);
        if (f == null) {
            throw Errors.typeError("bad operand type for %s: '%s'", symbol, a.type().name());
        }
        return callSlot0(f, a);
    }

    public static PyObject neg(PyObject a) {
        if (a.getClass() == PyInt.class) {
            return IntMath.neg((PyInt) a);
        }
        if (a.getClass() == PyFloat.class) {
            return PyFloat.of(-((PyFloat) a).value);
        }
        return unary(a, "__neg__", "unary -");
    }

    public static PyObject pos(PyObject a) {
        if (a.getClass() == PyInt.class) {
            return a;
        }
        if (a.getClass() == PyFloat.class) {
            return a;
        }
        return unary(a, "__pos__", "unary +");
    }

    public static PyObject invert(PyObject a) {
        if (a.getClass() == PyInt.class) {
            return IntMath.invert((PyInt) a);
        }
        return unary(a, "__invert__", "unary ~");
    }

    public static PyObject abs(PyObject a) {
        if (a.getClass() == PyInt.class) {
            return IntMath.abs((PyInt) a);
        }
        if (a.getClass() == PyFloat.class) {
            return PyFloat.of(Math.abs(((PyFloat) a).value));
        }
        return unary(a, "__abs__", "abs()");
    }

    public static PyObject not(PyObject a) {
        return PyBool.of(!isTrue(a));
    }

    // ---- comparison ----

    public static PyObject richCompare(PyObject a, PyObject b, CmpOp op) {
        PyObject exact = compareExactBuiltins(a, b, op);
        if (exact != null) {
            return exact;
        }
        PyType ta = a.type(), tb = b.type();
        if ((op == CmpOp.EQ || op == CmpOp.NE) && comparesByIdentity(ta) && (ta == tb || comparesByIdentity(tb))) {
            // object.__eq__ answers only for the same object, and the fallback is identity
            return PyBool.of((a == b) == (op == CmpOp.EQ));
        }
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            PyObject g = tb.lookup(op.reflected().name);
            if (g != null) {
                checkedReverse = true;
                PyObject r = callSlot(g, b, a);
                if (r != NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        PyObject f = ta.lookup(op.name);
        if (f != null) {
            PyObject r = callSlot(f, a, b);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse) {
            PyObject g = tb.lookup(op.reflected().name);
            if (g != null) {
                PyObject r = callSlot(g, b, a);
                if (r != NOT_IMPLEMENTED) {
                    return r;
                }
            }
        }
        if (op == CmpOp.EQ) {
            return PyBool.of(a == b);
        }
        if (op == CmpOp.NE) {
            return PyBool.of(a != b);
        }
        throw Errors.typeError("'%s' not supported between instances of '%s' and '%s'", op.symbol, ta.name(), tb.name());
    }

    public static PyObject eq(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return PyBool.of(IntMath.compare((PyInt) a, (PyInt) b) == 0);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyBool.of(((PyFloat) a).value == ((PyFloat) b).value);
        }
        if (ca == PyStr.class && cb == PyStr.class) {
            return PyBool.of(((PyStr) a).value().equals(((PyStr) b).value()));
        }
        if (isFloatPair(ca, cb)) {
            return PyBool.of(compareMixed(a, b, CmpOp.EQ));
        }
        return richCompare(a, b, CmpOp.EQ);
    }

    public static PyObject ne(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return PyBool.of(IntMath.compare((PyInt) a, (PyInt) b) != 0);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyBool.of(((PyFloat) a).value != ((PyFloat) b).value);
        }
        if (ca == PyStr.class && cb == PyStr.class) {
            return PyBool.of(!((PyStr) a).value().equals(((PyStr) b).value()));
        }
        if (isFloatPair(ca, cb)) {
            return PyBool.of(compareMixed(a, b, CmpOp.NE));
        }
        return richCompare(a, b, CmpOp.NE);
    }

    public static PyObject lt(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return PyBool.of(IntMath.compare((PyInt) a, (PyInt) b) < 0);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyBool.of(((PyFloat) a).value < ((PyFloat) b).value);
        }
        if (ca == PyStr.class && cb == PyStr.class) {
            return PyBool.of(PyStr.compare(((PyStr) a).value(), ((PyStr) b).value()) < 0);
        }
        if (isFloatPair(ca, cb)) {
            return PyBool.of(compareMixed(a, b, CmpOp.LT));
        }
        return richCompare(a, b, CmpOp.LT);
    }

    public static PyObject le(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return PyBool.of(IntMath.compare((PyInt) a, (PyInt) b) <= 0);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyBool.of(((PyFloat) a).value <= ((PyFloat) b).value);
        }
        if (ca == PyStr.class && cb == PyStr.class) {
            return PyBool.of(PyStr.compare(((PyStr) a).value(), ((PyStr) b).value()) <= 0);
        }
        if (isFloatPair(ca, cb)) {
            return PyBool.of(compareMixed(a, b, CmpOp.LE));
        }
        return richCompare(a, b, CmpOp.LE);
    }

    public static PyObject gt(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return PyBool.of(IntMath.compare((PyInt) a, (PyInt) b) > 0);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyBool.of(((PyFloat) a).value > ((PyFloat) b).value);
        }
        if (ca == PyStr.class && cb == PyStr.class) {
            return PyBool.of(PyStr.compare(((PyStr) a).value(), ((PyStr) b).value()) > 0);
        }
        if (isFloatPair(ca, cb)) {
            return PyBool.of(compareMixed(a, b, CmpOp.GT));
        }
        return richCompare(a, b, CmpOp.GT);
    }

    public static PyObject ge(PyObject a, PyObject b) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == PyInt.class && cb == PyInt.class) {
            return PyBool.of(IntMath.compare((PyInt) a, (PyInt) b) >= 0);
        }
        if (ca == PyFloat.class && cb == PyFloat.class) {
            return PyBool.of(((PyFloat) a).value >= ((PyFloat) b).value);
        }
        if (ca == PyStr.class && cb == PyStr.class) {
            return PyBool.of(PyStr.compare(((PyStr) a).value(), ((PyStr) b).value()) >= 0);
        }
        if (isFloatPair(ca, cb)) {
            return PyBool.of(compareMixed(a, b, CmpOp.GE));
        }
        return richCompare(a, b, CmpOp.GE);
    }

    /**
     * Exact int, float and str pairs (and int against float) compared directly, without the
     * slot lookup and call of the generic protocol; null for any other pair. Their slots cannot
     * be overridden (the types are immutable), so the result is the slots'.
     */
    private static PyObject compareExactBuiltins(PyObject a, PyObject b, CmpOp op) {
        Class<?> ca = a.getClass(), cb = b.getClass();
        if (ca == cb) {
            if (ca == PyInt.class) {
                return PyBool.of(op.test(IntMath.compare((PyInt) a, (PyInt) b)));
            }
            if (ca == PyFloat.class) {
                return PyBool.of(compareDoubles(((PyFloat) a).value, ((PyFloat) b).value, op));
            }
            if (ca == PyStr.class) {
                return PyBool.of(op.test(PyStr.compare(((PyStr) a).value(), ((PyStr) b).value())));
            }
            return null;
        }
        return isFloatPair(ca, cb) ? PyBool.of(compareMixed(a, b, op)) : null;
    }

    /** Whether instances of {@code t} use object's {@code __eq__} and {@code __ne__} (equality is identity). */
    private static boolean comparesByIdentity(PyType t) {
        return t.lookup("__eq__") == ObjectMethods.eqDescr() && t.lookup("__ne__") == ObjectMethods.neDescr();
    }

    /** IEEE comparisons as Python's float does them (every comparison with NaN is false but !=). */
    private static boolean compareDoubles(double x, double y, CmpOp op) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            case GE -> x >= y;
        };
    }

    /** An exact int against an exact float, exactly (as CPython: no rounding of the int). */
    private static boolean compareMixed(PyObject a, PyObject b, CmpOp op) {
        if (a.getClass() == PyFloat.class) {
            return NumCompare.compareIntFloat((PyInt) b, ((PyFloat) a).value, op.reflected());
        }
        return NumCompare.compareIntFloat((PyInt) a, ((PyFloat) b).value, op);
    }

    /** {@code a == b} as a Java boolean, with CPython's identity shortcut (used by containers). */
    public static boolean eqBool(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        return isTrue(eq(a, b));
    }

    public static boolean ltBool(PyObject a, PyObject b) {
        return isTrue(lt(a, b));
    }

    // ---- truth ----

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        Class<?> c = o.getClass();
        if (c == PyInt.class) {
            return ((PyInt) o).signum() != 0;
        }
        if (c == PyStr.class) {
            return !((PyStr) o).value().isEmpty();
        }
        if (c == PyList.class) {
            return ((PyList) o).size() != 0;
        }
        if (c == PyDict.class) {
            return ((PyDict) o).size() != 0;
        }
        if (c == PyTuple.class) {
            return ((PyTuple) o).size() != 0;
        }
        if (c == PyFloat.class) {
            return ((PyFloat) o).value != 0.0;
        }
        if (!(o instanceof dev.weft.runtime.core.PyInstance) // a class test first: the interface
                && o instanceof dev.weft.runtime.core.BuiltinSized s // test scans the class's supers on JDK 17
                && !(o instanceof dev.weft.runtime.core.Derived)) {
            return s.size() != 0;
        }
        PyType t = o.type();
        PyObject f = t.lookup("__bool__");
        if (f != null) {
            PyObject r = callSlot0(f, o);
            if (!(r instanceof PyBool)) {
                throw Errors.typeError("__bool__ should return bool, returned %s", r.type().name());
            }
            return r == PyBool.TRUE;
        }
        f = t.lookup("__len__");
        if (f != null) {
            return Protocols.len(o) != 0;
        }
        return true;
    }

    // ---- hash ----

    public static long hash(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return ((PyStr) o).pyHash();
        }
        if (c == PyInt.class) {
            PyInt i = (PyInt) o;
            if (i.fitsLong()) {
                long v = i.longValue();
                if (v > -(1L << 60) && v < (1L << 60)) {
                    return v == -1 ? -2 : v;
                }
            }
            return IntMath.hash(i);
        }
        if (c == PyTuple.class) {
            return ((PyTuple) o).hash();
        }
        if (c == PyFloat.class) {
            double d = ((PyFloat) o).value;
            return Double.isNaN(d) ? identityHash(o) : FloatMath.hash(d);
        }
        if (o == PyNone.NONE || c == PyBool.class) {
            return o == PyNone.NONE ? 0xFCA86420L : ((PyInt) o).longValue();
        }
        PyObject f = o.type().lookup("__hash__");
        if (f == null || f == PyNone.NONE) {
            throw Errors.typeError("unhashable type: '%s'", o.type().name());
        }
        if (f == dev.weft.runtime.core.ObjectMethods.hashDescr()) {
            return identityHash(o);   // object.__hash__ not overridden: no call needed
        }
        PyObject r = callSlot0(f, o);
        if (!(r instanceof PyInt ri)) {
            throw Errors.typeError("__hash__ method should return an integer");
        }
        long h = ri.fitsLong() ? ri.longValue() : IntMath.hash(ri);
        return h == -1 ? -2 : h;
    }

    /** Identity hash (object.__hash__), as CPython derives it from the address. */
    public static long identityHash(PyObject o) {
        return System.identityHashCode(o);
    }

    // ---- repr / str ----

    public static PyStr repr(PyObject o) {
        PyStr exact = reprOfExactScalar(o);
        if (exact != null) {
            return exact;
        }
        PyObject f = o.type().lookup("__repr__");
        PyObject r = callSlot0(f, o);
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__repr__ returned non-string (type %s)", r.type().name());
        }
        return s;
    }

    /**
     * The repr of an exact int, float or str without the slot lookup and call (the types are
     * immutable, so their {@code __repr__} is always this); null for anything else.
     */
    private static PyStr reprOfExactScalar(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyInt.class) {
            return PyStr.of(IntMath.toString((PyInt) o));
        }
        if (c == PyFloat.class) {
            return PyStr.of(FloatRepr.repr(((PyFloat) o).value));
        }
        if (c == PyStr.class) {
            return PyStr.of(StrRepr.repr(((PyStr) o).value()));
        }
        return null;
    }

    public static String reprString(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyInt.class) {
            return IntMath.toString((PyInt) o);
        }
        return repr(o).value();
    }

    public static PyStr str(PyObject o) {
        Class<?> c = o.getClass();
        if (c == PyStr.class) {
            return (PyStr) o;
        }
        if (c == PyInt.class || c == PyFloat.class) {
            return reprOfExactScalar(o); // their __str__ is their __repr__
        }
        PyObject f = o.type().lookup("__str__");
        PyObject r = callSlot0(f, o);
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__str__ returned non-string (type %s)", r.type().name());
        }
        return s;
    }

    public static String strString(PyObject o) {
        return str(o).value();
    }

    /** {@code ascii(o)}: the repr with every non-ASCII character escaped. */
    public static String asciiString(PyObject o) {
        String r = reprString(o);
        StringBuilder sb = new StringBuilder(r.length());
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** {@code format(value, spec)}. */
    public static PyStr format(PyObject value, PyObject spec) {
        PyObject f = value.type().lookup("__format__");
        PyObject r = callSlot(f, value, spec);
        if (!(r instanceof PyStr s)) {
            throw Errors.typeError("__format__ must return a str, not %s", r.type().name());
        }
        return s;
    }

    // ---- convenience ----

    /** {@code obj.name(*args)}. */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        PyObject[] withSelf = new PyObject[args.length + 1];
        withSelf[0] = obj;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return Calls.callMethod(name, withSelf, null);
    }

    public static boolean isInstance(PyObject o, PyType t) {
        return o.type().isSubtypeOf(t);
    }
}
