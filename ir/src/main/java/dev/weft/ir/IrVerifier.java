package dev.weft.ir;

import dev.weft.ir.instr.CaughtException;
import dev.weft.ir.instr.DeleteVar;
import dev.weft.ir.instr.Send;
import dev.weft.ir.instr.StoreVar;
import dev.weft.ir.instr.Yield;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the structural rules every pass and the backend rely on: each block ends in exactly one
 * terminator; edges stay inside the function; handler blocks, and only they, begin with
 * {@code caught}; every temporary is defined on every path before it is read; suspension points
 * appear only in generators and coroutines; class-namespace-first variables
 * ({@code CLASS_FREE}, {@code CLASS_GLOBAL}) are only loaded.
 */
public final class IrVerifier {
    private final List<String> problems = new ArrayList<>();

    private IrVerifier() {}

    /** Verifies a module and all nested functions; throws {@link IrVerificationError} listing every problem. */
    public static void verify(IrModule module) {
        verify(module.body());
    }

    public static void verify(IrFunction function) {
        IrVerifier v = new IrVerifier();
        v.function(function);
        if (!v.problems.isEmpty()) {
            throw new IrVerificationError(String.join("\n", v.problems));
        }
    }

    private void function(IrFunction f) {
        String where = f.qualname();
        Set<BasicBlock> own = new HashSet<>(f.blocks());
        Set<BasicBlock> handlers = new HashSet<>();
        for (BasicBlock b : f.blocks()) {
            if (b.handler() != null) {
                handlers.add(b.handler());
                if (!own.contains(b.handler())) {
                    problems.add(where + ": " + b + " has a handler outside the function");
                }
            }
        }
        for (BasicBlock b : f.blocks()) {
            List<Instr> instrs = b.instrs();
            if (instrs.isEmpty() || !instrs.get(instrs.size() - 1).isTerminator()) {
                problems.add(where + ": " + b + " does not end in a terminator");
            }
            for (int i = 0; i < instrs.size(); i++) {
                Instr in = instrs.get(i);
                if (in.isTerminator() && i != instrs.size() - 1) {
                    problems.add(where + ": " + b + " has a terminator before its end: " + IrPrinter.instr(in));
                }
                if (in instanceof CaughtException && (i != 0 || !handlers.contains(b))) {
                    problems.add(where + ": " + b + ": 'caught' outside the start of a handler block");
                }
                if ((in instanceof Yield || in instanceof Send) && !f.isGenerator() && !f.isCoroutine()) {
                    problems.add(where + ": " + b + ": suspension point in a function that is not a generator or coroutine");
                }
                Variable written = in instanceof StoreVar ? ((StoreVar) in).variable
                        : in instanceof DeleteVar ? ((DeleteVar) in).variable : null;
                if (written != null && (written.storage == Variable.Storage.CLASS_FREE
                        || written.storage == Variable.Storage.CLASS_GLOBAL)) {
                    problems.add(where + ": " + b + ": store to load-only variable " + written);
                }
                for (BasicBlock s : in.successors()) {
                    if (!own.contains(s)) {
                        problems.add(where + ": " + b + " jumps to a block outside the function");
                    }
                }
            }
            if (handlers.contains(b) && (instrs.isEmpty() || !(instrs.get(0) instanceof CaughtException))) {
                problems.add(where + ": handler " + b + " does not begin with 'caught'");
            }
        }
        if (problems.isEmpty()) {
            definiteAssignment(f);
        }
        for (IrFunction child : f.children()) {
            function(child);
        }
    }

    /** Forward must-analysis: the temporaries defined on every path into each block. */
    private void definiteAssignment(IrFunction f) {
        List<BasicBlock> blocks = f.blocks();
        Map<BasicBlock, Integer> pos = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            pos.put(blocks.get(i), i);
        }
        BitSet[] in = new BitSet[blocks.size()];
        in[0] = new BitSet(f.tempCount());
        Deque<Integer> work = new ArrayDeque<>();
        work.add(0);
        while (!work.isEmpty()) {
            int bi = work.poll();
            BasicBlock b = blocks.get(bi);
            BitSet cur = (BitSet) in[bi].clone();
            for (Instr instr : b.instrs()) {
                // The handler may be entered before any instruction of the block has run.
                if (b.handler() != null) {
                    flow(pos.get(b.handler()), cur, in, work);
                }
                if (instr.isTerminator()) {
                    // Terminators define their result only on the edges they take.
                    BitSet out = (BitSet) cur.clone();
                    for (Temp t : instr.defs()) {
                        out.set(t.index);
                    }
                    for (BasicBlock s : instr.successors()) {
                        flow(pos.get(s), out, in, work);
                    }
                } else {
                    for (Temp t : instr.defs()) {
                        cur.set(t.index);
                    }
                }
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (in[i] == null) {
                continue;  // unreachable
            }
            BasicBlock b = blocks.get(i);
            BitSet cur = (BitSet) in[i].clone();
            for (Instr instr : b.instrs()) {
                for (Operand o : instr.uses()) {
                    if (o instanceof Temp && !cur.get(((Temp) o).index)) {
                        problems.add(f.qualname() + ": " + b + ": " + o + " may be read before it is defined: "
                                + IrPrinter.instr(instr));
                    }
                }
                for (Temp t : instr.defs()) {
                    cur.set(t.index);
                }
            }
        }
    }

    /** Merges {@code out} into the entry set of {@code target}, queueing it when that set shrinks. */
    private static void flow(int target, BitSet out, BitSet[] in, Deque<Integer> work) {
        if (in[target] == null) {
            in[target] = (BitSet) out.clone();
            work.add(target);
            return;
        }
        BitSet merged = (BitSet) in[target].clone();
        merged.and(out);
        if (!merged.equals(in[target])) {
            in[target] = merged;
            if (!work.contains(target)) {
                work.add(target);
            }
        }
    }

    /** Thrown when IR breaks a structural rule; the message lists every problem found. */
    public static final class IrVerificationError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IrVerificationError(String message) {
            super(message);
        }
    }
}
