package dev.weft.backend;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EagerConstantsTest {
    /** Dynamic constants loaded by the functions' methods, and those the static initialiser resolves. */
    private static final class Loads extends ClassVisitor {
        final Set<String> inFunctions = new HashSet<>();
        final Set<String> resolved = new HashSet<>();
        boolean hasClinit;

        Loads() {
            super(Opcodes.ASM9);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] exc) {
            hasClinit |= name.equals("<clinit>");
            Set<String> into = name.startsWith(EagerConstants.RESOLVE_METHOD) ? resolved : inFunctions;
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof ConstantDynamic c) {
                        into.add(c.toString());
                    }
                }
            };
        }
    }

    @Test
    void constantsOnlyAnUntakenBranchLoadsAreResolvedByTheStaticInitialiser() {
        String source = "def f(n):\n    if n < 0:\n        return 'negative' + str(12345678901234567890)\n"
                + "    return n * 2.5\n";
        byte[] bytes = SourceCompiler.compile(source.getBytes(StandardCharsets.UTF_8), "m.py", "m", false).bytes();
        Loads loads = new Loads();
        new ClassReader(bytes).accept(loads, 0);
        assertTrue(loads.hasClinit);
        assertFalse(loads.inFunctions.isEmpty());
        assertEquals(loads.inFunctions, loads.resolved);
    }
}
