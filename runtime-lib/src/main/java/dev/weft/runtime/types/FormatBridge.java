package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.interim.InterimFormat;

/** {@code __format__} of the builtin types: wiring to the formatting library (interim for now). */
final class FormatBridge {
    private FormatBridge() { }

    static String spec(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("format() argument 2 must be str, not %s", spec.type().name());
        }
        return s.value();
    }

    static String formatInt(PyInt v, PyObject spec) {
        String s = spec(spec);
        if (s.isEmpty()) {
            return IntMath.toString(v);
        }
        return InterimFormat.formatInt(v.bigValue(), s, v instanceof PyBool ? "bool" : "int");
    }

    static String formatFloat(double v, PyObject spec) {
        String s = spec(spec);
        if (s.isEmpty()) {
            return FloatRepr.repr(v, true);
        }
        return InterimFormat.formatFloat(v, s);
    }

    static String formatStr(String v, PyObject spec) {
        String s = spec(spec);
        if (s.isEmpty()) {
            return v;
        }
        return InterimFormat.formatStr(v, s);
    }
}
