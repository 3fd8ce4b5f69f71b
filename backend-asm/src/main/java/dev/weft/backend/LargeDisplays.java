package dev.weft.backend;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.ContainerOpKind;
import dev.weft.ir.Instr;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.instr.BuildDict;
import dev.weft.ir.instr.BuildList;
import dev.weft.ir.instr.BuildSet;
import dev.weft.ir.instr.BuildString;
import dev.weft.ir.instr.BuildTuple;
import dev.weft.ir.instr.Call;
import dev.weft.ir.instr.ContainerOp;
import dev.weft.ir.instr.LoadBuiltin;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites displays with very many items ({@code [...]}, {@code {...}}, tuples, f-strings) into
 * a first display plus in-place updates of at most {@code maxItems} items each, so that no
 * single instruction's code outgrows a method part. The items are already evaluated, in
 * order, before the display, so building it in steps changes nothing observable.
 */
final class LargeDisplays {
    private LargeDisplays() { }

    static void rewrite(IrFunction f, int maxItems) {
        for (BasicBlock b : f.blocks()) {
            List<Instr> out = new ArrayList<>();
            boolean changed = false;
            for (Instr i : b.instrs()) {
                List<Instr> r = rewrite(f, i, maxItems);
                if (r == null) {
                    out.add(i);
                } else {
                    for (Instr x : r) {
                        x.atSameAs(i);
                    }
                    out.addAll(r);
                    changed = true;
                }
            }
            if (changed) {
                b.instrs().clear();
                b.instrs().addAll(out);
            }
        }
    }

    private static List<Instr> rewrite(IrFunction f, Instr i, int max) {
        if (i instanceof BuildList l && l.items.size() > max) {
            return incremental(f, l.result, l.items, max, 1, ContainerOpKind.LIST_EXTEND, "list");
        }
        if (i instanceof BuildSet s && s.items.size() > max) {
            return incremental(f, s.result, s.items, max, 1, ContainerOpKind.SET_UPDATE, "set");
        }
        if (i instanceof BuildDict d && d.items.size() > max) {
            return incremental(f, d.result, d.items, max, 2, ContainerOpKind.DICT_UPDATE, "dict");
        }
        if (i instanceof BuildTuple t && t.items.size() > max) {
            Temp list = f.newTemp();
            List<Instr> r = incremental(f, list, t.items, max, 1, ContainerOpKind.LIST_EXTEND, "list");
            Temp tuple = f.newTemp();
            r.add(new LoadBuiltin(tuple, "tuple"));
            r.add(new Call(t.result, tuple, List.of(list), List.of()));
            return r;
        }
        if (i instanceof BuildString s && s.parts.size() > max) {
            List<Instr> r = new ArrayList<>();
            Temp acc = null;
            for (int k = 0; k < s.parts.size(); k += max) {
                List<Operand> chunk = new ArrayList<>(s.parts.subList(k, Math.min(s.parts.size(), k + max)));
                if (acc != null) {
                    chunk.add(0, acc);
                }
                Temp next = k + max >= s.parts.size() ? s.result : f.newTemp();
                r.add(new BuildString(next, chunk));
                acc = next;
            }
            return r;
        }
        return null;
    }

    /** {@code result = display(first chunk)}, then {@code result.update(display(next chunk))} per chunk. */
    private static List<Instr> incremental(IrFunction f, Temp result, List<Operand> items, int max, int stride,
                                           ContainerOpKind update, String kind) {
        int step = Math.max(stride, max - max % stride);
        List<Instr> r = new ArrayList<>();
        r.add(make(kind, result, items.subList(0, step)));
        for (int k = step; k < items.size(); k += step) {
            Temp part = f.newTemp();
            r.add(make(kind, part, items.subList(k, Math.min(items.size(), k + step))));
            r.add(new ContainerOp(result, part, update));
        }
        return r;
    }

    private static Instr make(String kind, Temp result, List<Operand> items) {
        return switch (kind) {
            case "list" -> new BuildList(result, items);
            case "set" -> new BuildSet(result, items);
            default -> new BuildDict(result, items);
        };
    }
}
