package dev.weft.backend;

import dev.weft.backend.ArithmeticUnits.Leaf;
import dev.weft.backend.ArithmeticUnits.Node;
import dev.weft.backend.ArithmeticUnits.Op;
import dev.weft.backend.ArithmeticUnits.Unit;
import dev.weft.frontend.ast.Operator;
import dev.weft.ir.Const;
import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.instr.BinaryOp;
import dev.weft.ir.instr.Compare;
import dev.weft.ir.instr.UnaryOp;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits an {@link ArithmeticUnits.Unit}: for each fast path it has (longs, then doubles), a
 * guard that every non-constant operand is an exact int fitting a long (exact float), the
 * tree computed in JVM {@code long}/{@code double} locals past the frame's slots (each step
 * that may not be plain arithmetic checks the runtime's {@code FastArith} sentinel and leaves
 * for the next path), and one box of the result (or a branch on a comparison). The unit's own
 * instructions follow as the fallback, which every failed guard or sentinel reaches with an
 * empty operand stack: they compute the same value with the boxed operators, raising what
 * CPython raises (overflow to big ints, ZeroDivisionError, complex powers, ...). The fast
 * paths neither raise nor store the intermediate temporaries, which only the unit reads.
 */
final class FusedArithmetic {
    private enum Kind { LONG, DOUBLE }

    private final FunctionEmitter fe;
    private final MethodVisitor mv;
    private final FrameLayout layout;
    private final InstrVisitor<Void> instructions;
    /** The next free scratch local of the path being emitted. */
    private int nextLocal;
    /** The scratch local holding each distinct leaf's unboxed value (by variable, or temporary index), for the path being emitted. */
    private final Map<Object, Integer> leafLocals = new HashMap<>();

    FusedArithmetic(FunctionEmitter fe, InstrVisitor<Void> instructions) {
        this.fe = fe;
        this.mv = fe.mv;
        this.layout = fe.layout;
        this.instructions = instructions;
    }

    void emit(Unit u, List<Instr> instrs) {
        Label done = new Label();
        fe.lineAt(fe.module.positions.lineOf(instrs.get(u.root().index())), false);
        if (u.longPath()) {
            Label next = new Label();
            emitPath(u, Kind.LONG, next, done);
            mv.visitLabel(next);
        }
        if (u.doublePath()) {
            Label next = new Label();
            emitPath(u, Kind.DOUBLE, next, done);
            mv.visitLabel(next);
        }
        for (int i = u.start(); i <= u.end(); i++) {
            Unit nested = nestedAt(u, i);
            if (nested != null) {
                emit(nested, instrs);
                i = nested.end();
                continue;
            }
            Instr in = instrs.get(i);
            fe.lineAt(fe.module.positions.lineOf(in), false); // the synthetic line of its span (tracebacks)
            in.accept(instructions);
            fe.clearDeadTemps(in);
        }
        mv.visitLabel(done);
        fe.resetLine();
        if (u.branch() == null) {
            for (int i = u.start(); i <= u.end(); i++) {
                fe.clearDeadTemps(instrs.get(i));
            }
        }
    }

    private static Unit nestedAt(Unit u, int index) {
        for (Unit n : u.nested()) {
            if (n.start() == index) {
                return n;
            }
        }
        return null;
    }

