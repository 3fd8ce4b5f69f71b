package dev.weft.runtime.builtins;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.core.TypeMethods;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.CmpOp;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.IntMath;
import dev.weft.runtime.types.Iterators;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The builtin functions (other than the type constructors, which are the types themselves). */
final class BuiltinFunctions {
    private BuiltinFunctions() { }

    static PyObject abs(PyObject self, PyObject x) {
        return Ops.abs(x);
    }

    static PyObject all(PyObject self, PyObject it) {
        PyObject iter = Protocols.iter(it);
        for (PyObject o = Protocols.next(iter); o != null; o = Protocols.next(iter)) {
            if (!Ops.isTrue(o)) {
                return PyBool.FALSE;
            }
        }
        return PyBool.TRUE;
    }

    static PyObject any(PyObject self, PyObject it) {
        PyObject iter = Protocols.iter(it);
        for (PyObject o = Protocols.next(iter); o != null; o = Protocols.next(iter)) {
            if (Ops.isTrue(o)) {
                return PyBool.TRUE;
            }
        }
        return PyBool.FALSE;
    }

    static PyObject ascii(PyObject self, PyObject o) {
        return PyStr.of(Ops.asciiString(o));
    }

    private static PyObject radix(PyObject x, int radix, String prefix) {
        BigInteger v = Protocols.index(x, null).bigValue();
        String digits = v.abs().toString(radix);
        return PyStr.of((v.signum() < 0 ? "-" : "") + prefix + digits);
    }

    static PyObject bin(PyObject self, PyObject x) { return radix(x, 2, "0b"); }
    static PyObject oct(PyObject self, PyObject x) { return radix(x, 8, "0o"); }
    static PyObject hex(PyObject self, PyObject x) { return radix(x, 16, "0x"); }

    static PyObject callable(PyObject self, PyObject x) {
        return PyBool.of(Protocols.isCallable(x));
    }

    static PyObject chr(PyObject self, PyObject x) {
        PyInt i = Protocols.index(x, null);
        if (!i.fitsLong() || i.longValue() < 0 || i.longValue() > 0x10ffff) {
            if (!i.fitsLong() || Math.abs(i.longValue()) > Integer.MAX_VALUE) {
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            throw Errors.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) i.longValue());
    }

    static PyObject ord(PyObject self, PyObject c) {
        if (c instanceof PyStr s) {
            String v = s.value();
            if (v.length() == 1) {
                return PyInt.of(v.charAt(0)); // one UTF-16 unit: a BMP code point or a lone surrogate
            }
            if (s.length() != 1) {
                throw Errors.typeError("ord() expected a character, but string of length %d found", s.length());
            }
            return PyInt.of(s.codePointAt(0));
        }
        byte[] b = c instanceof PyBytes pb ? pb.array() : c instanceof PyByteArray ba ? ba.toByteArray() : null;
        if (b != null) {
            if (b.length != 1) {
                throw Errors.typeError("ord() expected a character, but string of length %d found", b.length);
            }
            return PyInt.of(b[0] & 0xff);
        }
        throw Errors.typeError("ord() expected string of length 1, but %s found", c.type().name());
    }

    private static String name(PyObject n, String fn) {
        if (!(n instanceof PyStr s)) {
            throw Errors.typeError("attribute name must be string, not '%s'", n.type().name());
        }
        return s.value();
    }

    static PyObject getattr(PyObject self, PyObject o, PyObject n, PyObject dflt) {
        String nm = name(n, "getattr");
        if (dflt == null) {
            return Attr.getAttr(o, nm);
        }
        PyObject r = Attr.getAttrOrNull(o, nm);
        return r == null ? dflt : r;
    }

    static PyObject setattr(PyObject self, PyObject o, PyObject n, PyObject v) {
        Attr.setAttr(o, name(n, "setattr"), v);
        return PyNone.NONE;
    }

