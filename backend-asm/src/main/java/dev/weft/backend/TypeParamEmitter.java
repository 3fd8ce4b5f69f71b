package dev.weft.backend;

import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.instr.Intrinsic;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The PEP 695 intrinsics ({@code intrinsic}): generic functions, classes and type aliases.
 * Each is a call into the runtime's {@code TypeParamSupport}, whose method is named after the
 * intrinsic; {@code LOAD_LOCALS} pushes the running class body's namespace.
 */
final class TypeParamEmitter {
    private static final String SUPPORT = Abi.RT + "link/TypeParamSupport";

    private final FunctionEmitter fe;
    private final MethodVisitor mv;

    TypeParamEmitter(FunctionEmitter fe) {
        this.fe = fe;
        this.mv = fe.mv;
    }

    void intrinsic(Intrinsic i) {
        switch (i.function) {
            case LOAD_LOCALS -> {
                if (fe.f.kind() != IrFunction.Kind.CLASS_BODY) {
                    throw new IllegalStateException("LOAD_LOCALS outside a class body in " + fe.f.qualname());
                }
                mv.visitVarInsn(Opcodes.ALOAD, fe.layout.namespaceSlot);
            }
            case TYPEVAR -> call("typeVar", i, false);
            case TYPEVAR_WITH_BOUND -> call("typeVarWithBound", i, false);
            case TYPEVAR_WITH_CONSTRAINTS -> call("typeVarWithConstraints", i, false);
            case PARAMSPEC -> call("paramSpec", i, false);
            case TYPEVARTUPLE -> call("typeVarTuple", i, false);
            case SET_TYPEPARAM_DEFAULT -> call("setTypeParamDefault", i, false);
            case SET_FUNCTION_TYPE_PARAMS -> call("setFunctionTypeParams", i, false);
            case SUBSCRIPT_GENERIC -> call("subscriptGeneric", i, false);
            // The alias's __module__ is the running code's globals' __name__.
            case TYPEALIAS -> call("typeAlias", i, true);
        }
        fe.store(i.result);
    }

    private void call(String method, Intrinsic i, boolean withGlobals) {
        StringBuilder desc = new StringBuilder("(");
        for (Operand o : i.args) {
            fe.load(o);
            desc.append(Abi.OBJ);
        }
        if (withGlobals) {
            mv.visitVarInsn(Opcodes.ALOAD, fe.layout.globalsSlot);
            desc.append(Abi.DICT);
        }
        desc.append(')').append(Abi.OBJ);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, method, desc.toString(), false);
    }
}
