package dev.weft.backend;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which expressions get unboxed fast paths ({@link ArithmeticUnits}, {@link FusedArithmetic}):
 * read from the calls the compiled function makes. What the fast paths compute is pinned by
 * the program {@code fused_arithmetic.py} (edge cases against CPython's output).
 */
class FusedArithmeticTest {
    /** The static calls (owner simple name + "." + method) the method for Python function {@code fn} makes, in order. */
    private static List<String> calls(String source, String fn) {
        List<String> out = new ArrayList<>();
        CompiledFunctions.visit(source, fn, () -> new MethodVisitor(Opcodes.ASM9) {
            @Override
            public void visitMethodInsn(int opcode, String owner, String mname, String desc, boolean itf) {
                out.add(owner.substring(owner.lastIndexOf('/') + 1) + "." + mname);
            }

            @Override
            public void visitInvokeDynamicInsn(String mname, String desc, org.objectweb.asm.Handle bsm,
                                               Object... args) {
                out.add("indy." + mname);
            }
        });
        return out;
    }

    private static long count(List<String> calls, String call) {
        return calls.stream().filter(call::equals).count();
    }

    @Test
    void anIntOrFloatTreeGetsALongAndADoublePathThenTheBoxedFallback() {
        List<String> c = calls("def poly(a, b, c):\n    return a * b + c\n", "poly");
        assertEquals(3, count(c, "FastArith.isLong"));
        assertEquals(3, count(c, "FastArith.isDouble"));
        assertEquals(1, count(c, "PyInt.of"));
        assertEquals(1, count(c, "PyFloat.of"));
        assertEquals(1, count(c, "indy.mul"));
        assertEquals(1, count(c, "indy.add"));
        assertTrue(c.indexOf("FastArith.isDouble") < c.indexOf("indy.mul"), "fast paths come before the fallback");
    }

    @Test
    void aFloatConstantDivisionOrPowerLeavesOnlyTheDoublePath() {
        for (String e : new String[] {"x * y + 0.5", "x / y + z", "x ** y * z"}) {
            List<String> c = calls("def f(x, y, z):\n    return " + e + "\n", "f");
            assertEquals(0, count(c, "FastArith.isLong"), e);
            assertTrue(count(c, "FastArith.isDouble") >= 2, e);
        }
    }

    @Test
    void theIntSubtreeUnderAFloatDivisionIsFusedInsideTheFallback() {
        List<String> c = calls("def r(i, j):\n    return 1.0 / (i * (i + 1) // 2 + j)\n", "r");
        int firstLong = c.indexOf("FastArith.isLong");
        assertTrue(firstLong > c.indexOf("PyFloat.of"), "long path of the subtree after the outer double path: " + c);
        assertTrue(firstLong < c.indexOf("indy.truediv"), c.toString());
    }

    @Test
    void aComparisonFeedingABranchBranchesWithoutABoolObject() {
        List<String> c = calls("def f(i, n):\n    while i < n:\n        i = g(i)\n    return i\n", "f");
        assertEquals(2, count(c, "FastArith.lt"), "long and double paths: " + c);
        assertEquals(0, count(c, "PyBool.of"), c.toString());
        assertEquals(1, count(c, "indy.lt"), "the fallback keeps the boxed comparison");
    }

    @Test
    void aComparisonWhoseValueIsKeptBoxesTheBool() {
        List<String> c = calls("def f(a, b):\n    return a * b < b - a\n", "f");
        assertEquals(2, count(c, "FastArith.lt"), c.toString());
        assertEquals(2, count(c, "PyBool.of"), c.toString());
    }

    @Test
    void variablesAssignedFloatOrIntConstantsPickTheOnePath() {
        List<String> f = calls("def f(n, y):\n    x = 0.0\n    x = x * y + n\n    return x\n", "f");
        assertEquals(0, count(f, "FastArith.isLong"), f.toString());
        assertTrue(f.contains("FastArith.isDouble"), f.toString());
        List<String> i = calls("def f(n, y):\n    x = 0\n    x = x * y + n\n    return x\n", "f");
        assertTrue(i.contains("FastArith.isLong"), i.toString());
        assertEquals(0, count(i, "FastArith.isDouble"), i.toString());
    }

    @Test
    void anIntConstantInTheTreePicksTheLongPath() {
        List<String> c = calls("def f(a, b):\n    return a * 2 < b + 1\n", "f");
        assertEquals(1, count(c, "FastArith.lt"), c.toString());
        assertEquals(0, count(c, "FastArith.isDouble"), c.toString());
    }

    @Test
    void otherwiseTheFunctionsFloatCodePicksTheDoublePath() {
        // advance-like: dx * b (no constant) in a function that also computes with ** and a float
        List<String> c = calls("def f(dx, b, m):\n    m = m * b * (dx ** -1.5)\n    return dx * b + m\n", "f");
        assertEquals(0, count(c, "FastArith.isLong"), c.toString());
        assertEquals(2, count(c, "PyFloat.of"), c.toString());
    }

    @Test
    void eachLeafIsGuardedAndUnboxedOncePerPath() {
        List<String> c = calls("def f(x, y, z):\n    return x * x + y * y + z * z\n", "f");
        assertEquals(3, count(c, "FastArith.isDouble"), c.toString());
        assertEquals(3, count(c, "FastArith.doubleValue"), c.toString());
    }

    @Test
    void singleOperatorsModuleCodeAndOtherConstantsAreNotFused() {
        assertFalse(calls("def f(a):\n    return a + 1\n", "f").contains("FastArith.isLong"));
        assertFalse(calls("def f(a):\n    return a * 2 + 'x'\n", "f").contains("FastArith.isLong"));
        assertFalse(calls("def f(a):\n    return a * 2 + True\n", "f").contains("FastArith.isLong"));
        assertFalse(calls("def f(a):\n    return a @ 2 + 1\n", "f").contains("FastArith.isLong"));
        assertFalse(calls("a = 3\nb = a * a + 1\n", "$module").contains("FastArith.isLong"));
    }

    @Test
    void aCallBetweenOperatorsEndsTheTree() {
        // a * b + g(): the product is its own one-operator tree (g() must run after it, not before)
        List<String> c = calls("def f(a, b):\n    return a * b + g()\n", "f");
        assertFalse(c.contains("FastArith.isLong"), c.toString());
    }

    @Test
    void bitwiseTreesHaveOnlyALongPath() {
        List<String> c = calls("def f(a, b):\n    return (a << b) | ~a & 255\n", "f");
        assertTrue(c.contains("FastArith.isLong"));
        assertFalse(c.contains("FastArith.isDouble"));
    }
}
