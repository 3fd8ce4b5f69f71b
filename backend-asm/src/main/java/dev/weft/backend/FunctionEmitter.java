package dev.weft.backend;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Const;
import dev.weft.ir.Instr;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;
import dev.weft.ir.instr.CaughtException;
import dev.weft.ir.instr.DeleteVar;
import dev.weft.ir.instr.Send;
import dev.weft.ir.instr.Yield;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emits one code object as a static method: a prologue binding parameters and cells, one
 * label per basic block, an exception-table entry (catching {@link Throwable}) per block
 * with a handler, and the instructions through {@link InstructionEmitter}. A generator
 * becomes two methods: {@code name$N$new} (the function body, creating the generator object)
 * and {@code name$N} (the resumable state machine: a switch over the yield points it
 * suspended at, with the frame's slots spilled to and restored from the generator).
 */
final class FunctionEmitter {
    static final String CREATOR_SUFFIX = "$new";

    final ModuleCompiler module;
    final IrFunction f;
    final boolean generator;
    final FrameLayout layout;
    MethodVisitor mv;
    /** Split mode ({@link MethodSplitter}): slots live in the array in this JVM local; null when not split. */
    MethodSplitter splitter;
    private final Map<BasicBlock, Label> starts = new IdentityHashMap<>();
    private final Map<BasicBlock, Label> ends = new IdentityHashMap<>();
    private final Set<BasicBlock> handlerTargets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    final List<Label> resumeLabels = new ArrayList<>();
    /** Each yield's resume state (1, 2, ... in block order; {@code GeneratorFrame.state}). */
    final Map<Yield, Integer> yieldNumbers = new IdentityHashMap<>();
    /** Per yield, the temporaries live across it (a generator spills its variables and only these). */
    Map<Yield, int[]> yieldLiveTemps = Map.of();
    /** For yields inside {@code yield from}: the send step of the same loop, by its iterator temporary. */
    final Map<Integer, Send> sendsByIterator = new HashMap<>();
    /** Parameters that are never deleted: reading them needs no unbound check. */
    final Set<Variable> alwaysBound = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private int lastLine = -1;
    /** Temporaries nulled after their last use ({@link DeadTemps}), by the instruction after which. */
    private DeadTemps.Clears clears = new DeadTemps.Clears(Map.of(), Map.of());

    FunctionEmitter(ModuleCompiler module, IrFunction f) {
        this(module, f, false);
    }

    FunctionEmitter(ModuleCompiler module, IrFunction f, boolean inArray) {
        this.module = module;
        this.f = f;
        this.generator = isGenerator(f);
        this.layout = new FrameLayout(f, generator, inArray);
    }

    static boolean isGenerator(IrFunction f) {
        return f.isGenerator() || f.isCoroutine();
    }

    /** {@code async def} with {@code yield}: its own yields are wrapped to tell them from await suspensions. */
    static boolean isAsyncGenerator(IrFunction f) {
        return f.isGenerator() && f.isCoroutine();
    }

    void emit(ClassVisitor cw) {
        scan();
        emitMethods(cw);
    }

    private void emitMethods(ClassVisitor cw) {
        if (generator) {
            emitCreator(cw);
        }
        String desc = generator ? Abi.RESUME_DESC : Abi.BODY_DESC;
        mv = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, module.methodName(f), desc, null, null);
        mv.visitCode();
        for (BasicBlock b : f.blocks()) {
            starts.put(b, new Label());
            ends.put(b, new Label());
        }
        for (BasicBlock b : f.blocks()) {
            if (b.handler() != null) {
                mv.visitTryCatchBlock(starts.get(b), ends.get(b), starts.get(b.handler()), "java/lang/Throwable");
            }
        }
        prologue();
        InstructionEmitter emitter = new InstructionEmitter(this);
        FusedArithmetic fused = new FusedArithmetic(this, emitter);
        Map<BasicBlock, Map<Integer, ArithmeticUnits.Unit>> units = ArithmeticUnits.plan(f);
        for (BasicBlock b : f.blocks()) {
            mv.visitLabel(starts.get(b));
            List<Instr> instrs = b.instrs();
            int first = 0;
            if (handlerTargets.contains(b)) {
                lineAt(instrs.isEmpty() ? 0 : module.positions.lineOf(instrs.get(0)), true);
                if (!instrs.isEmpty() && instrs.get(0) instanceof CaughtException c) {
                    emitCaught(mv, module.owner, module.methodName(f));
                    store(c.result);
                    first = 1;
                } else {
                    mv.visitInsn(Opcodes.POP);
                }
            }
            clearDeadAtStart(b);
            Map<Integer, ArithmeticUnits.Unit> blockUnits = units.getOrDefault(b, Map.of());
            for (int i = first; i < instrs.size(); i++) {
                ArithmeticUnits.Unit unit = blockUnits.get(i);
                if (unit != null) {
                    fused.emit(unit, instrs);
                    i = unit.end();
                    continue;
                }
                Instr in = instrs.get(i);
                lineAt(module.positions.lineOf(in), false);
                in.accept(emitter);
                clearDeadTemps(in);
            }
            mv.visitLabel(ends.get(b));
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    void scan() {
        clears = DeadTemps.compute(f);
        if (generator) {
            yieldLiveTemps = YieldLiveness.compute(f);
        }
        Set<String> deleted = new HashSet<>();
        for (BasicBlock b : f.blocks()) {
            if (b.handler() != null) {
                handlerTargets.add(b.handler());
            }
            for (Instr i : b.instrs()) {
                if (i instanceof Yield y) {
                    resumeLabels.add(new Label());
                    yieldNumbers.put(y, resumeLabels.size());
                } else if (i instanceof Send s && s.iterator instanceof Temp t) {
                    sendsByIterator.put(t.index, s);
                } else if (i instanceof DeleteVar d) {
                    deleted.add(d.variable.name);
                }
            }
        }
        for (String p : parameterNames()) {
            Variable v = frameVariable(p);
            if (v != null && v.storage == Variable.Storage.LOCAL && !deleted.contains(p)) {
                alwaysBound.add(v);
            }
        }
    }

    /** The generator function's body: creates the generator object over a copy of the bound arguments. */
    void emitCreator(ClassVisitor cw) {
        MethodVisitor c = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC,
                module.methodName(f) + CREATOR_SUFFIX, Abi.BODY_DESC, null, null);
        c.visitCode();
        c.visitVarInsn(Opcodes.ALOAD, 0);
        c.visitVarInsn(Opcodes.ALOAD, 1);
        module.pushGeneratorBody(c, f);
        // 0 generator, 1 coroutine, 2 async generator (GeneratorFrame.create)
        c.visitInsn(isAsyncGenerator(f) ? Opcodes.ICONST_2 : f.isCoroutine() ? Opcodes.ICONST_1 : Opcodes.ICONST_0);
        c.visitLdcInsn(savedVariableNames());
        c.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.GENERATOR_FRAME, "create",
                "(" + Abi.FUNCTION + Abi.OBJS + "L" + Abi.GENERATOR_RESUME + ";ILjava/lang/String;)" + Abi.OBJ, false);
        c.visitInsn(Opcodes.ARETURN);
        c.visitMaxs(0, 0);
        c.visitEnd();
    }

    /**
     * The names of the variables in the first slots a yield saves ({@link FrameLayout}: the
     * frame's variables in declaration order), comma-separated: the generator's {@code f_locals}.
     */
    private String savedVariableNames() {
        List<String> names = new ArrayList<>();
        for (Variable v : f.variables()) {
            if (v.storage != Variable.Storage.GLOBAL && v.storage != Variable.Storage.NAME) {
                names.add(v.name);
            }
        }
        return String.join(",", names);
    }

    /**
     * Calls {@code ExceptionSupport.caught} on the Throwable on the stack, naming the catching
     * method (class and JVM method name, constants): the caught exception's traceback starts
     * at this frame, found without walking the stack.
     */
    static void emitCaught(MethodVisitor mv, String owner, String methodName) {
        mv.visitLdcInsn(owner.replace('/', '.'));
        mv.visitLdcInsn(methodName);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.EXCEPTIONS, "caught",
                "(Ljava/lang/Throwable;Ljava/lang/String;Ljava/lang/String;)" + Abi.OBJ, false);
    }

    void resetLine() {
        lastLine = -1;
    }

    void lineAt(int line, boolean force) {
        if (line > 0 && (line != lastLine || force)) {
            Label l = new Label();
            mv.visitLabel(l);
            mv.visitLineNumber(line, l);
            lastLine = line;
        }
    }

    // ---- prologue ----

    private void prologue() {
        Label entryLine = new Label();
        mv.visitLabel(entryLine);
        mv.visitLineNumber(f.firstLine(), entryLine);
        for (int s = layout.firstSpilled; s < layout.slotCount; s++) {
            mv.visitInsn(Opcodes.ACONST_NULL);
            mv.visitVarInsn(Opcodes.ASTORE, s);
        }
        if (generator) {
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
            mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "function", Abi.FUNCTION);
            mv.visitVarInsn(Opcodes.ASTORE, layout.fnSlot);
        }
        mv.visitVarInsn(Opcodes.ALOAD, layout.fnSlot);
        mv.visitFieldInsn(Opcodes.GETFIELD, Abi.PY_FUNCTION, "globals", Abi.DICT);
        mv.visitVarInsn(Opcodes.ASTORE, layout.globalsSlot);
        if (f.namespaceInFrame()) {
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG1);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitInsn(Opcodes.AALOAD);
        } else {
            mv.visitInsn(Opcodes.ACONST_NULL);
        }
        mv.visitVarInsn(Opcodes.ASTORE, layout.namespaceSlot);
        if (generator && !resumeLabels.isEmpty()) {
            Label restore = new Label();
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
            mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "state", "I");
            mv.visitJumpInsn(Opcodes.IFNE, restore);
            bindFrame();
            mv.visitJumpInsn(Opcodes.GOTO, starts.get(f.entry()));
            mv.visitLabel(restore);
            restoreAndDispatch();
        } else {
            bindFrame();
            mv.visitJumpInsn(Opcodes.GOTO, starts.get(f.entry()));
        }
    }

    /** Parameters into their variables, new cells for cell variables, closure cells for free ones. */
    void bindFrame() {
        List<String> params = parameterNames();
        Set<Variable> bound = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < params.size(); i++) {
            Variable v = frameVariable(params.get(i));
            if (v == null) {
                continue;
            }
            bound.add(v);
            if (v.storage == Variable.Storage.CELL) {
                mv.visitTypeInsn(Opcodes.NEW, Abi.PY_CELL);
                mv.visitInsn(Opcodes.DUP);
                pushFrameItem(i);
                mv.visitMethodInsn(Opcodes.INVOKESPECIAL, Abi.PY_CELL, "<init>", "(" + Abi.OBJ + ")V", false);
            } else {
                pushFrameItem(i);
            }
            storeSlot(layout.slot(v));
        }
        for (Variable v : f.variables()) {
            if (v.storage == Variable.Storage.CELL && !bound.contains(v)) {
                mv.visitTypeInsn(Opcodes.NEW, Abi.PY_CELL);
                mv.visitInsn(Opcodes.DUP);
                mv.visitMethodInsn(Opcodes.INVOKESPECIAL, Abi.PY_CELL, "<init>", "()V", false);
                storeSlot(layout.slot(v));
            } else if (v.storage == Variable.Storage.FREE || v.storage == Variable.Storage.CLASS_FREE) {
                int index = module.closures.indexOf(f, v.name);
                if (index < 0) {
                    // Cannot happen for valid Python: the symbol table makes every name a nested
                    // scope closes over FREE (or DEF_FREE_CLASS, for a class binding it too) in
                    // each scope in between, and those are exactly the closure the creating
                    // `function` passes (Names.freeVariables). Kept as a guard against an IR bug
                    // (tests: programs/class_free_variables.py).
                    throw new BackendLimitError("free variable '" + v.name + "' of " + f.qualname()
                            + " without a closure cell", module.filename, f.firstLine());
                }
                mv.visitVarInsn(Opcodes.ALOAD, layout.fnSlot);
                mv.visitFieldInsn(Opcodes.GETFIELD, Abi.PY_FUNCTION, "closure", "[" + Abi.CELL);
                InstructionEmitter.pushInt(mv, index);
                mv.visitInsn(Opcodes.AALOAD);
                storeSlot(layout.slot(v));
            }
        }
        if (generator) {
            // Drops the arguments; raises an exception thrown into the just-started generator.
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.THROWN);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, Abi.GENERATOR_FRAME, "start", "(" + Abi.PYEXC + ")V", false);
        }
    }

    private void pushFrameItem(int i) {
        if (generator) {
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
            mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "frame", Abi.OBJS);
        } else if (splitter != null) {
            mv.visitVarInsn(Opcodes.ALOAD, MethodSplitter.DRIVER_FRAME);
        } else {
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG1);
        }
        InstructionEmitter.pushInt(mv, i);
        mv.visitInsn(Opcodes.AALOAD);
    }

    /**
     * Restores the spilled variables and jumps to the resume point of the yield the generator
     * is suspended at, which restores the temporaries live across it ({@link #restoreLiveTemps}).
     */
    private void restoreAndDispatch() {
        for (int s = layout.firstSpilled; s < layout.firstTemp(); s++) {
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
            mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "saved", Abi.OBJS);
            InstructionEmitter.pushInt(mv, s - layout.firstSpilled);
            mv.visitInsn(Opcodes.AALOAD);
            if (layout.holdsCell(s)) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, Abi.PY_CELL);
            }
            mv.visitVarInsn(Opcodes.ASTORE, s);
        }
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
        mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "state", "I");
        Label bad = new Label();
        mv.visitTableSwitchInsn(1, resumeLabels.size(), bad, resumeLabels.toArray(new Label[0]));
        mv.visitLabel(bad);
        mv.visitLdcInsn("generator resumed in an unknown state");
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.EXCEPTIONS, "internalError", "(" + Abi.STR + ")" + Abi.PYEXC,
                false);
        mv.visitInsn(Opcodes.ATHROW);
    }

    /**
     * At the resume point of {@code y}: the temporaries live across it, from the saved array
     * after the variables (the order {@link InstructionEmitter} spilled them in).
     */
    void restoreLiveTemps(Yield y) {
        int base = layout.firstTemp() - layout.firstSpilled;
        int[] temps = yieldLiveTemps.get(y);
        for (int j = 0; j < temps.length; j++) {
            mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
            mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "saved", Abi.OBJS);
            InstructionEmitter.pushInt(mv, base + j);
            mv.visitInsn(Opcodes.AALOAD);
            mv.visitVarInsn(Opcodes.ASTORE, layout.firstTemp() + temps[j]);
        }
    }

    /** Parameter names in frame order (as the runtime's CodeInfo lists them). */
    List<String> parameterNames() {
        IrFunction.Signature s = f.signature();
        List<String> out = new ArrayList<>(s.positionalOnly());
        out.addAll(s.positional());
        out.addAll(s.keywordOnly());
        if (s.varargs() != null) {
            out.add(s.varargs());
        }
        if (s.varkw() != null) {
            out.add(s.varkw());
        }
        return out;
    }

    private Variable frameVariable(String name) {
        for (Variable v : f.variables()) {
            if (v.name.equals(name) && (v.storage == Variable.Storage.LOCAL || v.storage == Variable.Storage.CELL)) {
                return v;
            }
        }
        return null;
    }

    /** Nulls the temporaries whose last use was {@code in}, so they keep no object alive. */
    void clearDeadTemps(Instr in) {
        clear(clears.after().get(in));
    }

    /** At the start of {@code b}: nulls the loop iterators dead there. */
    void clearDeadAtStart(BasicBlock b) {
        clear(clears.atStart().get(b));
    }

    private void clear(List<Temp> dead) {
        if (dead != null) {
            for (Temp t : dead) {
                mv.visitInsn(Opcodes.ACONST_NULL);
                store(t);
            }
        }
    }

    // ---- helpers for the instruction emitter ----

    Label start(BasicBlock b) {
        return starts.get(b);
    }

    void load(Operand o) {
        if (o instanceof Temp t) {
            loadSlot(layout.slot(t));
        } else if (o instanceof Const c) {
            Constants.push(mv, c.value);
        } else {
            throw new IllegalArgumentException("operand " + o);
        }
    }

    void store(Temp t) {
        storeSlot(layout.slot(t));
    }

    /** Pushes the value of a frame slot (a JVM local, or an element of the split frame array). */
    void loadSlot(int slot) {
        if (splitter == null) {
            mv.visitVarInsn(Opcodes.ALOAD, slot);
        } else {
            splitter.loadSlot(mv, slot);
        }
    }

    /** Pushes the cell in a frame slot. */
    void loadCellSlot(int slot) {
        loadSlot(slot);
        if (splitter != null) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, Abi.PY_CELL);
        }
    }

    /** Pops the value on the stack into a frame slot. */
    void storeSlot(int slot) {
        if (splitter == null) {
            mv.visitVarInsn(Opcodes.ASTORE, slot);
        } else {
            splitter.storeSlot(mv, slot);
        }
    }

    /** Continues at block {@code b}. */
    void jumpTo(BasicBlock b) {
        if (splitter == null) {
            mv.visitJumpInsn(Opcodes.GOTO, starts.get(b));
        } else {
            splitter.jumpTo(mv, b);
        }
    }

    /** With an int on the stack: continues at {@code ifNonZero} or {@code ifZero}. */
    void branchOnInt(BasicBlock ifNonZero, BasicBlock ifZero) {
        if (splitter == null) {
            mv.visitJumpInsn(Opcodes.IFNE, starts.get(ifNonZero));
            mv.visitJumpInsn(Opcodes.GOTO, starts.get(ifZero));
        } else {
            Label zero = new Label();
            mv.visitJumpInsn(Opcodes.IFEQ, zero);
            splitter.jumpTo(mv, ifNonZero);
            mv.visitLabel(zero);
            splitter.jumpTo(mv, ifZero);
        }
    }

    /** Returns the value on the stack from the function. */
    void emitReturn() {
        if (splitter == null) {
            mv.visitInsn(Opcodes.ARETURN);
        } else {
            splitter.emitReturn(mv);
        }
    }

    Map<BasicBlock, Label> startLabels() {
        return starts;
    }

    Set<BasicBlock> handlerTargets() {
        return handlerTargets;
    }

    /** Pushes the CodeInfo of {@code code} (a dynamic constant). */
    static void pushCodeInfo(MethodVisitor mv, IrFunction code, String filename) {
        IrFunction.Signature s = code.signature();
        List<String> names = new ArrayList<>(s.positionalOnly());
        names.addAll(s.positional());
        names.addAll(s.keywordOnly());
        int flags = 0;
        if (s.varargs() != null) {
            names.add(s.varargs());
            flags |= 4;
        }
        if (s.varkw() != null) {
            names.add(s.varkw());
            flags |= 8;
        }
        if (code.isGenerator()) {
            flags |= code.isCoroutine() ? 0x200 : 0x20;
        } else if (code.isCoroutine()) {
            flags |= 0x80;
        }
        mv.visitLdcInsn(new ConstantDynamic("code", "L" + Abi.CODE_INFO + ";", Abi.CODE_INFO_CONST,
                code.name(), code.qualname(), filename, code.firstLine(),
                s.positionalOnly().size() + s.positional().size(), s.positionalOnly().size(), s.keywordOnly().size(),
                String.join(",", names), flags, String.join(",", otherLocals(code, names)),
                String.join(",", sortedNames(code, Variable.Storage.CELL)),
                String.join(",", sortedNames(code, Variable.Storage.FREE))));
    }

    /** co_varnames after the parameters: the LOCAL variables in order of declaration. */
    private static List<String> otherLocals(IrFunction code, List<String> params) {
        List<String> out = new ArrayList<>();
        for (Variable v : code.variables()) {
            // an inlined comprehension's own variables are renamed apart (x@1); CPython lists them as x
            int at = v.name.indexOf('@');
            String name = at < 0 ? v.name : v.name.substring(0, at);
            if (v.storage == Variable.Storage.LOCAL && !params.contains(name) && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** co_cellvars / co_freevars: sorted, as CPython's compiler orders them. */
    private static List<String> sortedNames(IrFunction code, Variable.Storage storage) {
        List<String> out = new ArrayList<>();
        for (Variable v : code.variables()) {
            int at = v.name.indexOf('@');
            String name = at < 0 ? v.name : v.name.substring(0, at);
            if (v.storage == storage && !out.contains(name)) {
                out.add(name);
            }
        }
        java.util.Collections.sort(out);
        return out;
    }
}
