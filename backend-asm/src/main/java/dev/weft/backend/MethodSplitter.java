package dev.weft.backend;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.IrFunction;
import dev.weft.ir.instr.CaughtException;
import dev.weft.ir.instr.Jump;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles a function too large for one JVM method (64 KB of bytecode) as several: its
 * variables and temporaries move from JVM locals to one {@code PyObject[]} frame array,
 * its blocks are cut into runs ("parts") of bounded estimated size (a block too large on its
 * own is first cut into several), and each part becomes a method
 * {@code name$N$pK(PyFunction fn, PyDict globals, PyObject ns, PyObject[] frame, int block)}
 * that runs from {@code block} and returns the next block to run, or -1 after a return (the
 * value in the array's last slot). The function's own method binds the arguments and loops
 * over the parts. A jump within a part is a goto; across parts it is a return of the target.
 * An exception caught for a handler is converted at once and passed in a frame slot.
 * A generator's driver is its resume method, and its frame array is its saved state: blocks
 * are also cut after each yield, which returns from its part (suspending), and the driver
 * resumes at the block after the yield the generator is suspended at, whose code starts
 * with the resume step (the sent value, or the exception thrown in).
 */
final class MethodSplitter {
    /** Locals of the driver method. */
    static final int DRIVER_FRAME = 1;
    private static final int DRIVER_GLOBALS = 2, DRIVER_NS = 3, DRIVER_ARRAY = 4, DRIVER_BLOCK = 5, DRIVER_SCRATCH = 6;
    /** Locals of a part method (after fn, globals, ns). */
    private static final int PART_ARRAY = 3, PART_BLOCK = 4, PART_SCRATCH = 5;
    /**
     * Locals of a generator's driver and parts alike: the four resume arguments (see
     * {@link FrameLayout}), the function, globals and namespace, then these.
     */
    private static final int GEN_ARRAY = 7, GEN_BLOCK = 8, GEN_SCRATCH = 9;

    private final FunctionEmitter fe;
    private final IrFunction f;
    private final int budget;
    private final Map<BasicBlock, Integer> index = new IdentityHashMap<>();
    private final List<int[]> parts = new ArrayList<>();
    private int arrayLocal;
    private int scratchLocal;
    private int partStart;
    private int partEnd;
    private final int excIndex;
    private final int retIndex;
    /** Generators: the block each yield resumes at (cut after the yield), by that block. */
    private final Map<BasicBlock, dev.weft.ir.instr.Yield> resumeBlocks = new IdentityHashMap<>();

    MethodSplitter(FunctionEmitter fe, int budget) {
        this.fe = fe;
        this.f = fe.f;
        this.budget = budget;
        this.excIndex = fe.layout.slotCount;
        this.retIndex = fe.layout.slotCount + 1;
    }

    /** Rough bytecode size of an instruction when its operands live in the frame array. */
    static int estimate(Instr i) {
        return 16 + 12 * (i.uses().size() + i.defs().size());
    }

    void emit(ClassVisitor cw) {
        cutLargeBlocks();
        if (fe.generator) {
            cutAfterYields();
        }
        fe.scan();
        List<BasicBlock> blocks = f.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            index.put(blocks.get(i), i);
        }
        int start = 0;
        int size = 0;
        for (int i = 0; i < blocks.size(); i++) {
            int s = blockSize(blocks.get(i));
            if (size > 0 && size + s > budget) {
                parts.add(new int[] {start, i});
                start = i;
                size = 0;
            }
            size += s;
        }
        parts.add(new int[] {start, blocks.size()});
        fe.splitter = this;
        if (fe.generator) {
            fe.emitCreator(cw);
            emitGeneratorDriver(cw);
        } else {
            emitDriver(cw);
        }
        for (int k = 0; k < parts.size(); k++) {
            emitPart(cw, k);
        }
    }

    private static int blockSize(BasicBlock b) {
        int s = 8;
        for (Instr i : b.instrs()) {
            s += estimate(i);
        }
        return s;
    }

    /** Cuts blocks larger than the budget into a chain of blocks joined by jumps. */
    private void cutLargeBlocks() {
        List<BasicBlock> order = new ArrayList<>();
        for (BasicBlock b : new ArrayList<>(f.blocks())) {
            order.add(b);
            if (blockSize(b) <= budget) {
                continue;
            }
            List<Instr> all = new ArrayList<>(b.instrs());
            b.instrs().clear();
            BasicBlock current = b;
            int size = 0;
            for (int i = 0; i < all.size(); i++) {
                Instr in = all.get(i);
                int s = estimate(in);
                boolean last = i == all.size() - 1;
                if (size > 0 && size + s > budget && !last && !(in instanceof CaughtException)) {
                    BasicBlock next = f.newBlock();
                    next.setHandler(b.handler());
                    current.instrs().add(new Jump(next).atSameAs(in));
                    order.add(next);
                    current = next;
                    size = 0;
                }
                current.instrs().add(in);
                size += s;
            }
        }
        f.setBlocks(order);
    }

    /** Ends each block after every yield in it: the code after a yield runs in a block of its own. */
    private void cutAfterYields() {
        List<BasicBlock> order = new ArrayList<>();
        for (BasicBlock b : new ArrayList<>(f.blocks())) {
            order.add(b);
            List<Instr> all = new ArrayList<>(b.instrs());
            BasicBlock current = b;
            int from = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) instanceof dev.weft.ir.instr.Yield y) {
                    BasicBlock next = f.newBlock();
                    next.setHandler(b.handler());
                    List<Instr> head = new ArrayList<>(all.subList(from, i + 1));
                    current.instrs().clear();
                    current.instrs().addAll(head);
                    resumeBlocks.put(next, y);
                    order.add(next);
                    current = next;
                    from = i + 1;
                }
            }
            if (current != b) {
                current.instrs().addAll(all.subList(from, all.size()));
            }
        }
        f.setBlocks(order);
    }

    private String partName(int k) {
        return fe.module.methodName(f) + "$p" + k;
    }

    private static final String PART_DESC = "(" + Abi.FUNCTION + Abi.DICT + Abi.OBJ + Abi.OBJS + "I)I";

    private void emitDriver(ClassVisitor cw) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, fe.module.methodName(f),
                Abi.BODY_DESC, null, null);
        fe.mv = mv;
        arrayLocal = DRIVER_ARRAY;
        scratchLocal = DRIVER_SCRATCH;
        mv.visitCode();
        Label first = new Label();
        mv.visitLabel(first);
        mv.visitLineNumber(f.firstLine(), first);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitFieldInsn(Opcodes.GETFIELD, Abi.PY_FUNCTION, "globals", Abi.DICT);
        mv.visitVarInsn(Opcodes.ASTORE, DRIVER_GLOBALS);
        if (f.namespaceInFrame()) {
            mv.visitVarInsn(Opcodes.ALOAD, DRIVER_FRAME);
            mv.visitInsn(Opcodes.ICONST_0);
            mv.visitInsn(Opcodes.AALOAD);
        } else {
            mv.visitInsn(Opcodes.ACONST_NULL);
        }
        mv.visitVarInsn(Opcodes.ASTORE, DRIVER_NS);
        InstructionEmitter.pushInt(mv, retIndex + 1);
        mv.visitTypeInsn(Opcodes.ANEWARRAY, Abi.PY_OBJECT);
        mv.visitVarInsn(Opcodes.ASTORE, DRIVER_ARRAY);
        fe.bindFrame();
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.ISTORE, DRIVER_BLOCK);
        Label loop = new Label();
        Label check = new Label();
        mv.visitLabel(loop);
        for (int k = 0; k < parts.size(); k++) {
            Label nextPart = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, DRIVER_BLOCK);
            InstructionEmitter.pushInt(mv, parts.get(k)[1]);
            mv.visitJumpInsn(Opcodes.IF_ICMPGE, nextPart);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, DRIVER_GLOBALS);
            mv.visitVarInsn(Opcodes.ALOAD, DRIVER_NS);
            mv.visitVarInsn(Opcodes.ALOAD, DRIVER_ARRAY);
            mv.visitVarInsn(Opcodes.ILOAD, DRIVER_BLOCK);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, fe.module.owner, partName(k), PART_DESC, false);
            mv.visitVarInsn(Opcodes.ISTORE, DRIVER_BLOCK);
            mv.visitJumpInsn(Opcodes.GOTO, check);
            mv.visitLabel(nextPart);
        }
        mv.visitLabel(check);
        mv.visitVarInsn(Opcodes.ILOAD, DRIVER_BLOCK);
        mv.visitJumpInsn(Opcodes.IFGE, loop);
        loadSlot(mv, retIndex);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static final String GEN_PART_DESC = "(L" + Abi.GENERATOR_FRAME + ";" + Abi.GENERATOR + Abi.OBJ + Abi.PYEXC
            + Abi.FUNCTION + Abi.DICT + Abi.OBJ + Abi.OBJS + "I)I";

    /**
     * A generator's resume method: binds the frame into a new array at the start, or takes the
     * saved array and the block after the yield it is suspended at; then runs parts until one
     * returns -1 (a yield or the end), and returns the value left in the array's last slot.
     */
    private void emitGeneratorDriver(ClassVisitor cw) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, fe.module.methodName(f),
                Abi.RESUME_DESC, null, null);
        fe.mv = mv;
        arrayLocal = GEN_ARRAY;
        scratchLocal = GEN_SCRATCH;
        mv.visitCode();
        Label first = new Label();
        mv.visitLabel(first);
        mv.visitLineNumber(f.firstLine(), first);
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
        mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "function", Abi.FUNCTION);
        mv.visitVarInsn(Opcodes.ASTORE, fe.layout.fnSlot);
        mv.visitVarInsn(Opcodes.ALOAD, fe.layout.fnSlot);
        mv.visitFieldInsn(Opcodes.GETFIELD, Abi.PY_FUNCTION, "globals", Abi.DICT);
        mv.visitVarInsn(Opcodes.ASTORE, fe.layout.globalsSlot);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitVarInsn(Opcodes.ASTORE, fe.layout.namespaceSlot);
        Label resume = new Label();
        Label loop = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
        mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "state", "I");
        mv.visitJumpInsn(Opcodes.IFNE, resume);
        InstructionEmitter.pushInt(mv, retIndex + 1);
        mv.visitTypeInsn(Opcodes.ANEWARRAY, Abi.PY_OBJECT);
        mv.visitVarInsn(Opcodes.ASTORE, GEN_ARRAY);
        fe.bindFrame();
        InstructionEmitter.pushInt(mv, index.get(f.entry()));
        mv.visitVarInsn(Opcodes.ISTORE, GEN_BLOCK);
        mv.visitJumpInsn(Opcodes.GOTO, loop);
        mv.visitLabel(resume);
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
        mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "saved", Abi.OBJS);
        mv.visitVarInsn(Opcodes.ASTORE, GEN_ARRAY);
        // state k resumes at the block cut after the k-th yield
        int yields = fe.resumeLabels.size();
        Label[] targets = new Label[Math.max(yields, 1)];
        Label bad = new Label();
        for (int i = 0; i < targets.length; i++) {
            targets[i] = yields == 0 ? bad : new Label();
        }
        mv.visitVarInsn(Opcodes.ALOAD, FrameLayout.ARG0);
        mv.visitFieldInsn(Opcodes.GETFIELD, Abi.GENERATOR_FRAME, "state", "I");
        mv.visitTableSwitchInsn(1, targets.length, bad, targets);
        for (Map.Entry<BasicBlock, dev.weft.ir.instr.Yield> e : resumeBlocks.entrySet()) {
            mv.visitLabel(targets[fe.yieldNumbers.get(e.getValue()) - 1]);
            InstructionEmitter.pushInt(mv, index.get(e.getKey()));
            mv.visitVarInsn(Opcodes.ISTORE, GEN_BLOCK);
            mv.visitJumpInsn(Opcodes.GOTO, loop);
        }
        mv.visitLabel(bad);
        mv.visitLdcInsn("generator resumed in an unknown state");
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.EXCEPTIONS, "internalError", "(" + Abi.STR + ")" + Abi.PYEXC,
                false);
        mv.visitInsn(Opcodes.ATHROW);
        Label check = new Label();
        mv.visitLabel(loop);
        for (int k = 0; k < parts.size(); k++) {
            Label nextPart = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, GEN_BLOCK);
            InstructionEmitter.pushInt(mv, parts.get(k)[1]);
            mv.visitJumpInsn(Opcodes.IF_ICMPGE, nextPart);
            for (int local = 0; local < GEN_ARRAY; local++) {
                mv.visitVarInsn(Opcodes.ALOAD, local);
            }
            mv.visitVarInsn(Opcodes.ALOAD, GEN_ARRAY);
            mv.visitVarInsn(Opcodes.ILOAD, GEN_BLOCK);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, fe.module.owner, partName(k), GEN_PART_DESC, false);
            mv.visitVarInsn(Opcodes.ISTORE, GEN_BLOCK);
            mv.visitJumpInsn(Opcodes.GOTO, check);
            mv.visitLabel(nextPart);
        }
        mv.visitLabel(check);
        mv.visitVarInsn(Opcodes.ILOAD, GEN_BLOCK);
        mv.visitJumpInsn(Opcodes.IFGE, loop);
        // The value yielded (or null at the end) leaves the saved frame.
        loadSlot(mv, retIndex);
        mv.visitVarInsn(Opcodes.ALOAD, GEN_ARRAY);
        InstructionEmitter.pushInt(mv, retIndex);
        mv.visitInsn(Opcodes.ACONST_NULL);
        mv.visitInsn(Opcodes.AASTORE);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void emitPart(ClassVisitor cw, int k) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, partName(k),
                fe.generator ? GEN_PART_DESC : PART_DESC, null, null);
        fe.mv = mv;
        fe.resetLine();
        arrayLocal = fe.generator ? GEN_ARRAY : PART_ARRAY;
        scratchLocal = fe.generator ? GEN_SCRATCH : PART_SCRATCH;
        int blockLocal = fe.generator ? GEN_BLOCK : PART_BLOCK;
        partStart = parts.get(k)[0];
        partEnd = parts.get(k)[1];
        List<BasicBlock> blocks = f.blocks().subList(partStart, partEnd);
        Map<BasicBlock, Label> starts = fe.startLabels();
        starts.clear();
        Map<BasicBlock, Label> ends = new IdentityHashMap<>();
        Map<BasicBlock, Label> stubs = new LinkedHashMap<>();
        mv.visitCode();
        for (BasicBlock b : blocks) {
            starts.put(b, new Label());
            ends.put(b, new Label());
        }
        for (BasicBlock b : blocks) {
            if (b.handler() != null) {
                Label stub = stubs.computeIfAbsent(b.handler(), h -> new Label());
                mv.visitTryCatchBlock(starts.get(b), ends.get(b), stub, "java/lang/Throwable");
            }
        }
        Label[] table = new Label[blocks.size()];
        for (int i = 0; i < table.length; i++) {
            table[i] = starts.get(blocks.get(i));
        }
        Label bad = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, blockLocal);
        InstructionEmitter.pushInt(mv, partStart);
        mv.visitInsn(Opcodes.ISUB);
        mv.visitTableSwitchInsn(0, table.length - 1, bad, table);
        InstructionEmitter emitter = new InstructionEmitter(fe);
        for (BasicBlock b : blocks) {
            mv.visitLabel(starts.get(b));
            List<Instr> instrs = b.instrs();
            int firstInstr = 0;
            if (fe.handlerTargets().contains(b) && !instrs.isEmpty() && instrs.get(0) instanceof CaughtException c) {
                fe.lineAt(fe.module.positions.lineOf(c), true);
                loadSlot(mv, excIndex);
                fe.store(c.result);
                firstInstr = 1;
            }
            dev.weft.ir.instr.Yield resumed = resumeBlocks.get(b);
            if (resumed != null) {
                fe.lineAt(fe.module.positions.lineOf(resumed), true);
                emitter.resumeAfter(resumed);
            }
            fe.clearDeadAtStart(b);
            for (int i = firstInstr; i < instrs.size(); i++) {
                fe.lineAt(fe.module.positions.lineOf(instrs.get(i)), false);
                instrs.get(i).accept(emitter);
                fe.clearDeadTemps(instrs.get(i));
            }
            mv.visitLabel(ends.get(b));
        }
        for (Map.Entry<BasicBlock, Label> e : stubs.entrySet()) {
            mv.visitLabel(e.getValue());
            FunctionEmitter.emitCaught(mv, fe.module.owner, partName(k));
            storeSlot(mv, excIndex);
            jumpTo(mv, e.getKey());
        }
        mv.visitLabel(bad);
        mv.visitLdcInsn("split function resumed at an unknown block");
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.EXCEPTIONS, "internalError", "(" + Abi.STR + ")" + Abi.PYEXC,
                false);
        mv.visitInsn(Opcodes.ATHROW);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    // ---- slot access and control transfer for the function emitters ----

    void loadSlot(MethodVisitor mv, int slot) {
        mv.visitVarInsn(Opcodes.ALOAD, arrayLocal);
        InstructionEmitter.pushInt(mv, slot);
        mv.visitInsn(Opcodes.AALOAD);
    }

    void storeSlot(MethodVisitor mv, int slot) {
        mv.visitVarInsn(Opcodes.ASTORE, scratchLocal);
        mv.visitVarInsn(Opcodes.ALOAD, arrayLocal);
        InstructionEmitter.pushInt(mv, slot);
        mv.visitVarInsn(Opcodes.ALOAD, scratchLocal);
        mv.visitInsn(Opcodes.AASTORE);
    }

    void jumpTo(MethodVisitor mv, BasicBlock b) {
        int i = index.get(b);
        if (i >= partStart && i < partEnd) {
            mv.visitJumpInsn(Opcodes.GOTO, fe.startLabels().get(b));
        } else {
            InstructionEmitter.pushInt(mv, i);
            mv.visitInsn(Opcodes.IRETURN);
        }
    }

    /** Pushes the frame array. */
    void pushArray(MethodVisitor mv) {
        mv.visitVarInsn(Opcodes.ALOAD, arrayLocal);
    }

    /** At a yield, with the value on the stack: the part returns it to the driver (as a return does). */
    void emitSuspend(MethodVisitor mv) {
        emitReturn(mv);
    }

    void emitReturn(MethodVisitor mv) {
        storeSlot(mv, retIndex);
        mv.visitInsn(Opcodes.ICONST_M1);
        mv.visitInsn(Opcodes.IRETURN);
    }
}