    private void emitPath(Unit u, Kind kind, Label bail, Label done) {
        nextLocal = layout.slotCount;
        leafLocals.clear();
        guard(u.root(), kind, bail);
        Op root = u.root();
        if (root.instr() instanceof Compare c) {
            int[] locals = computeOperands(root, kind, bail);
            pushOperand(root, 0, locals, kind);
            pushOperand(root, 1, locals, kind);
            String name = switch (c.op) {
                case LT -> "lt";
                case LT_E -> "le";
                case EQ -> "eq";
                case NOT_EQ -> "ne";
                case GT -> "gt";
                default -> "ge";
            };
            String t = kind == Kind.LONG ? "J" : "D";
            fastArith(name, "(" + t + t + ")Z");
            if (u.branch() != null) {
                fe.branchOnInt(u.branch().ifTrue, u.branch().ifFalse);
                return;
            }
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.PY_BOOL, "of", "(Z)L" + Abi.PY_BOOL + ";", false);
            fe.store(c.result);
        } else {
            int r = compute(root, kind, bail);
            if (kind == Kind.LONG) {
                mv.visitVarInsn(Opcodes.LLOAD, r);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.PY_INT, "of", "(J)L" + Abi.PY_INT + ";", false);
            } else {
                mv.visitVarInsn(Opcodes.DLOAD, r);
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.PY_FLOAT, "of", "(D)L" + Abi.PY_FLOAT + ";", false);
            }
            fe.store(root.instr().defs().get(0));
        }
        mv.visitJumpInsn(Opcodes.GOTO, done);
    }

    /** Every non-constant leaf is of the path's kind (else on to {@code bail}): its value unboxed into a scratch local, once. */
    private void guard(Node n, Kind kind, Label bail) {
        if (n instanceof Leaf l) {
            if (l.operand() instanceof Const || leafLocals.containsKey(key(l))) {
                return;
            }
            pushObject(l);
            fastArith(kind == Kind.LONG ? "isLong" : "isDouble", "(" + Abi.OBJ + ")Z");
            mv.visitJumpInsn(Opcodes.IFEQ, bail);
            pushObject(l);
            int local = nextLocal;
            nextLocal += 2;
            if (kind == Kind.LONG) {
                fastArith("longValue", "(" + Abi.OBJ + ")J");
                mv.visitVarInsn(Opcodes.LSTORE, local);
            } else {
                fastArith("doubleValue", "(" + Abi.OBJ + ")D");
                mv.visitVarInsn(Opcodes.DSTORE, local);
            }
            leafLocals.put(key(l), local);
            return;
        }
        for (Node m : ((Op) n).operands()) {
            guard(m, kind, bail);
        }
    }

    private int[] computeOperands(Op op, Kind kind, Label bail) {
        List<Node> operands = op.operands();
        int[] locals = new int[operands.size()];
        for (int i = 0; i < locals.length; i++) {
            locals[i] = operands.get(i) instanceof Op child ? compute(child, kind, bail) : -1;
        }
        return locals;
    }

    private void pushOperand(Op op, int i, int[] locals, Kind kind) {
        if (locals[i] >= 0) {
            mv.visitVarInsn(kind == Kind.LONG ? Opcodes.LLOAD : Opcodes.DLOAD, locals[i]);
        } else {
            pushPrimitive((Leaf) op.operands().get(i), kind);
        }
    }

    /** Computes an operator node into a new scratch local and returns it. */
    private int compute(Op op, Kind kind, Label bail) {
        int[] locals = computeOperands(op, kind, bail);
        for (int i = 0; i < locals.length; i++) {
            pushOperand(op, i, locals, kind);
        }
        boolean mayBail = kind == Kind.LONG ? applyLong(op.instr()) : applyDouble(op.instr());
        int r = nextLocal;
        nextLocal += 2;
        if (kind == Kind.LONG) {
            mv.visitVarInsn(Opcodes.LSTORE, r);
            if (mayBail) {
                mv.visitVarInsn(Opcodes.LLOAD, r);
                mv.visitLdcInsn(Long.MIN_VALUE); // FastArith.BAIL
                mv.visitInsn(Opcodes.LCMP);
                mv.visitJumpInsn(Opcodes.IFEQ, bail);
            }
        } else {
            mv.visitVarInsn(Opcodes.DSTORE, r);
            if (mayBail) {
                mv.visitVarInsn(Opcodes.DLOAD, r);
                mv.visitVarInsn(Opcodes.DLOAD, r);
                mv.visitInsn(Opcodes.DCMPL); // NaN: not equal to itself
                mv.visitJumpInsn(Opcodes.IFNE, bail);
            }
        }
        return r;
    }

    /** Applies the operator to the longs on the stack; whether the result may be the sentinel. */
    private boolean applyLong(Instr in) {
        if (in instanceof UnaryOp u) {
            if (u.op == dev.weft.frontend.ast.UnaryOpKind.U_SUB) {
                fastArith("neg", "(J)J");
                return true;
            }
            mv.visitLdcInsn(-1L); // ~x
            mv.visitInsn(Opcodes.LXOR);
            return false;
        }
        Operator op = ((BinaryOp) in).op;
        switch (op) {
            case BIT_AND -> mv.visitInsn(Opcodes.LAND);
            case BIT_OR -> mv.visitInsn(Opcodes.LOR);
            case BIT_XOR -> mv.visitInsn(Opcodes.LXOR);
            default -> {
                String name = switch (op) {
                    case ADD -> "add";
                    case SUB -> "sub";
                    case MULT -> "mul";
                    case FLOOR_DIV -> "floorDiv";
                    case MOD -> "mod";
                    case L_SHIFT -> "lshift";
                    case R_SHIFT -> "rshift";
                    default -> throw new IllegalStateException("no long form of " + op);
                };
                fastArith(name, "(JJ)J");
                return true;
            }
        }
        return false;
    }

    /** Applies the operator to the doubles on the stack; whether the result may be the NaN sentinel. */
    private boolean applyDouble(Instr in) {
        if (in instanceof UnaryOp) {
            mv.visitInsn(Opcodes.DNEG);
            return false;
        }
        Operator op = ((BinaryOp) in).op;
        switch (op) {
            case ADD -> mv.visitInsn(Opcodes.DADD);
            case SUB -> mv.visitInsn(Opcodes.DSUB);
            case MULT -> mv.visitInsn(Opcodes.DMUL);
            default -> {
                String name = switch (op) {
                    case DIV -> "div";
                    case FLOOR_DIV -> "floorDiv";
                    case MOD -> "mod";
                    case POW -> "pow";
                    default -> throw new IllegalStateException("no double form of " + op);
                };
                fastArith(name, "(DD)D");
                return true;
            }
        }
        return false;
    }

    private void pushObject(Leaf l) {
        if (l.variable() != null) {
            fe.loadSlot(layout.slot(l.variable()));
        } else {
            fe.load(l.operand());
        }
    }

    private void pushPrimitive(Leaf l, Kind kind) {
        if (l.operand() instanceof Const c) {
            if (kind == Kind.LONG) {
                mv.visitLdcInsn(((BigInteger) c.value).longValue());
            } else if (c.value instanceof Double d) {
                mv.visitLdcInsn(d);
            } else {
                mv.visitLdcInsn(((BigInteger) c.value).doubleValue()); // |v| <= 2**53: exact
            }
            return;
        }
        mv.visitVarInsn(kind == Kind.LONG ? Opcodes.LLOAD : Opcodes.DLOAD, leafLocals.get(key(l)));
    }

    private static Object key(Leaf l) {
        return l.variable() != null ? l.variable() : (Object) ((dev.weft.ir.Temp) l.operand()).index;
    }

    private void fastArith(String name, String desc) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.FAST_ARITH, name, desc, false);
    }
}
