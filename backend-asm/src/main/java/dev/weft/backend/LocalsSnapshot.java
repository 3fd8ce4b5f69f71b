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

    /**
     * CPython's order (co_varnames, then cells, then free variables): parameters (positional,
     * keyword-only, *args, **kwargs), other locals in order of first use, then cell and free
     * variables.
     */
    static java.util.List<Variable> inSnapshotOrder(dev.weft.ir.IrFunction f) {
        java.util.List<String> params = new java.util.ArrayList<>();
        dev.weft.ir.IrFunction.Signature sig = f.signature();
        params.addAll(sig.positionalOnly());
        params.addAll(sig.positional());
        params.addAll(sig.keywordOnly());
        if (sig.varargs() != null) {
            params.add(sig.varargs());
        }
        if (sig.varkw() != null) {
            params.add(sig.varkw());
        }
        java.util.List<Variable> out = new java.util.ArrayList<>();
        for (String p : params) {
            for (Variable v : f.variables()) {
                if (v.name.equals(p) && inSnapshot(v)) {
                    out.add(v);
                }
            }
        }
        for (Variable.Storage kind : new Variable.Storage[] {Variable.Storage.LOCAL, Variable.Storage.CELL,
            Variable.Storage.FREE}) {
            for (Variable v : f.variables()) {
                if (v.storage == kind && inSnapshot(v) && !out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    private static boolean inSnapshot(Variable v) {
        return v.name.indexOf('@') < 0 && (v.storage == Variable.Storage.LOCAL || v.storage == Variable.Storage.CELL
                || v.storage == Variable.Storage.FREE);
    }

    /** Pushes the new dict. */
    static void emit(FunctionEmitter fe, MethodVisitor mv, FrameLayout layout) {
        mv.visitTypeInsn(Opcodes.NEW, Abi.PY_DICT);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, Abi.PY_DICT, "<init>", "()V", false);
        for (Variable v : inSnapshotOrder(fe.f)) {
            boolean cell = v.storage != Variable.Storage.LOCAL;
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