    static PyObject delattr(PyObject self, PyObject o, PyObject n) {
        Attr.delAttr(o, name(n, "delattr"));
        return PyNone.NONE;
    }

    static PyObject hasattr(PyObject self, PyObject o, PyObject n) {
        return PyBool.of(Attr.getAttrOrNull(o, name(n, "hasattr")) != null);
    }

    static PyObject hash(PyObject self, PyObject o) {
        return PyInt.of(Ops.hash(o));
    }

    static PyObject id(PyObject self, PyObject o) {
        return PyInt.of(dev.weft.runtime.ops.Identity.id(o));
    }

    static PyObject isinstance(PyObject self, PyObject o, PyObject cls) {
        return PyBool.of(TypeMethods.isInstance(o, cls));
    }

    static PyObject issubclass(PyObject self, PyObject c, PyObject cls) {
        if (!(c instanceof PyType) && c.type().lookup("__bases__") == null) {
            throw Errors.typeError("issubclass() arg 1 must be a class");
        }
        return PyBool.of(TypeMethods.isSubclass(c, cls));
    }

    static PyObject iter(PyObject self, PyObject o, PyObject sentinel) {
        if (sentinel == null) {
            return Protocols.iter(o);
        }
        if (!Protocols.isCallable(o)) {
            throw Errors.typeError("iter(v, w): v must be callable");
        }
        return new Iterators.CallableIter(o, sentinel);
    }

    static PyObject len(PyObject self, PyObject o) {
        return PyInt.of(Protocols.lenAsLong(o));
    }

    static PyObject next(PyObject self, PyObject it, PyObject dflt) {
        if (!(it instanceof dev.weft.runtime.types.PyIterator) && it.type().lookup("__next__") == null) {
            throw Errors.typeError("'%s' object is not an iterator", it.type().name());
        }
        PyObject r = Protocols.next(it);
        if (r == null) {
            if (dflt != null) {
                return dflt;
            }
            throw Errors.stopIterationRaised(it instanceof dev.weft.runtime.types.PyIterator pi ? pi.stopValue() : null);
        }
        return r;
    }

    static PyObject divmod(PyObject self, PyObject a, PyObject b) {
        return Ops.divmod(a, b);
    }

    static PyObject pow(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParse.parse("pow", args, kw, new String[] {"base", "exp", "mod"}, 2);
        return p[2] == null || p[2] == PyNone.NONE ? Ops.pow(p[0], p[1]) : Ops.pow3(p[0], p[1], p[2]);
    }

    static PyObject repr(PyObject self, PyObject o) {
        return Ops.repr(o);
    }

    static PyObject format(PyObject self, PyObject v, PyObject spec) {
        return Ops.format(v, spec == null ? PyStr.EMPTY : spec);
    }

    static PyObject round(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParse.parse("round", args, kw, new String[] {"number", "ndigits"}, 1);
        PyObject f = p[0].type().lookup("__round__");
        if (f == null) {
            throw Errors.typeError("type %s doesn't define __round__ method", p[0].type().name());
        }
        if (p[1] == null || p[1] == PyNone.NONE) {
            return Ops.callMethod(p[0], "__round__");
        }
        return Ops.callMethod(p[0], "__round__", p[1]);
    }

    static PyObject sorted(PyObject self, PyObject[] args, String[] kw) {
        int npos = args.length - (kw == null ? 0 : kw.length);
        if (npos != 1) {
            throw Errors.typeError("sorted expected 1 argument, got %d", npos);
        }
        PyList l = new PyList(Protocols.toArray(args[0]));
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        PyObject[] p = ArgParse.parse("sort", rest, kw, new String[] {"*key", "*reverse"}, 0);
        l.sort(p[0], p[1] != null && Ops.isTrue(p[1]));
        return l;
    }

