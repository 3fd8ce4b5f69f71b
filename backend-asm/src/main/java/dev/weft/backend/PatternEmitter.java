package dev.weft.backend;

import dev.weft.ir.instr.GetLen;
import dev.weft.ir.instr.MatchClass;
import dev.weft.ir.instr.MatchKeys;
import dev.weft.ir.instr.MatchShape;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The {@code match} statement's instructions ({@code match_class}, {@code match_keys},
 * {@code match_shape}, {@code len}): each is one call into the runtime's
 * {@code PatternSupport}.
 */
final class PatternEmitter {
    private static final String SUPPORT = Abi.RT + "link/PatternSupport";

    private final FunctionEmitter fe;
    private final MethodVisitor mv;

    PatternEmitter(FunctionEmitter fe) {
        this.fe = fe;
        this.mv = fe.mv;
    }

    private void invoke(String name, String desc) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, name, desc, false);
    }

    void len(GetLen i) {
        fe.load(i.object);
        invoke("len", "(" + Abi.OBJ + ")" + Abi.OBJ);
        fe.store(i.result);
    }

    void matchClass(MatchClass i) {
        fe.load(i.subject);
        fe.load(i.cls);
        InstructionEmitter.pushInt(mv, i.positional);
        InstructionEmitter.pushInt(mv, i.keywords.size());
        mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
        for (int k = 0; k < i.keywords.size(); k++) {
            mv.visitInsn(Opcodes.DUP);
            InstructionEmitter.pushInt(mv, k);
            mv.visitLdcInsn(i.keywords.get(k));
            mv.visitInsn(Opcodes.AASTORE);
        }
        invoke("matchClass", "(" + Abi.OBJ + Abi.OBJ + "I[" + Abi.STR + ")" + Abi.OBJ);
        fe.store(i.result);
    }

    void matchKeys(MatchKeys i) {
        fe.load(i.subject);
        fe.load(i.keys);
        invoke("matchKeys", "(" + Abi.OBJ + Abi.OBJ + ")" + Abi.OBJ);
        fe.store(i.result);
    }

    void matchShape(MatchShape i) {
        fe.load(i.subject);
        invoke(i.shape == MatchShape.Shape.SEQUENCE ? "isSequence" : "isMapping", "(" + Abi.OBJ + ")Z");
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.PY_BOOL, "of", "(Z)L" + Abi.PY_BOOL + ";", false);
        fe.store(i.result);
    }
}
