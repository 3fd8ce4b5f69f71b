package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;

/** {@code complex}: a pair of doubles. */
public final class PyComplex extends PyObject {
    public static final PyType TYPE = new PyType("complex", PyComplex.class, PyType.OBJECT,
            ComplexMethods::define, PyType.BASETYPE | PyType.IMMUTABLE);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public static PyComplex add(PyComplex a, PyComplex b) {
        return new PyComplex(a.real + b.real, a.imag + b.imag);
    }

    public static PyComplex sub(PyComplex a, PyComplex b) {
        return new PyComplex(a.real - b.real, a.imag - b.imag);
    }

    public static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** CPython's algorithm (Smith's method with scaling), including its ZeroDivisionError. */
    public static PyComplex div(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real), absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                throw Errors.zeroDivision("division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        } else if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    public static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.real == 0.0 && b.imag == 0.0) {
            return new PyComplex(1.0, 0.0);
        }
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) {
                throw Errors.zeroDivision("0.0 to a negative or complex power");
            }
            return new PyComplex(0.0, 0.0);
        }
        if (b.imag == 0.0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100.0) {
            // As CPython: small integral exponents by repeated squaring, so (1+1j)**8 is exact.
            return checkOverflow(powInt(a, (long) b.real));
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return checkOverflow(new PyComplex(len * Math.cos(phase), len * Math.sin(phase)));
    }

    private static PyComplex checkOverflow(PyComplex r) {
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) {
            throw Errors.overflowError("complex exponentiation");
        }
        return r;
    }

    private static PyComplex powInt(PyComplex x, long n) {
        return n > 0 ? powUnsigned(x, n) : div(new PyComplex(1.0, 0.0), powUnsigned(x, -n));
    }

    private static PyComplex powUnsigned(PyComplex x, long n) {
        PyComplex r = new PyComplex(1.0, 0.0);
        PyComplex p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = mul(r, p);
            }
            p = mul(p, p);
        }
        return r;
    }

    public double abs() {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) {
            return Double.POSITIVE_INFINITY;
        }
        double r = Math.hypot(real, imag);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("absolute value too large");
        }
        return r;
    }

    public long hash() {
        long hr = FloatMath.hash(real), hi = FloatMath.hash(imag);
        long h = hr + 1000003L * hi;
        return h == -1 ? -2 : h;
    }

    public String repr() {
        return FloatRepr.complexRepr(real, imag);
    }
}
