package dev.weft.runtime.math;

/** A Python complex value: real and imaginary parts as doubles. */
public record Complex(double real, double imag) {
    Complex negate() {
        return new Complex(-real, -imag);
    }
}
