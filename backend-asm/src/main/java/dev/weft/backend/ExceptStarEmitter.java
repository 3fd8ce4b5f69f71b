package dev.weft.backend;

import dev.weft.ir.instr.ExceptStarMatch;
import dev.weft.ir.instr.PrepReraiseStar;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * {@code try}/{@code except*}'s instructions ({@code except_star_match},
 * {@code prep_reraise_star}): calls into the runtime's {@code ExceptStarSupport}.
 */
final class ExceptStarEmitter {
    private static final String SUPPORT = Abi.RT + "link/ExceptStarSupport";

    private final FunctionEmitter fe;
    private final MethodVisitor mv;

    ExceptStarEmitter(FunctionEmitter fe) {
        this.fe = fe;
        this.mv = fe.mv;
    }

    void match(ExceptStarMatch i) {
        fe.load(i.exception);
        fe.load(i.type);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "match", "(" + Abi.OBJ + Abi.OBJ + ")" + Abi.OBJS, false);
        mv.visitInsn(Opcodes.DUP);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitInsn(Opcodes.AALOAD);
        fe.store(i.match);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.AALOAD);
        fe.store(i.rest);
    }

    void prepReraise(PrepReraiseStar i) {
        fe.load(i.original);
        fe.load(i.raised);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, SUPPORT, "prepReraise", "(" + Abi.OBJ + Abi.OBJ + ")" + Abi.OBJ,
                false);
        fe.store(i.result);
    }
}
