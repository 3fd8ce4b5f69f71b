package dev.weft.backend;

import dev.weft.ir.Variable;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Emits a snapshot of a function's variables as a new dict (for {@code bind_locals}): each bound
 * LOCAL, then each CELL/FREE variable whose cell holds a value, under its Python name. Variables
 * of inlined comprehensions (named {@code x@N}) are the comprehension's own and are left out.
 */
final class LocalsSnapshot {
    private LocalsSnapshot() { }

    /** Pushes the new dict. */
    static void emit(FunctionEmitter fe, MethodVisitor mv, FrameLayout layout) {
        mv.visitTypeInsn(Opcodes.NEW, Abi.PY_DICT);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, Abi.PY_DICT, "<init>", "()V", false);
        for (Variable v : fe.f.variables()) {
            if (v.name.indexOf('@') >= 0) {
                continue;
            }
            boolean cell = v.storage == Variable.Storage.CELL || v.storage == Variable.Storage.FREE;
            if (v.storage != Variable.Storage.LOCAL && !cell) {
                continue;
            }
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn(Constants.name(v.name));
            if (cell) {
                fe.loadCellSlot(layout.slot(v));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.LOCALS_SUPPORT, "putCell",
                        "(" + Abi.DICT + Abi.PYSTR + Abi.CELL + ")V", false);
            } else {
                fe.loadSlot(layout.slot(v));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.LOCALS_SUPPORT, "putIfBound",
                        "(" + Abi.DICT + Abi.PYSTR + Abi.OBJ + ")V", false);
            }
        }
    }
}
