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
 * Generators are not split (reported as not supported).
 */
final class MethodSplitter {
    /** Locals of the driver method. */
    static final int DRIVER_FRAME = 1;
    private static final int DRIVER_GLOBALS = 2, DRIVER_NS = 3, DRIVER_ARRAY = 4, DRIVER_BLOCK = 5, DRIVER_SCRATCH = 6;
    /** Locals of a part method (after fn, globals, ns). */
    private static final int PART_ARRAY = 3, PART_BLOCK = 4, PART_SCRATCH = 5;

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
        if (fe.generator) {
            throw new BackendLimitError("a generator too large for one JVM method (method splitting of generators)",
                    fe.module.filename, f.firstLine());
        }
        cutLargeBlocks();
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
        emitDriver(cw);
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
                    current.instrs().add(new Jump(next).atLine(in.line()));
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

    private void emitPart(ClassVisitor cw, int k) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, partName(k), PART_DESC, null,
                null);
        fe.mv = mv;
        fe.resetLine();
        arrayLocal = PART_ARRAY;
        scratchLocal = PART_SCRATCH;
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
        mv.visitVarInsn(Opcodes.ILOAD, PART_BLOCK);
        InstructionEmitter.pushInt(mv, partStart);
        mv.visitInsn(Opcodes.ISUB);
        mv.visitTableSwitchInsn(0, table.length - 1, bad, table);
        InstructionEmitter emitter = new InstructionEmitter(fe);
        for (BasicBlock b : blocks) {
            mv.visitLabel(starts.get(b));
            List<Instr> instrs = b.instrs();
            int firstInstr = 0;
            if (fe.handlerTargets().contains(b) && !instrs.isEmpty() && instrs.get(0) instanceof CaughtException c) {
                fe.lineAt(c.line(), true);
                loadSlot(mv, excIndex);
                fe.store(c.result);
                firstInstr = 1;
            }
            for (int i = firstInstr; i < instrs.size(); i++) {
                fe.lineAt(instrs.get(i).line(), false);
                instrs.get(i).accept(emitter);
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

    void emitReturn(MethodVisitor mv) {
        storeSlot(mv, retIndex);
        mv.visitInsn(Opcodes.ICONST_M1);
        mv.visitInsn(Opcodes.IRETURN);
    }
}
