package dev.weft.runtime.math;

/**
 * An unevaluated sum {@code hi + lo} of two doubles with {@code |lo| <= ulp(hi)/2}: about 106
 * bits of precision. The correctly rounded functions compute in it and round once at the end.
 * Exact products use {@link Math#fma}, so no operand range restriction applies except
 * underflow of the low part.
 */
final class DoubleDouble {
    final double hi;
    final double lo;

    DoubleDouble(double hi, double lo) {
        this.hi = hi;
        this.lo = lo;
    }

    static DoubleDouble of(double x) {
        return new DoubleDouble(x, 0.0);
    }

    /** The nearest double to hi + lo. */
    double value() {
        return hi + lo;
    }

    static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return new DoubleDouble(s, err);
    }

    private static DoubleDouble fastTwoSum(double a, double b) {
        double s = a + b;
        return new DoubleDouble(s, b - (s - a));
    }

    static DoubleDouble twoProd(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    DoubleDouble add(DoubleDouble o) {
        DoubleDouble s = twoSum(hi, o.hi);
        DoubleDouble t = twoSum(lo, o.lo);
        double c = s.lo + t.hi;
        DoubleDouble v = fastTwoSum(s.hi, c);
        return fastTwoSum(v.hi, t.lo + v.lo);
    }

    DoubleDouble add(double o) {
        DoubleDouble s = twoSum(hi, o);
        return fastTwoSum(s.hi, s.lo + lo);
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble sub(DoubleDouble o) {
        return add(o.negate());
    }

    DoubleDouble mul(DoubleDouble o) {
        DoubleDouble p = twoProd(hi, o.hi);
        double t = p.lo + (hi * o.lo + lo * o.hi);
        return fastTwoSum(p.hi, t);
    }

    DoubleDouble mul(double o) {
        DoubleDouble p = twoProd(hi, o);
        return fastTwoSum(p.hi, p.lo + lo * o);
    }

    /** Multiplication by a power of two: exact barring overflow and underflow. */
    DoubleDouble scale(double powerOfTwo) {
        return new DoubleDouble(hi * powerOfTwo, lo * powerOfTwo);
    }

    DoubleDouble div(DoubleDouble o) {
        double q1 = hi / o.hi;
        DoubleDouble r = sub(o.mul(q1));
        double q2 = r.hi / o.hi;
        r = r.sub(o.mul(q2));
        double q3 = r.hi / o.hi;
        return fastTwoSum(q1, q2).add(q3);
    }

    DoubleDouble reciprocal() {
        return of(1.0).div(this);
    }

    DoubleDouble sqrt() {
        if (hi <= 0) {
            return of(Math.sqrt(hi));
        }
        double s = Math.sqrt(hi);
        DoubleDouble r = sub(twoProd(s, s));
        return fastTwoSum(s, r.hi / (2 * s));
    }

    @Override
    public String toString() {
        return hi + " + " + lo;
    }
}
