package dev.weft.backend;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.instr.Yield;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The temporaries a generator must keep across each of its yields: those live when the yield
 * resumes (read later, on some path, before being redefined), not counting the yield's own
 * result. A yield then spills its function's variables and only these temporaries, instead of
 * every slot of the frame. Classic backward liveness over the blocks; an exception may leave a
 * block at any instruction, so its handler's live-in counts as live at every point of it.
 */
final class YieldLiveness {
    private YieldLiveness() { }

    /** Per yield, the indexes of the temporaries live across it, ascending. */
    static Map<Yield, int[]> compute(IrFunction f) {
        List<BasicBlock> blocks = f.blocks();
        Map<BasicBlock, BitSet> liveIn = new IdentityHashMap<>();
        for (BasicBlock b : blocks) {
            liveIn.put(b, new BitSet());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = blocks.size() - 1; k >= 0; k--) {
                BasicBlock b = blocks.get(k);
                BitSet in = transfer(b, liveOut(b, liveIn), liveIn, null);
                if (!in.equals(liveIn.get(b))) {
                    liveIn.put(b, in);
                    changed = true;
                }
            }
        }
        Map<Yield, int[]> out = new IdentityHashMap<>();
        for (BasicBlock b : blocks) {
            transfer(b, liveOut(b, liveIn), liveIn, out);
        }
        return out;
    }

    private static BitSet liveOut(BasicBlock b, Map<BasicBlock, BitSet> liveIn) {
        BitSet out = new BitSet();
        Instr t = b.terminator();
        if (t != null) {
            for (BasicBlock s : t.successors()) {
                out.or(liveIn.get(s));
            }
        }
        return out;
    }

    /**
     * Walks the block backwards from {@code out}; returns its live-in. With {@code yields}, also
     * records each yield's live temporaries.
     */
    private static BitSet transfer(BasicBlock b, BitSet out, Map<BasicBlock, BitSet> liveIn, Map<Yield, int[]> yields) {
        BitSet handlerIn = b.handler() != null ? liveIn.get(b.handler()) : new BitSet();
        BitSet live = (BitSet) out.clone();
        live.or(handlerIn);
        List<Instr> instrs = b.instrs();
        for (int k = instrs.size() - 1; k >= 0; k--) {
            Instr i = instrs.get(k);
            if (yields != null && i instanceof Yield y) {
                BitSet across = (BitSet) live.clone();
                across.clear(y.result.index);
                yields.put(y, across.stream().toArray());
            }
            for (Temp d : i.defs()) {
                live.clear(d.index);
            }
            for (Operand o : i.uses()) {
                if (o instanceof Temp t) {
                    live.set(t.index);
                }
            }
            live.or(handlerIn);
        }
        return live;
    }
}
