package dev.weft.backend;

import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Variable;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Loads, stores and deletes of variables by storage: LOCAL in a JVM local (null = unbound),
 * CELL/FREE through the {@code PyCell} in a JVM local, GLOBAL in the function's globals dict,
 * NAME in the class namespace (module code: globals), CLASS_FREE namespace-then-cell,
 * CLASS_GLOBAL namespace-then-globals (the namespace of an annotation scope is its class's
 * {@code __classdict__}).
 */
final class VariableAccess {
    private final FunctionEmitter fe;
    private final MethodVisitor mv;
    private final FrameLayout layout;

    VariableAccess(FunctionEmitter fe) {
        this.fe = fe;
        this.mv = fe.mv;
        this.layout = fe.layout;
    }

    private boolean namespaceIsGlobals() {
        return !fe.f.namespaceInFrame();
    }

    /** Pushes the variable's value. */
    void load(Variable v) {
        switch (v.storage) {
            case LOCAL -> {
                fe.loadSlot(layout.slot(v));
                if (!fe.alwaysBound.contains(v)) {
                    Label ok = new Label();
                    mv.visitInsn(Opcodes.DUP);
                    mv.visitJumpInsn(Opcodes.IFNONNULL, ok);
                    mv.visitInsn(Opcodes.POP);
                    throwUnbound("unboundLocal", v.name);
                    mv.visitLabel(ok);
                }
            }
            case CELL, FREE -> {
                fe.loadCellSlot(layout.slot(v));
                mv.visitLdcInsn(v.name);
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Abi.PY_CELL,
                        v.storage == Variable.Storage.CELL ? "getLocal" : "getFree",
                        "(" + Abi.STR + ")" + Abi.OBJ, false);
            }
            case CLASS_FREE -> {
                loadClassNamespace();
                fe.loadCellSlot(layout.slot(v));
                mv.visitLdcInsn(Constants.name(v.name));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.NAMES, "loadClassFree",
                        "(" + Abi.OBJ + Abi.CELL + Abi.PYSTR + ")" + Abi.OBJ, false);
            }
            case CLASS_GLOBAL -> {
                loadClassNamespace();
                mv.visitVarInsn(Opcodes.ALOAD, layout.globalsSlot);
                mv.visitLdcInsn(Constants.name(v.name));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.NAMES, "loadClassGlobal",
                        "(" + Abi.OBJ + Abi.DICT + Abi.PYSTR + ")" + Abi.OBJ, false);
            }
            case GLOBAL -> {
                mv.visitVarInsn(Opcodes.ALOAD, layout.globalsSlot);
                if (fe.module.execCode) {
                    // exec'd code honours its globals' __builtins__ (Names.loadGlobalInExec)
                    mv.visitLdcInsn(Constants.name(v.name));
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.NAMES, "loadGlobalInExec",
                            "(" + Abi.DICT + Abi.PYSTR + ")" + Abi.OBJ, false);
                } else {
                    // The site caches where the name was found (runtime GlobalSite).
                    mv.visitInvokeDynamicInsn("loadGlobal", "(" + Abi.DICT + ")" + Abi.OBJ, Abi.LOAD_GLOBAL, v.name);
                }
            }
            case NAME -> {
                if (namespaceIsGlobals()) {
                    load(new Variable(v.name, Variable.Storage.GLOBAL, v.index));
                    return;
                }
                mv.visitVarInsn(Opcodes.ALOAD, layout.namespaceSlot);
                mv.visitVarInsn(Opcodes.ALOAD, layout.globalsSlot);
                mv.visitLdcInsn(Constants.name(v.name));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.NAMES, "loadName",
                        "(" + Abi.OBJ + Abi.DICT + Abi.PYSTR + ")" + Abi.OBJ, false);
            }
        }
    }

    /**
     * Pushes the class namespace CLASS_FREE and CLASS_GLOBAL loads look in first: a class
     * body's own namespace, or in an annotation scope the value of its {@code __classdict__}
     * free variable (set by the class body before any annotation scope runs).
     */
    private void loadClassNamespace() {
        if (fe.f.kind() == IrFunction.Kind.CLASS_BODY) {
            mv.visitVarInsn(Opcodes.ALOAD, layout.namespaceSlot);
            return;
        }
        for (Variable c : fe.f.variables()) {
            if (c.name.equals("__classdict__")
                    && (c.storage == Variable.Storage.FREE || c.storage == Variable.Storage.CELL)) {
                fe.loadCellSlot(layout.slot(c));
                mv.visitFieldInsn(Opcodes.GETFIELD, Abi.PY_CELL, "value", Abi.OBJ);
                return;
            }
        }
        throw new IllegalStateException("no __classdict__ for a class-scoped load in " + fe.f.qualname());
    }

    void store(Variable v, Operand value) {
        switch (v.storage) {
            case LOCAL -> {
                fe.load(value);
                fe.storeSlot(layout.slot(v));
            }
            case CELL, FREE, CLASS_FREE -> {
                fe.loadCellSlot(layout.slot(v));
                fe.load(value);
                mv.visitFieldInsn(Opcodes.PUTFIELD, Abi.PY_CELL, "value", Abi.OBJ);
            }
            case GLOBAL -> storeGlobal(v.name, value);
            case NAME -> {
                if (namespaceIsGlobals()) {
                    storeGlobal(v.name, value);
                    return;
                }
                mv.visitVarInsn(Opcodes.ALOAD, layout.namespaceSlot);
                mv.visitLdcInsn(Constants.name(v.name));
                fe.load(value);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.NAMES, "storeName",
                        "(" + Abi.OBJ + Abi.PYSTR + Abi.OBJ + ")V", false);
            }
        }
    }

    private void storeGlobal(String name, Operand value) {
        mv.visitVarInsn(Opcodes.ALOAD, layout.globalsSlot);
        mv.visitLdcInsn(Constants.name(name));
        fe.load(value);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.NAMES, "storeGlobal",
                "(" + Abi.DICT + Abi.PYSTR + Abi.OBJ + ")V", false);
    }

    void delete(Variable v) {
        switch (v.storage) {
            case LOCAL -> {
                Label ok = new Label();
                fe.loadSlot(layout.slot(v));
                mv.visitJumpInsn(Opcodes.IFNONNULL, ok);
                throwUnbound("unboundLocal", v.name);
                mv.visitLabel(ok);
                mv.visitInsn(Opcodes.ACONST_NULL);
                fe.storeSlot(layout.slot(v));
            }
            case CELL, FREE, CLASS_FREE -> {
                Label ok = new Label();
                fe.loadCellSlot(layout.slot(v));
                mv.visitFieldInsn(Opcodes.GETFIELD, Abi.PY_CELL, "value", Abi.OBJ);
                mv.visitJumpInsn(Opcodes.IFNONNULL, ok);
                throwUnbound(v.storage == Variable.Storage.CELL ? "unboundLocal" : "unboundFree", v.name);
                mv.visitLabel(ok);
                fe.loadCellSlot(layout.slot(v));
                mv.visitInsn(Opcodes.ACONST_NULL);
                mv.visitFieldInsn(Opcodes.PUTFIELD, Abi.PY_CELL, "value", Abi.OBJ);
            }
            case GLOBAL -> {
                mv.visitVarInsn(Opcodes.ALOAD, layout.globalsSlot);
                mv.visitLdcInsn(Constants.name(v.name));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.NAMES, "deleteGlobal", "(" + Abi.DICT + Abi.PYSTR + ")V",
                        false);
            }
            case NAME -> {
                if (namespaceIsGlobals()) {
                    delete(new Variable(v.name, Variable.Storage.GLOBAL, v.index));
                    return;
                }
                mv.visitVarInsn(Opcodes.ALOAD, layout.namespaceSlot);
                mv.visitLdcInsn(Constants.name(v.name));
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.NAMES, "deleteName", "(" + Abi.OBJ + Abi.PYSTR + ")V",
                        false);
            }
        }
    }

    private void throwUnbound(String factory, String name) {
        mv.visitLdcInsn(name);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.NAMES, factory, "(" + Abi.STR + ")" + Abi.PYEXC, false);
        mv.visitInsn(Opcodes.ATHROW);
    }
}
