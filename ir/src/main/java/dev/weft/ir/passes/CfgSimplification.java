package dev.weft.ir.passes;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.IrFunction;
import dev.weft.ir.instr.Branch;
import dev.weft.ir.instr.ForIter;
import dev.weft.ir.instr.Jump;
import dev.weft.ir.instr.Send;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tidies the control-flow graph lowering leaves behind: jumps to blocks that only jump are
 * threaded to the final target, a block reached only by a jump from one predecessor with the
 * same handler is merged into it, unreachable blocks are dropped, and the rest are laid out in
 * reverse post-order (so most jumps fall through). Behaviour is unchanged.
 */
public final class CfgSimplification {
    private CfgSimplification() {}

    /** Simplifies {@code function} and every function nested in it. */
    public static void run(IrFunction function) {
        threadJumps(function);
        mergeStraightLines(function);
        layout(function);
        for (IrFunction child : function.children()) {
            run(child);
        }
    }

    private static void threadJumps(IrFunction f) {
        for (BasicBlock b : f.blocks()) {
            Instr t = b.terminator();
            if (t == null) {
                continue;
            }
            Instr replaced = retarget(t);
            if (replaced != t) {
                replaced.atSameAs(t);
                b.instrs().set(b.instrs().size() - 1, replaced);
            }
        }
    }

    private static Instr retarget(Instr t) {
        if (t instanceof Jump) {
            return new Jump(finalTarget(((Jump) t).target));
        }
        if (t instanceof Branch) {
            Branch br = (Branch) t;
            return new Branch(br.condition, finalTarget(br.ifTrue), finalTarget(br.ifFalse));
        }
        if (t instanceof ForIter) {
            ForIter fi = (ForIter) t;
            return new ForIter(fi.result, fi.iterator, finalTarget(fi.body), finalTarget(fi.exit));
        }
        if (t instanceof Send) {
            Send s = (Send) t;
            return new Send(s.result, s.iterator, s.value, finalTarget(s.yielded), finalTarget(s.done));
        }
        return t;
    }

    /** Follows blocks that hold nothing but a jump; stops on a cycle. */
    private static BasicBlock finalTarget(BasicBlock b) {
        Set<BasicBlock> seen = new HashSet<>();
        while (b.instrs().size() == 1 && b.instrs().get(0) instanceof Jump && seen.add(b)) {
            b = ((Jump) b.instrs().get(0)).target;
        }
        return b;
    }

    private static void mergeStraightLines(IrFunction f) {
        Map<BasicBlock, Integer> preds = predecessorCounts(f);
        Set<BasicBlock> handlers = new HashSet<>();
        for (BasicBlock b : f.blocks()) {
            if (b.handler() != null) {
                handlers.add(b.handler());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (BasicBlock b : f.blocks()) {
                Instr t = b.terminator();
                if (!(t instanceof Jump)) {
                    continue;
                }
                BasicBlock next = ((Jump) t).target;
                if (next == b || next == f.entry() || handlers.contains(next)
                        || preds.getOrDefault(next, 0) != 1 || next.handler() != b.handler()) {
                    continue;
                }
                b.instrs().remove(b.instrs().size() - 1);
                b.instrs().addAll(next.instrs());
                next.instrs().clear();
                next.instrs().add(new Jump(next));  // now unreachable; dropped by layout
                preds.put(next, 0);
                changed = true;
            }
        }
    }

    private static Map<BasicBlock, Integer> predecessorCounts(IrFunction f) {
        Map<BasicBlock, Integer> preds = new HashMap<>();
        for (BasicBlock b : f.blocks()) {
            Instr t = b.terminator();
            if (t != null) {
                for (BasicBlock s : new LinkedHashSet<>(t.successors())) {
                    preds.merge(s, 1, Integer::sum);
                }
            }
            if (b.handler() != null) {
                preds.merge(b.handler(), 1, Integer::sum);
            }
        }
        return preds;
    }

    /** Reverse post-order from the entry; handlers count as successors, so they are kept. */
    private static void layout(IrFunction f) {
        List<BasicBlock> post = new ArrayList<>();
        Set<BasicBlock> visited = new HashSet<>();
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {f.entry(), successors(f.entry()), 0});
        visited.add(f.entry());
        while (!stack.isEmpty()) {
            Object[] frame = stack.peek();
            @SuppressWarnings("unchecked")
            List<BasicBlock> succ = (List<BasicBlock>) frame[1];
            int i = (Integer) frame[2];
            if (i < succ.size()) {
                frame[2] = i + 1;
                BasicBlock s = succ.get(i);
                if (visited.add(s)) {
                    stack.push(new Object[] {s, successors(s), 0});
                }
            } else {
                stack.pop();
                post.add((BasicBlock) frame[0]);
            }
        }
        List<BasicBlock> order = new ArrayList<>(post.size());
        for (int i = post.size() - 1; i >= 0; i--) {
            order.add(post.get(i));
        }
        f.setBlocks(order);
    }

    private static List<BasicBlock> successors(BasicBlock b) {
        List<BasicBlock> out = new ArrayList<>();
        Instr t = b.terminator();
        if (t != null) {
            out.addAll(t.successors());
        }
        if (b.handler() != null) {
            out.add(b.handler());
        }
        return out;
    }
}
