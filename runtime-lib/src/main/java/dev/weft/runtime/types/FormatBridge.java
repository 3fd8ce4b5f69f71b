package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.format.BuiltinFormat;

/** {@code __format__} of the builtin types: wiring to the format library. */
final class FormatBridge {
    private FormatBridge() { }

    static String spec(PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw Errors.typeError("format() argument 2 must be str, not %s", spec.type().name());
        }
        return s.value();
    }

    /**
     * {@code __format__} of a builtin type: an empty spec means {@code str(self)}, which for a
     * subclass (bool, a user subclass with {@code __str__}) is not the builtin's own text.
     */
    static PyObject format(PyObject self, PyObject spec, Class<?> exactClass,
            java.util.function.Supplier<String> formatted) {
        if (self.getClass() != exactClass && spec(spec).isEmpty()) {
            return dev.weft.runtime.ops.Ops.str(self);
        }
        return PyStr.of(formatted.get());
    }

    static String formatInt(PyInt v, PyObject spec) {
        String s = spec(spec);
        String typeName = v.type().name();
        if (s.isEmpty()) {
            return IntMath.toString(v);
        }
        return v.fitsLong() ? BuiltinFormat.formatInt(v.longValue(), s, typeName)
                : BuiltinFormat.formatInt(v.bigValue(), s, typeName);
    }

    static String formatFloat(double v, PyObject spec, String typeName) {
        return BuiltinFormat.formatFloat(v, spec(spec), typeName);
    }

    static String formatComplex(PyComplex c, PyObject spec) {
        return BuiltinFormat.formatComplex(c.real, c.imag, spec(spec), c.type().name());
    }

    static String formatStr(String v, PyObject spec, String typeName) {
        String s = spec(spec);
        return s.isEmpty() ? v : BuiltinFormat.formatStr(v, s, typeName);
    }
}
