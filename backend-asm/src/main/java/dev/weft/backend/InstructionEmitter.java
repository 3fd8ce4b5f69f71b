package dev.weft.backend;

import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.ir.BasicBlock;
import dev.weft.ir.Const;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;
import dev.weft.ir.instr.*;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.List;

/**
 * Emits each IR instruction: operands are loaded from their slots (or as constants), the
 * result stored to its temporary's slot, so the operand stack is empty between instructions
 * (which is what lets a generator suspend at any yield).
 */
final class InstructionEmitter implements InstrVisitor<Void> {
    /** Iterator classes a for-loop calls directly (see {@link #visitForIter}); the rest go through Values.next. */
    private static final String[] DIRECT_ITERATORS = {Abi.LIST_ITER, Abi.RANGE_ITER, Abi.ARRAY_ITER, Abi.PY_GENERATOR};

    /** Calls with more arguments than this pass them in an array. */
    private static final int MAX_SPREAD_ARGS = 16;

    private final FunctionEmitter fe;
    private final MethodVisitor mv;
    private final FrameLayout layout;
    private final VariableAccess vars;
    private final PatternEmitter patterns;
    private final ExceptStarEmitter exceptStar;
    private final TypeParamEmitter typeParams;

    InstructionEmitter(FunctionEmitter fe) {
        this.fe = fe;
        this.mv = fe.mv;
        this.layout = fe.layout;
        this.vars = new VariableAccess(fe);
        this.patterns = new PatternEmitter(fe);
        this.exceptStar = new ExceptStarEmitter(fe);
        this.typeParams = new TypeParamEmitter(fe);
    }

