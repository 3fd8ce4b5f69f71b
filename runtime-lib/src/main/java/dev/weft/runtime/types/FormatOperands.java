package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.format.FormatFields;
import dev.weft.runtime.format.PercentFormat;
import dev.weft.runtime.format.PercentOperands;
import dev.weft.runtime.format.StringFormatter;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;

/** The object model's side of {@code str % args} and {@code str.format}: what the format library asks about objects. */
class FormatOperands implements PercentOperands<PyObject> {
    static final FormatOperands INSTANCE = new FormatOperands();

    static String percent(String fmt, PyObject args) {
        return PercentFormat.format(fmt, args, INSTANCE);
    }

    static String format(String fmt, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyDict kwargs = new PyDict();
        for (int k = 0; k < nkw; k++) {
            kwargs.setItem(PyStr.of(kw[k]), args[npos + k]);
        }
        return StringFormatter.format(fmt, new Fields(args, npos, kwargs, false));
    }

    static String formatMap(String fmt, PyObject mapping) {
        return StringFormatter.format(fmt, new Fields(new PyObject[0], 0, mapping, true));
    }

    private static Number number(PyInt i) {
        return i.fitsLong() ? (Number) i.longValue() : i.bigValue();
    }

    @Override
    public int tupleLength(PyObject args) {
        return args instanceof PyTuple t ? t.size() : -1;
    }

    @Override
    public PyObject tupleItem(PyObject args, int index) {
        return ((PyTuple) args).get(index);
    }

    @Override
    public boolean isMapping(PyObject args) {
        return !(args instanceof PyTuple) && !(args instanceof PyStr) && args.type().lookup("__getitem__") != null;
    }

    @Override
    public PyObject getItem(PyObject mapping, String key) {
        return Protocols.getItem(mapping, PyStr.of(key));
    }

    @Override
    public String str(PyObject v) {
        return Ops.strString(v);
    }

    @Override
    public String repr(PyObject v) {
        return Ops.reprString(v);
    }

    @Override
    public String ascii(PyObject v) {
        return Ops.asciiString(v);
    }

    @Override
    public String typeName(PyObject v) {
        return v.type().name();
    }

    @Override
    public Number intValue(PyObject v) {
        return v instanceof PyInt i ? number(i) : null;
    }

    @Override
    public String strValue(PyObject v) {
        return v instanceof PyStr s ? s.value() : null;
    }

    @Override
    public boolean isNumber(PyObject v) {
        return v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex
                || v.type().lookup("__index__") != null || v.type().lookup("__int__") != null
                || v.type().lookup("__float__") != null;
    }

    @Override
    public Number index(PyObject v) {
        if (!(v instanceof PyInt) && v.type().lookup("__index__") == null) {
            return null;
        }
        return number(Protocols.index(v, null));
    }

    @Override
    public Number toInt(PyObject v) {
        if (v instanceof PyInt i) {
            return number(i);
        }
        if (v.type().lookup("__int__") == null && v.type().lookup("__index__") == null) {
            return null;
        }
        return number(IntMethods.toInt(v));
    }

    @Override
    public Double toFloat(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyInt i) {
            return IntMath.toDouble(i);
        }
        if (v.type().lookup("__float__") == null && v.type().lookup("__index__") == null) {
            return null;
        }
        return FloatMethods.toDouble(v);
    }

    /** Lookups for one {@code str.format} call. */
    private static final class Fields implements FormatFields<PyObject> {
        private final PyObject[] args;
        private final int npos;
        private final PyObject kwargs;
        private final boolean isMap;

        Fields(PyObject[] args, int npos, PyObject kwargs, boolean isMap) {
            this.args = args;
            this.npos = npos;
            this.kwargs = kwargs;
            this.isMap = isMap;
        }

        @Override
        public PyObject positional(long index) {
            if (isMap) {
                throw dev.weft.runtime.exc.Errors.valueError("%s", StringFormatter.POSITIONAL_IN_FORMAT_MAP);
            }
            if (index >= npos) {
                throw dev.weft.runtime.exc.Errors.indexError("%s", StringFormatter.replacementIndexMessage(index));
            }
            return args[(int) index];
        }

        @Override
        public PyObject keyword(String name) {
            return Protocols.getItem(kwargs, PyStr.of(name));
        }

        @Override
        public PyObject getAttribute(PyObject obj, String name) {
            return Attr.getAttr(obj, name);
        }

        @Override
        public PyObject getItem(PyObject obj, long index) {
            return Protocols.getItem(obj, PyInt.of(index));
        }

        @Override
        public PyObject getItem(PyObject obj, String key) {
            return Protocols.getItem(obj, PyStr.of(key));
        }

        @Override
        public PyObject convert(PyObject obj, char conversion) {
            switch (conversion) {
                case 'r': return Ops.repr(obj);
                case 's': return Ops.str(obj);
                default: return PyStr.of(INSTANCE.ascii(obj));
            }
        }

        @Override
        public String format(PyObject obj, String spec) {
            return Ops.format(obj, PyStr.of(spec)).value();
        }
    }

    static boolean isKeyError(PyException e) {
        return e.matches(ExceptionTypes.KeyError);
    }
}
