package dev.weft.backend;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves every dynamic constant of the class in its static initialiser. HotSpot's JIT
 * compilers give up on a method that loads a dynamic constant not yet resolved (C1: "could
 * not resolve a constant", C2: "cannot parse method"), so a function with a branch not taken
 * yet (an error path, a rare case) would stay interpreted for ever. Resolving constants has no
 * side effects (they are immutable values built from the class file), so doing it up front
 * changes nothing but when the work is done.
 */
final class EagerConstants extends ClassVisitor {
    /** ldc_w + pop is 4 bytes: keep each resolving method far below the 64 KB limit. */
    private static final int PER_METHOD = 4000;
    static final String RESOLVE_METHOD = "weft$resolve$";

    private final String owner;
    private final Set<ConstantDynamic> constants = new LinkedHashSet<>();

    EagerConstants(ClassVisitor next, String owner) {
        super(Opcodes.ASM9, next);
        this.owner = owner;
    }

    /** The dynamic constants the class loads, in first-use order. */
    List<ConstantDynamic> constants() {
        return new ArrayList<>(constants);
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
            @Override
            public void visitLdcInsn(Object value) {
                if (value instanceof ConstantDynamic c) {
                    constants.add(c);
                }
                super.visitLdcInsn(value);
            }
        };
    }

    @Override
    public void visitEnd() {
        List<ConstantDynamic> all = new ArrayList<>(constants);
        int parts = (all.size() + PER_METHOD - 1) / PER_METHOD;
        for (int p = 0; p < parts; p++) {
            MethodVisitor mv = super.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, RESOLVE_METHOD + p, "()V",
                    null, null);
            mv.visitCode();
            for (ConstantDynamic c : all.subList(p * PER_METHOD, Math.min(all.size(), (p + 1) * PER_METHOD))) {
                mv.visitLdcInsn(c);
                mv.visitInsn(Opcodes.POP);
            }
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        if (parts > 0) {
            MethodVisitor mv = super.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
            mv.visitCode();
            for (int p = 0; p < parts; p++) {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, RESOLVE_METHOD + p, "()V", false);
            }
            mv.visitInsn(Opcodes.RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        super.visitEnd();
    }
}