    static void pushInt(MethodVisitor mv, int v) {
        if (v >= -1 && v <= 5) {
            mv.visitInsn(Opcodes.ICONST_0 + v);
        } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.BIPUSH, v);
        } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
            mv.visitIntInsn(Opcodes.SIPUSH, v);
        } else {
            mv.visitLdcInsn(v);
        }
    }

    private void load(Operand o) {
        fe.load(o);
    }

    private void loadOrNull(Operand o) {
        if (o == null) {
            mv.visitInsn(Opcodes.ACONST_NULL);
        } else {
            load(o);
        }
    }

    private void store(Temp t) {
        fe.store(t);
    }

    private void invoke(String owner, String name, String desc) {
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, desc, false);
    }

    private void objectArray(List<Operand> items) {
        pushInt(mv, items.size());
        mv.visitTypeInsn(Opcodes.ANEWARRAY, Abi.PY_OBJECT);
        for (int i = 0; i < items.size(); i++) {
            mv.visitInsn(Opcodes.DUP);
            pushInt(mv, i);
            load(items.get(i));
            mv.visitInsn(Opcodes.AASTORE);
        }
    }

    private static String objs(int n) {
        return Abi.OBJ.repeat(n);
    }

    private void goTo(BasicBlock b) {
        fe.jumpTo(b);
    }

    // ---- variables ----

    @Override
    public Void visitCopy(Copy i) {
        load(i.source);
        store(i.result);
        return null;
    }

    @Override
    public Void visitLoadVar(LoadVar i) {
        vars.load(i.variable);
        store(i.result);
        return null;
    }

    @Override
    public Void visitStoreVar(StoreVar i) {
        vars.store(i.variable, i.value);
        return null;
    }

    @Override
    public Void visitDeleteVar(DeleteVar i) {
        vars.delete(i.variable);
        return null;
    }

    @Override
    public Void visitFreshCell(FreshCell i) {
        mv.visitTypeInsn(Opcodes.NEW, Abi.PY_CELL);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, Abi.PY_CELL, "<init>", "()V", false);
        fe.storeSlot(layout.slot(i.variable));
        return null;
    }

    // The match statement, except* and PEP 695 live in their own emitters.

    @Override
    public Void visitExceptStarMatch(ExceptStarMatch i) {
        exceptStar.match(i);
        return null;
    }

    @Override
    public Void visitPrepReraiseStar(PrepReraiseStar i) {
        exceptStar.prepReraise(i);
        return null;
    }

    @Override
    public Void visitGetLen(GetLen i) {
        patterns.len(i);
        return null;
    }

    @Override
    public Void visitMatchShape(MatchShape i) {
        patterns.matchShape(i);
        return null;
    }

    @Override
    public Void visitMatchKeys(MatchKeys i) {
        patterns.matchKeys(i);
        return null;
    }

    @Override
    public Void visitMatchClass(MatchClass i) {
        patterns.matchClass(i);
        return null;
    }

    @Override
    public Void visitIntrinsic(Intrinsic i) {
        typeParams.intrinsic(i);
        return null;
    }

    @Override
    public Void visitGetCell(GetCell i) {
        fe.loadCellSlot(layout.slot(i.variable));
        store(i.result);
        return null;
    }

    @Override
    public Void visitLoadBuiltin(LoadBuiltin i) {
        mv.visitLdcInsn(new org.objectweb.asm.ConstantDynamic("builtin", Abi.OBJ, Abi.BUILTIN, i.name));
        store(i.result);
        return null;
    }

    // ---- attributes and items ----

    @Override
    public Void visitGetAttr(GetAttr i) {
        load(i.object);
        mv.visitInvokeDynamicInsn("getattr", "(" + Abi.OBJ + ")" + Abi.OBJ, Abi.GET_ATTR, i.name);
        store(i.result);
        return null;
    }

    @Override
    public Void visitSetAttr(SetAttr i) {
        load(i.object);
        load(i.value);
        mv.visitInvokeDynamicInsn("setattr", "(" + objs(2) + ")V", Abi.SET_ATTR, i.name);
        return null;
    }

    @Override
    public Void visitDelAttr(DelAttr i) {
        load(i.object);
        mv.visitInvokeDynamicInsn("delattr", "(" + Abi.OBJ + ")V", Abi.DEL_ATTR, i.name);
        return null;
    }

    @Override
    public Void visitGetItem(GetItem i) {
        load(i.object);
        load(i.key);
        invoke(Abi.PROTOCOLS, "getItem", "(" + objs(2) + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }

    @Override
    public Void visitSetItem(SetItem i) {
        load(i.object);
        load(i.key);
        load(i.value);
        invoke(Abi.PROTOCOLS, "setItem", "(" + objs(3) + ")V");
        return null;
    }

    @Override
    public Void visitDelItem(DelItem i) {
        load(i.object);
        load(i.key);
        invoke(Abi.PROTOCOLS, "delItem", "(" + objs(2) + ")V");
        return null;
    }

    @Override
    public Void visitBuildSlice(BuildSlice i) {
        load(i.lower);
        load(i.upper);
        load(i.step);
        invoke(Abi.VALUES, "slice", "(" + objs(3) + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }

    // ---- operators ----

    @Override
    public Void visitBinaryOp(BinaryOp i) {
        load(i.left);
        load(i.right);
        String op = switch (i.op) {
            case ADD -> "ADD";
            case SUB -> "SUB";
            case MULT -> "MUL";
            case MAT_MULT -> "MATMUL";
            case DIV -> "TRUEDIV";
            case MOD -> "MOD";
            case POW -> "POW";
            case L_SHIFT -> "LSHIFT";
            case R_SHIFT -> "RSHIFT";
            case BIT_OR -> "OR";
            case BIT_XOR -> "XOR";
            case BIT_AND -> "AND";
            case FLOOR_DIV -> "FLOORDIV";
        };
        mv.visitInvokeDynamicInsn(op.toLowerCase(), "(" + objs(2) + ")" + Abi.OBJ, Abi.BINARY_OP, op,
                i.inplace ? 1 : 0);
        store(i.result);
        return null;
    }

    @Override
    public Void visitUnaryOp(UnaryOp i) {
        load(i.operand);
        String m = switch (i.op) {
            case NOT -> "not";
            case U_SUB -> "neg";
            case U_ADD -> "pos";
            case INVERT -> "invert";
        };
        invoke(Abi.OPS, m, "(" + Abi.OBJ + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }

    @Override
    public Void visitCompare(Compare i) {
        load(i.left);
        load(i.right);
        CmpOpKind k = i.op;
        String rich = switch (k) {
            case EQ -> "EQ";
            case NOT_EQ -> "NE";
            case LT -> "LT";
            case LT_E -> "LE";
            case GT -> "GT";
            case GT_E -> "GE";
            default -> null;
        };
        if (rich != null) {
            mv.visitInvokeDynamicInsn(rich.toLowerCase(), "(" + objs(2) + ")" + Abi.OBJ, Abi.COMPARE, rich);
        } else {
            String m = switch (k) {
                case IS -> "is";
                case IS_NOT -> "isNot";
                case IN -> "in";
                default -> "notIn";
            };
            invoke(Abi.VALUES, m, "(" + objs(2) + ")" + Abi.OBJ);
        }
        store(i.result);
        return null;
    }

    // ---- calls ----

    @Override
    public Void visitCall(Call i) {
        markIfClaiming(i.claimsGenerator);
        load(i.callee);
        String kw = String.join(",", i.kwnames == null ? List.of() : i.kwnames);
        if (i.args.size() <= MAX_SPREAD_ARGS) {
            for (Operand a : i.args) {
                load(a);
            }
            mv.visitInvokeDynamicInsn("call", "(" + objs(1 + i.args.size()) + ")" + Abi.OBJ, Abi.CALL, kw);
        } else {
            objectArray(i.args);
            mv.visitInvokeDynamicInsn("call", "(" + Abi.OBJ + Abi.OBJS + ")" + Abi.OBJ, Abi.CALL_ARRAY, kw);
        }
        claimIfClaiming(i.claimsGenerator, i.callee, i.claimedArguments);
        store(i.result);
        return null;
    }

    /** A claiming call (IR {@code call ... claim}) first pushes the thread's generator-creation mark (a long). */
    private void markIfClaiming(boolean claims) {
        if (claims) {
            invoke(Abi.LOOP_OWNERSHIP, "mark", "()J");
        }
    }

    /**
     * ... and after the call, claims the generator the call created: (mark, result) → result;
     * with claimed arguments, (mark, result, callee or null, arguments) → result.
     */
    private void claimIfClaiming(boolean claims, Operand callee, List<Operand> claimedArguments) {
        if (!claims) {
            return;
        }
        if (claimedArguments.isEmpty()) {
            invoke(Abi.LOOP_OWNERSHIP, "claim", "(J" + Abi.OBJ + ")" + Abi.OBJ);
            return;
        }
        if (callee == null) {
            mv.visitInsn(Opcodes.ACONST_NULL);
        } else {
            load(callee);
        }
        objectArray(claimedArguments);
        invoke(Abi.LOOP_OWNERSHIP, "claim", "(J" + Abi.OBJ + Abi.OBJ + Abi.OBJS + ")" + Abi.OBJ);
    }

    @Override
    public Void visitCloseOwned(CloseOwned i) {
        if (i.consumer == null) {
            load(i.iterator);
            invoke(Abi.LOOP_OWNERSHIP, "close", "(" + Abi.OBJ + ")V");
        } else {
            load(i.consumer);
            load(i.iterator);
            invoke(Abi.LOOP_OWNERSHIP, "release", "(" + Abi.OBJ + Abi.OBJ + ")V");
        }
        return null;
    }

    @Override
    public Void visitCallMethod(CallMethod i) {
        markIfClaiming(i.claimsGenerator);
        load(i.receiver);
        String kw = String.join(",", i.kwnames == null ? List.of() : i.kwnames);
        if (i.args.size() <= MAX_SPREAD_ARGS) {
            for (Operand a : i.args) {
                load(a);
            }
            mv.visitInvokeDynamicInsn("callmethod", "(" + objs(1 + i.args.size()) + ")" + Abi.OBJ, Abi.CALL_METHOD,
                    i.name, kw);
        } else {
            // Too many to pass one by one: look the method up, then call it with an array.
            mv.visitInvokeDynamicInsn("getattr", "(" + Abi.OBJ + ")" + Abi.OBJ, Abi.GET_ATTR, i.name);
            objectArray(i.args);
            mv.visitInvokeDynamicInsn("call", "(" + Abi.OBJ + Abi.OBJS + ")" + Abi.OBJ, Abi.CALL_ARRAY, kw);
        }
        claimIfClaiming(i.claimsGenerator, null, i.claimedArguments);
        store(i.result);
        return null;
    }

    @Override
    public Void visitCallEx(CallEx i) {
        load(i.callee);
        load(i.positional);
        if (i.keywords == null) {
            Constants.push(mv, dev.weft.frontend.ast.ConstantValue.NONE);
        } else {
            load(i.keywords);
        }
        invoke(Abi.VALUES, "callEx", "(" + objs(3) + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }

    // ---- displays ----

    private Void build(String method, Temp result, List<Operand> items) {
        objectArray(items);
        invoke(Abi.VALUES, method, "(" + Abi.OBJS + ")" + Abi.OBJ);
        store(result);
        return null;
    }

    @Override
    public Void visitBuildTuple(BuildTuple i) {
        return build("tuple", i.result, i.items);
    }

    @Override
    public Void visitBuildList(BuildList i) {
        return build("list", i.result, i.items);
    }

    @Override
    public Void visitBuildSet(BuildSet i) {
        return build("set", i.result, i.items);
    }

    @Override
    public Void visitBuildDict(BuildDict i) {
        return build("dict", i.result, i.items);
    }

    @Override
    public Void visitBuildString(BuildString i) {
        return build("buildString", i.result, i.parts);
    }

    @Override
    public Void visitContainerOp(ContainerOp i) {
        load(i.container);
        load(i.value);
        if (i.callee != null) {
            load(i.callee);
            invoke(Abi.VALUES, "callKeywordsMerge", "(" + objs(3) + ")V");
            return null;
        }
        String m = switch (i.kind) {
            case LIST_APPEND -> "listAppend";
            case LIST_EXTEND -> "listExtend";
            case SET_ADD -> "setAdd";
            case SET_UPDATE -> "setUpdate";
            case DICT_UPDATE -> "dictUpdate";
            case DICT_MERGE -> "dictMerge";
        };
        invoke(Abi.VALUES, m, "(" + objs(2) + ")V");
        return null;
    }

    @Override
    public Void visitFormatValue(FormatValue i) {
        load(i.value);
        if (i.spec == null) {
            load(new Const(""));
        } else {
            load(i.spec);
        }
        pushInt(mv, i.conversion);
        invoke(Abi.VALUES, "formatValue", "(" + objs(2) + "I)" + Abi.OBJ);
        store(i.result);
        return null;
    }

    // ---- iteration ----

    @Override
    public Void visitGetIter(GetIter i) {
        load(i.object);
        invoke(Abi.VALUES, i.isAsync ? "aiter" : "iter", "(" + Abi.OBJ + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }

    @Override
    public Void visitForIter(ForIter i) {
        load(i.iterator);
        // Protocols.next is shared by every loop, so the JIT's profile of its iterator call
        // mixes all iterator types and cannot inline any: each loop tests for the common final
        // iterator classes itself (its own branch profile) and calls their next() directly
        Label got = new Label();
        for (String iterClass : DIRECT_ITERATORS) {
            Label other = new Label();
            mv.visitInsn(Opcodes.DUP);
            mv.visitTypeInsn(Opcodes.INSTANCEOF, iterClass);
            mv.visitJumpInsn(Opcodes.IFEQ, other);
            mv.visitTypeInsn(Opcodes.CHECKCAST, iterClass);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, iterClass, "next", "()" + Abi.OBJ, false);
            mv.visitJumpInsn(Opcodes.GOTO, got);
            mv.visitLabel(other);
        }
        invoke(Abi.VALUES, "next", "(" + Abi.OBJ + ")" + Abi.OBJ);
        mv.visitLabel(got);
        mv.visitInsn(Opcodes.DUP);
        Label exhausted = new Label();
        mv.visitJumpInsn(Opcodes.IFNULL, exhausted);
        store(i.result);
        goTo(i.body);
        mv.visitLabel(exhausted);
        mv.visitInsn(Opcodes.POP);
        goTo(i.exit);
        return null;
    }

    @Override
    public Void visitUnpack(Unpack i) {
        load(i.source);
        pushInt(mv, i.targets.size());
        pushInt(mv, i.starIndex);
        invoke(Abi.VALUES, "unpack", "(" + Abi.OBJ + "II)" + Abi.OBJS);
        for (int k = 0; k < i.targets.size(); k++) {
            mv.visitInsn(Opcodes.DUP);
            pushInt(mv, k);
            mv.visitInsn(Opcodes.AALOAD);
            store(i.targets.get(k));
        }
        mv.visitInsn(Opcodes.POP);
        return null;
    }

    // ---- functions and imports ----

    @Override
    public Void visitMakeFunction(MakeFunction i) {
        IrFunction code = i.code;
        FunctionEmitter.pushCodeInfo(mv, code, fe.module.filename);
        fe.module.pushBody(mv, code);
        mv.visitVarInsn(Opcodes.ALOAD, layout.globalsSlot);
        loadOrNone(i.defaults);
        loadOrNone(i.kwdefaults);
        loadOrNone(i.annotations);
        List<Variable> closure = i.closure == null ? List.of() : i.closure;
        if (closure.isEmpty()) {
            mv.visitInsn(Opcodes.ACONST_NULL);
        } else {
            pushInt(mv, closure.size());
            mv.visitTypeInsn(Opcodes.ANEWARRAY, Abi.PY_CELL);
            for (int k = 0; k < closure.size(); k++) {
                mv.visitInsn(Opcodes.DUP);
                pushInt(mv, k);
                fe.loadCellSlot(layout.slot(closure.get(k)));
                mv.visitInsn(Opcodes.AASTORE);
            }
        }
        if (code.kind() == IrFunction.Kind.FUNCTION && code.docstring() != null) {
            mv.visitLdcInsn(code.docstring());
        } else {
            mv.visitInsn(Opcodes.ACONST_NULL);
        }
        invoke(Abi.FUNCTIONS, "makeFunction", "(L" + Abi.CODE_INFO + ";L" + Abi.FUNCTION_BODY + ";" + Abi.DICT
                + objs(3) + "[" + Abi.CELL + Abi.STR + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }

    private void loadOrNone(Operand o) {
        if (o == null) {
            Constants.push(mv, dev.weft.frontend.ast.ConstantValue.NONE);
        } else {
            load(o);
        }
    }

    @Override
    public Void visitImportName(ImportName i) {
        mv.visitVarInsn(Opcodes.ALOAD, layout.globalsSlot);
        mv.visitLdcInsn(i.module);
        if (i.fromlist == null) {
            mv.visitInsn(Opcodes.ACONST_NULL);
        } else {
            pushInt(mv, i.fromlist.size());
            mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/String");
            for (int k = 0; k < i.fromlist.size(); k++) {
                mv.visitInsn(Opcodes.DUP);
                pushInt(mv, k);
                mv.visitLdcInsn(i.fromlist.get(k));
                mv.visitInsn(Opcodes.AASTORE);
            }
        }
        pushInt(mv, i.level);
        invoke(Abi.IMPORTER, "importName", "(" + Abi.DICT + Abi.STR + "[" + Abi.STR + "I)" + Abi.OBJ);
        store(i.result);
        return null;
    }

    @Override
    public Void visitImportFrom(ImportFrom i) {
        load(i.module);
        mv.visitLdcInsn(i.name);
        invoke(Abi.IMPORTER, "importFrom", "(" + Abi.OBJ + Abi.STR + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }

    @Override
    public Void visitImportStar(ImportStar i) {
        load(i.module);
        if (fe.f.namespaceInFrame()) {
            mv.visitVarInsn(Opcodes.ALOAD, layout.namespaceSlot);
        } else {
            mv.visitVarInsn(Opcodes.ALOAD, layout.globalsSlot);
        }
        invoke(Abi.IMPORTER, "importStar", "(" + objs(2) + ")V");
        return null;
    }

    // ---- exceptions ----

    @Override
    public Void visitRaise(Raise i) {
        if (i.exception == null) {
            invoke(Abi.EXCEPTIONS, "reraiseCurrent", "()" + Abi.PYEXC);
        } else {
            load(i.exception);
            loadOrNull(i.cause);
            invoke(Abi.EXCEPTIONS, "raise", "(" + objs(2) + ")" + Abi.PYEXC);
        }
        mv.visitInsn(Opcodes.ATHROW);
        return null;
    }

    @Override
    public Void visitReraise(Reraise i) {
        load(i.exception);
        invoke(Abi.EXCEPTIONS, "reraise", "(" + Abi.OBJ + ")" + Abi.PYEXC);
        mv.visitInsn(Opcodes.ATHROW);
        return null;
    }

    @Override
    public Void visitCaughtException(CaughtException i) {
        throw new IllegalStateException("caught_exception must start a handler block");
    }

    @Override
    public Void visitExceptionMatches(ExceptionMatches i) {
        load(i.exception);
        load(i.type);
        invoke(Abi.EXCEPTIONS, "matches", "(" + objs(2) + ")Z");
        invoke(Abi.PY_BOOL, "of", "(Z)L" + Abi.PY_BOOL + ";");
        store(i.result);
        return null;
    }

    @Override
    public Void visitEnterHandler(EnterHandler i) {
        load(i.exception);
        invoke(Abi.EXCEPTIONS, "enterHandler", "(" + Abi.OBJ + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }

    @Override
    public Void visitExitHandler(ExitHandler i) {
        load(i.previous);
        invoke(Abi.EXCEPTIONS, "exitHandler", "(" + Abi.OBJ + ")V");
        return null;
    }

    @Override
    public Void visitContextEnter(ContextEnter i) {
        load(i.manager);
        mv.visitInsn(i.isAsync ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        invoke(Abi.VALUES, "contextEnter", "(" + Abi.OBJ + "Z)" + Abi.OBJS);
        mv.visitInsn(Opcodes.DUP);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitInsn(Opcodes.AALOAD);
        store(i.exit);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.AALOAD);
        store(i.value);
        return null;
    }

    @Override
    public Void visitContextExit(ContextExit i) {
        load(i.exit);
        load(i.exception);
        invoke(Abi.VALUES, "contextExit", "(" + objs(2) + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }

    // ---- generators ----

    @Override
    public Void visitYield(Yield i) {
        if (!fe.generator) {
            throw new IllegalStateException("yield outside a generator in " + fe.f.qualname());
        }
        int k = fe.yieldNumbers.get(i);
        if (fe.splitter != null) {
            // The frame array is the generator's saved state; the part returns SUSPENDED and
            // the driver returns the value. The resume code starts the next block.
            suspend(i, k);
            fe.splitter.emitSuspend(mv);
            return null;
        }
        suspend(i, k);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitLabel(fe.resumeLabels.get(k - 1));
        fe.restoreLiveTemps(i);
        resumeAfter(i);
        return null;
    }

    /**
     * At yield {@code k}: {@code f.suspend(gen, k, line, live slots, delegate)}, then pushes the value
     * to yield (wrapped for an async generator's own yields).
     */
    private void suspend(Yield i, int k) {
        String frameOwner = Abi.GENERATOR_FRAME;
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.GEN);
        pushInt(mv, k);
        pushInt(mv, i.line());
        if (fe.splitter != null) {
            fe.splitter.pushArray(mv);
        } else {
            // the variables (f_locals names them by position), then the temporaries live across
            int[] temps = fe.yieldLiveTemps.get(i);
            int vars = layout.firstTemp() - layout.firstSpilled;
            pushInt(mv, vars + temps.length);
            mv.visitTypeInsn(Opcodes.ANEWARRAY, Abi.PY_OBJECT);
            for (int s = layout.firstSpilled; s < layout.firstTemp(); s++) {
                mv.visitInsn(Opcodes.DUP);
                pushInt(mv, s - layout.firstSpilled);
                mv.visitVarInsn(Opcodes.ALOAD, s);
                mv.visitInsn(Opcodes.AASTORE);
            }
            for (int j = 0; j < temps.length; j++) {
                mv.visitInsn(Opcodes.DUP);
                pushInt(mv, vars + j);
                mv.visitVarInsn(Opcodes.ALOAD, layout.firstTemp() + temps[j]);
                mv.visitInsn(Opcodes.AASTORE);
            }
        }
        loadOrNull(i.delegate);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, frameOwner, "suspend",
                "(" + Abi.GENERATOR + "II" + Abi.OBJS + Abi.OBJ + ")V", false);
        load(i.value);
        if (i.delegate == null && FunctionEmitter.isAsyncGenerator(fe.f)) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "dev/weft/runtime/gen/AsyncGenValue", "of",
                    "(" + Abi.OBJ + ")Ldev/weft/runtime/gen/AsyncGenValue;", false);
        }
    }

    /** The code run when the generator resumes after yield {@code i}: stores the sent value (or raises). */
    void resumeAfter(Yield i) {
        String frameOwner = Abi.GENERATOR_FRAME;
        if (i.delegate instanceof Temp d && fe.sendsByIterator.containsKey(d.index)) {
            // throw()/close() go to the delegate first: it may yield again, return, or raise here.
            Send send = fe.sendsByIterator.get(d.index);
            Label nothingForwarded = new Label();
            Label delegateReturned = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.THROWN);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, frameOwner, "forwardThrow", "(" + Abi.PYEXC + ")" + Abi.OBJ,
                    false);
            mv.visitInsn(Opcodes.DUP);
            mv.visitJumpInsn(Opcodes.IFNULL, nothingForwarded);
            mv.visitInsn(Opcodes.DUP);
            mv.visitTypeInsn(Opcodes.INSTANCEOF, Abi.SEND_DONE);
            mv.visitJumpInsn(Opcodes.IFNE, delegateReturned);
            if (fe.splitter != null) {
                fe.splitter.emitSuspend(mv);
            } else {
                mv.visitInsn(Opcodes.ARETURN);
            }
            mv.visitLabel(delegateReturned);
            mv.visitTypeInsn(Opcodes.CHECKCAST, Abi.SEND_DONE);
            mv.visitFieldInsn(Opcodes.GETFIELD, Abi.SEND_DONE, "value", Abi.OBJ);
            store(send.result);
            resumed(frameOwner, false);
            mv.visitInsn(Opcodes.POP);
            goTo(send.done);
            mv.visitLabel(nothingForwarded);
            mv.visitInsn(Opcodes.POP);
        }
        resumed(frameOwner, true);
        store(i.result);
    }

    /** {@code f.resumed(gen, sent, thrown)}: the sent value, or raises what was thrown in. */
    private void resumed(String frameOwner, boolean withThrown) {
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.GEN);
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.SENT);
        if (withThrown) {
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.THROWN);
        } else {
            mv.visitInsn(Opcodes.ACONST_NULL);
        }
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, frameOwner, "resumed",
                "(" + Abi.GENERATOR + Abi.OBJ + Abi.PYEXC + ")" + Abi.OBJ, false);
    }

    @Override
    public Void visitGetAwaitable(GetAwaitable i) {
        load(i.object);
        mv.visitInsn(i.await ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        invoke(Abi.DELEGATION, "awaitable", "(" + Abi.OBJ + "Z)" + Abi.OBJ);
        store(i.result);
        return null;
    }

    @Override
    public Void visitSend(Send i) {
        load(i.iterator);
        load(i.value);
        invoke(Abi.DELEGATION, "send", "(" + objs(2) + ")" + Abi.OBJ);
        mv.visitInsn(Opcodes.DUP);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, Abi.SEND_DONE);
        Label done = new Label();
        mv.visitJumpInsn(Opcodes.IFNE, done);
        store(i.result);
        goTo(i.yielded);
        mv.visitLabel(done);
        mv.visitTypeInsn(Opcodes.CHECKCAST, Abi.SEND_DONE);
        mv.visitFieldInsn(Opcodes.GETFIELD, Abi.SEND_DONE, "value", Abi.OBJ);
        store(i.result);
        goTo(i.done);
        return null;
    }

    // ---- control ----

    @Override
    public Void visitJump(Jump i) {
        goTo(i.target);
        return null;
    }

    @Override
    public Void visitBranch(Branch i) {
        load(i.condition);
        invoke(Abi.VALUES, "isTrue", "(" + Abi.OBJ + ")Z");
        fe.branchOnInt(i.ifTrue, i.ifFalse);
        return null;
    }

    @Override
    public Void visitReturn(Return i) {
        if (fe.generator) {
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.GEN);
            load(i.value);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Abi.GENERATOR_FRAME, "finish", "(" + Abi.GENERATOR + Abi.OBJ + ")V",
                    false);
            mv.visitInsn(Opcodes.ACONST_NULL);
            fe.emitReturn();
            return null;
        }
        load(i.value);
        fe.emitReturn();
        return null;
    }

    @Override
    public Void visitBindLocals(dev.weft.ir.instr.BindLocals i) {
        load(i.callee);
        LocalsSnapshot.emit(fe, mv, layout);
        invoke(Abi.LOCALS_SUPPORT, "bindLocals", "(" + Abi.OBJ + Abi.DICT + ")" + Abi.OBJ);
        store(i.result);
        return null;
    }
}
