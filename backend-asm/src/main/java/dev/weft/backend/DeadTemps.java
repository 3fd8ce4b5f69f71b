package dev.weft.backend;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.instr.ForIter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which temporaries to null after their last use, so that a JVM local does not keep an object
 * alive after the Python code dropped it ({@code del x}, a discarded call result, the item of a
 * loop): CPython frees such objects at once, and weakref callbacks and {@code gc.collect()}
 * observe it. Only the cheap, certain cases: a temporary whose definitions and uses all lie in
 * one block is cleared after its last use there (or after its definition if never used), and a
 * loop item ({@code for_iter}'s result) used only in the loop body's first block is cleared
 * after its last use there. Never after a block's terminator (nothing runs after it).
 */
final class DeadTemps {
    private DeadTemps() { }

    /** What to clear: after which instructions, and at the start of which blocks. */
    record Clears(Map<Instr, List<Temp>> after, Map<BasicBlock, List<Temp>> atStart) { }

    /**
     * For each instruction, the temporaries to clear right after it; and a loop's iterator at
     * the start of the block its exhaustion goes to, when only the loop reaches that block and
     * nothing else uses the iterator (a comprehension's, a for-else's).
     */
    static Clears compute(IrFunction f) {
        // Per temporary: the blocks it is used or defined in, leaving out for_iter definitions.
        Map<Integer, java.util.Set<BasicBlock>> sites = new HashMap<>();
        Map<Integer, BasicBlock> loopItemBody = new HashMap<>();
        java.util.Set<Integer> defined = new java.util.HashSet<>();
        for (BasicBlock b : f.blocks()) {
            for (Instr i : b.instrs()) {
                for (Temp t : i.defs()) {
                    defined.add(t.index);
                    if (i instanceof ForIter fi && fi.result == t) {
                        loopItemBody.put(t.index, fi.body);
                    } else {
                        site(sites, t, b);
                    }
                }
                for (Operand o : i.uses()) {
                    if (o instanceof Temp t) {
                        site(sites, t, b);
                    }
                }
            }
        }
        Map<Instr, List<Temp>> clearAfter = new IdentityHashMap<>();
        for (BasicBlock b : f.blocks()) {
            Map<Integer, Instr> last = new HashMap<>();
            Map<Integer, Temp> temps = new HashMap<>();
            for (Instr i : b.instrs()) {
                for (Temp t : i.defs()) {
                    last.putIfAbsent(t.index, i);
                    temps.put(t.index, t);
                }
                for (Operand o : i.uses()) {
                    if (o instanceof Temp t) {
                        last.put(t.index, i);
                        temps.put(t.index, t);
                    }
                }
            }
            for (Map.Entry<Integer, Instr> e : last.entrySet()) {
                int t = e.getKey();
                java.util.Set<BasicBlock> at = sites.getOrDefault(t, java.util.Set.of());
                BasicBlock body = loopItemBody.get(t);
                boolean clear = body == null ? at.size() == 1 && at.contains(b)
                        : body == b && at.size() == 1 && at.contains(b);
                if (clear && !e.getValue().isTerminator() && !(e.getValue() instanceof ForIter)) {
                    clearAfter.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(temps.get(t));
                }
            }
        }
        return new Clears(clearAfter, exhaustedIterators(f, sites));
    }

    private static Map<BasicBlock, List<Temp>> exhaustedIterators(IrFunction f,
                                                                  Map<Integer, java.util.Set<BasicBlock>> sites) {
        Map<BasicBlock, Integer> preds = new IdentityHashMap<>();
        for (BasicBlock b : f.blocks()) {
            if (b.handler() != null) {
                preds.merge(b.handler(), 1, Integer::sum);
            }
            for (Instr i : b.instrs()) {
                for (BasicBlock s : i.successors()) {
                    preds.merge(s, 1, Integer::sum);
                }
            }
        }
        Map<BasicBlock, List<Temp>> atStart = new IdentityHashMap<>();
        for (BasicBlock head : f.blocks()) {
            if (head.instrs().isEmpty() || !(head.instrs().get(head.instrs().size() - 1) instanceof ForIter fi)
                    || !(fi.iterator instanceof Temp it) || fi.exit == head || preds.getOrDefault(fi.exit, 0) != 1) {
                continue;
            }
            java.util.Set<BasicBlock> at = sites.getOrDefault(it.index, java.util.Set.of());
            // defined before the loop, used by the loop head only
            if (at.size() == 2 && at.contains(head) && head.instrs().stream().filter(i -> i.uses().contains(it)).count() == 1) {
                atStart.computeIfAbsent(fi.exit, k -> new ArrayList<>()).add(it);
            }
        }
        return atStart;
    }

    private static void site(Map<Integer, java.util.Set<BasicBlock>> sites, Temp t, BasicBlock b) {
        sites.computeIfAbsent(t.index, k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(b);
    }
}
