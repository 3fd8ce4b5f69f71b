package dev.weft.backend;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a generator spills at each yield ({@link YieldLiveness}): its variables, then only the
 * temporaries live across that yield. Read from the size of the array each {@code suspend}
 * call receives. That the right values come back is pinned by the corpus program
 * {@code lang/generator_live_temps.py}.
 */
class YieldSpillTest {
    /** The sizes of the arrays passed to {@code GeneratorFrame.suspend} by Python function {@code fn}, in order. */
    private static List<Integer> spillSizes(String source, String fn) {
        List<Integer> out = new ArrayList<>();
        CompiledFunctions.visit(source, fn, () -> new MethodVisitor(Opcodes.ASM9) {
            int lastInt = -1;
            int lastArray = -1;

            @Override
            public void visitInsn(int opcode) {
                if (opcode >= Opcodes.ICONST_0 && opcode <= Opcodes.ICONST_5) {
                    lastInt = opcode - Opcodes.ICONST_0;
                }
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                lastInt = operand;
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                if (opcode == Opcodes.ANEWARRAY) {
                    lastArray = lastInt;
                }
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String mname, String desc, boolean itf) {
                if (mname.equals("suspend")) {
                    out.add(lastArray);
                }
            }
        });
        return out;
    }

    @Test
    void aYieldInALoopSpillsTheVariablesAndTheLoopsIteratorOnly() {
        // variables xs, x; the iterator of the for loop is the one temporary live across
        assertEquals(List.of(3), spillSizes("def g(xs):\n    for x in xs:\n        yield x * 2 + 1\n", "g"));
    }

    @Test
    void aTemporaryHoldingTheLeftOperandIsSpilledOnlyAtTheYieldItSpans() {
        // variables a, b; `a + (yield 1)`: a's loaded value waits in a temporary across the first
        // yield; no temporary waits across the second
        assertEquals(List.of(3, 2), spillSizes("def g(a):\n    b = a + (yield 1)\n    yield b\n", "g"));
    }
}