    /** {@code sum(iterable, /, start=0)} with CPython 3.12's compensated float summation. */
    static PyObject sum(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] p = ArgParse.parse("sum", args, kw, new String[] {"iterable", "start"}, 1);
        PyObject result = p[1] == null ? PyInt.ZERO : p[1];
        if (result instanceof PyStr) {
            throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (result instanceof PyBytes) {
            throw Errors.typeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (result instanceof PyByteArray) {
            throw Errors.typeError("sum() can't sum bytearray [use b''.join(seq) instead]");
        }
        PyObject it = Protocols.iter(p[0]);
        PyObject item = null;
        if (result.getClass() == PyInt.class) {
            long acc = ((PyInt) result).fitsLong() ? ((PyInt) result).longValue() : 0;
            boolean small = ((PyInt) result).fitsLong();
            while (small) {
                item = Protocols.next(it);
                if (item == null) {
                    return PyInt.of(acc);
                }
                if (item.getClass() == PyInt.class && ((PyInt) item).fitsLong()) {
                    long v = ((PyInt) item).longValue(), r = acc + v;
                    if (((acc ^ r) & (v ^ r)) >= 0) {
                        acc = r;
                        continue;
                    }
                }
                result = PyInt.of(acc);
                break;
            }
        }
        if (result.getClass() == PyFloat.class || (item != null && item.getClass() == PyFloat.class
                && result.getClass() == PyInt.class)) {
            double f = result instanceof PyFloat pf ? pf.value : IntMath.toDouble((PyInt) result);
            double c = 0.0;
            while (true) {
                if (item == null) {
                    item = Protocols.next(it);
                    if (item == null) {
                        if (c != 0.0 && Double.isFinite(c)) {
                            f += c;
                        }
                        return PyFloat.of(f);
                    }
                }
                double x;
                if (item.getClass() == PyFloat.class) {
                    x = ((PyFloat) item).value;
                } else if (item.getClass() == PyInt.class && ((PyInt) item).fitsLong()
                        && Math.abs(((PyInt) item).longValue()) < (1L << 53)) {
                    x = ((PyInt) item).longValue();
                } else {
                    if (c != 0.0 && Double.isFinite(c)) {
                        f += c;
                    }
                    result = PyFloat.of(f);
                    break;
                }
                double t = f + x;
                if (Math.abs(f) >= Math.abs(x)) {
                    c += (f - t) + x;
                } else {
                    c += (x - t) + f;
                }
                f = t;
                item = null;
            }
        }
        if (item != null) {
            result = Ops.add(result, item);
        }
        for (item = Protocols.next(it); item != null; item = Protocols.next(it)) {
            result = Ops.add(result, item);
        }
        return result;
    }

    /** {@code min}/{@code max}. */
    static PyObject minMax(PyObject[] args, String[] kw, boolean max) {
        String fn = max ? "max" : "min";
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyObject key = null, dflt = null;
        for (int i = 0; i < nkw; i++) {
            switch (kw[i]) {
                case "key" -> key = args[npos + i] == PyNone.NONE ? null : args[npos + i];
                case "default" -> dflt = args[npos + i];
                default -> throw Errors.typeError("%s() got an unexpected keyword argument '%s'", fn, kw[i]);
            }
        }
        if (npos == 0) {
            throw Errors.typeError("%s expected at least 1 argument, got 0", fn);
        }
        PyObject[] items;
        if (npos == 1) {
            items = Protocols.toArray(args[0]);
            if (items.length == 0) {
                if (dflt != null) {
                    return dflt;
                }
                throw Errors.valueError("%s() iterable argument is empty", fn);
            }
        } else {
            if (dflt != null) {
                throw Errors.typeError("Cannot specify a default for %s() with multiple positional arguments", fn);
            }
            items = new PyObject[npos];
            System.arraycopy(args, 0, items, 0, npos);
        }
        PyObject best = items[0];
        java.util.function.UnaryOperator<PyObject> keyFn = key == null ? null : Calls.unary(key);
        PyObject bestKey = key == null ? best : keyFn.apply(best);
        for (int i = 1; i < items.length; i++) {
            PyObject k = key == null ? items[i] : keyFn.apply(items[i]);
            if (Ops.isTrue(Ops.richCompare(k, bestKey, max ? CmpOp.GT : CmpOp.LT))) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    static PyObject vars(PyObject self, PyObject o) {
        if (o == null) {
            throw Errors.notImplemented("vars() without arguments needs the backend's frame support");
        }
        PyObject d = Attr.getAttrOrNull(o, "__dict__");
        if (d == null) {
            throw Errors.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    static PyObject dir(PyObject self, PyObject o) {
        if (o == null) {
            throw Errors.notImplemented("dir() without arguments needs the backend's frame support");
        }
        List<PyObject> names = new ArrayList<>();
        if (o instanceof PyType t) {
            for (PyType m : t.mro()) {
                names.addAll(List.of(m.instanceDict().snapshot()[0]));
            }
        } else {
            names.addAll(List.of(Protocols.toArray(Ops.callMethod(o, "__dir__"))));
        }
        PySortedUnique.sortUnique(names);
        return new PyList(names);
    }

    /** {@code print(*objects, sep=' ', end='\n', file=None, flush=False)}. */
    static PyObject print(PyObject self, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        String sep = " ", end = "\n";
        PyObject file = null;
        boolean flush = false;
        for (int i = 0; i < nkw; i++) {
            PyObject v = args[npos + i];
            switch (kw[i]) {
                case "sep" -> sep = textArg(v, "sep", " ");
                case "end" -> end = textArg(v, "end", "\n");
                case "file" -> file = v == PyNone.NONE ? null : v;
                case "flush" -> flush = Ops.isTrue(v);
                default -> throw Errors.typeError("'%s' is an invalid keyword argument for print()", kw[i]);
            }
        }
        if (file == null) {
            file = StdStreams.stdout();
        }
        PyType ft = file.type();
        if (ft == dev.weft.runtime.io.PyFile.TEXT_TYPE || ft == dev.weft.runtime.io.PyStringIO.TYPE) {
            // the runtime's own text files: one write is indistinguishable from CPython's several
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Ops.strString(args[i]));
            }
            sb.append(end);
            Ops.callMethod(file, "write", PyStr.of(sb.toString()));
        } else {
            // any other file sees CPython's calls: each argument, each separator, then end
            PyStr sepStr = PyStr.of(sep);
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    Ops.callMethod(file, "write", sepStr);
                }
                Ops.callMethod(file, "write", Ops.str(args[i]));
            }
            Ops.callMethod(file, "write", PyStr.of(end));
        }
        if (flush) {
            Ops.callMethod(file, "flush");
        }
        return PyNone.NONE;
    }

    private static String textArg(PyObject v, String name, String dflt) {
        if (v == PyNone.NONE) {
            return dflt;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.typeError("%s must be None or a string, not %s", name, v.type().name());
        }
        return s.value();
    }

    static PyObject input(PyObject self, PyObject prompt) {
        if (prompt != null) {
            Ops.callMethod(StdStreams.stdout(), "write", Ops.str(prompt));
            Ops.callMethod(StdStreams.stdout(), "flush");
        }
        PyObject line = Ops.callMethod(StdStreams.stdin(), "readline");
        String s = Ops.strString(line);
        if (s.isEmpty()) {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.EOFError, "EOF when reading a line");
        }
        return PyStr.of(s.endsWith("\n") ? s.substring(0, s.length() - 1) : s);
    }

    static PyObject notSupported(String name) {
        throw Errors.notImplemented("%s() is not supported by weft yet", name);
    }

    /** The {@code __dict__} of a module-like object, for globals(); the backend supplies the module. */
    static PyDict dictOf(PyObject o) {
        return o instanceof HasDict h ? h.instanceDict() : new PyDict();
    }

    static boolean isFunction(PyObject o) {
        return o instanceof PyFunction;
    }
}
