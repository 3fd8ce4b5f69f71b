package dev.weft.backend;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Variable;
import dev.weft.ir.instr.MakeFunction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which closure cell each free variable of a code object reads: the {@code function}
 * instruction that creates it lists the enclosing variables in the order of the code's free
 * variables. An enclosing variable renamed by comprehension inlining ({@code x@2}) is the
 * child's {@code x}.
 */
final class ClosureLayout {
    private final Map<IrFunction, Map<String, Integer>> indexes = new IdentityHashMap<>();

    ClosureLayout(IrFunction root) {
        visit(root);
    }

    private void visit(IrFunction f) {
        for (BasicBlock b : f.blocks()) {
            for (Instr i : b.instrs()) {
                if (i instanceof MakeFunction mf) {
                    Map<String, Integer> m = new HashMap<>();
                    List<Variable> closure = mf.closure == null ? List.of() : mf.closure;
                    for (int k = 0; k < closure.size(); k++) {
                        m.putIfAbsent(baseName(closure.get(k).name), k);
                    }
                    indexes.put(mf.code, m);
                }
            }
        }
        for (IrFunction c : new ArrayList<>(f.children())) {
            visit(c);
        }
    }

    static String baseName(String name) {
        int at = name.indexOf('@');
        return at < 0 ? name : name.substring(0, at);
    }

    /** Whether some reachable {@code function} instruction creates {@code f} (dead code may hold the only one). */
    boolean isCreated(IrFunction f) {
        return indexes.containsKey(f);
    }

    /** The closure index of free variable {@code name} of {@code f}, or -1. */
    int indexOf(IrFunction f, String name) {
        Map<String, Integer> m = indexes.get(f);
        if (m == null) {
            return -1;
        }
        Integer i = m.get(baseName(name));
        return i == null ? -1 : i;
    }
}
