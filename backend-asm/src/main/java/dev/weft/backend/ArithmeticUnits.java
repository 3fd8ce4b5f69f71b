package dev.weft.backend;

import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.Operator;
import dev.weft.ir.BasicBlock;
import dev.weft.ir.Const;
import dev.weft.ir.Instr;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;
import dev.weft.ir.instr.BinaryOp;
import dev.weft.ir.instr.Branch;
import dev.weft.ir.instr.Compare;
import dev.weft.ir.instr.LoadVar;
import dev.weft.ir.instr.StoreVar;
import dev.weft.ir.instr.UnaryOp;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the arithmetic expression trees that {@link FusedArithmetic} computes unboxed: within
 * one block, a contiguous run of instructions made of local-variable loads and int/float
 * operators whose intermediate temporaries are each read once, by the next operator of the
 * tree (so nothing outside the run sees them and nothing runs between them). Such a unit is
 * emitted as a guarded fast path (every operand an exact int fitting a long, or every operand
 * an exact float) followed by the run's own instructions as the fallback; a comparison at the
 * root may take the branch on its result with it (no bool object). Units pay for themselves
 * when they save a box: two operators or more, or a comparison feeding a branch.
 */
final class ArithmeticUnits {
    /** Functions larger than this are left alone: the fast paths grow the method, and HotSpot does not compile methods over 8000 bytes. */
    static final int MAX_FUNCTION_INSTRUCTIONS = 600;

    /** A tree node: a leaf value or an operator over nodes. */
    sealed interface Node permits Leaf, Op { }

    /** A leaf: a local variable (loaded by the unit), or an operand already computed (temporary) or constant. */
    record Leaf(Variable variable, Operand operand) implements Node { }

    /** An operator instruction at index {@code index} of the block, whose tree starts at index {@code start}. */
    record Op(Instr instr, List<Node> operands, int start, int index) implements Node { }

    /** The kinds of fast path a unit has (int first, then float). */
    record Unit(Op root, Branch branch, boolean longPath, boolean doublePath, List<Unit> nested) {
        int start() {
            return root.start;
        }

        /** The index of the last instruction the unit emits (the branch, when it has one). */
        int end() {
            return root.index + (branch != null ? 1 : 0);
        }

        boolean fast() {
            return longPath || doublePath;
        }
    }

    private final Map<Integer, Integer> uses = new HashMap<>();
    /** Local variables assigned a float constant somewhere in the function ({@code x = 0.0}), or an int one. */
    private final Set<Variable> floatVariables = new HashSet<>(), intVariables = new HashSet<>();
    /** Whether the function has float constants, / or ** anywhere; bitwise operators anywhere. */
    private boolean floatCode, intCode;
    private final Map<Integer, Integer> defs = new HashMap<>();

    private ArithmeticUnits(IrFunction f) {
        for (BasicBlock b : f.blocks()) {
            for (Instr i : b.instrs()) {
                for (Operand o : i.uses()) {
                    if (o instanceof Temp t) {
                        uses.merge(t.index, 1, Integer::sum);
                    }
                }
                for (Temp t : i.defs()) {
                    defs.merge(t.index, 1, Integer::sum);
                }
                noteEvidence(i);
            }
        }
    }

    private void noteEvidence(Instr i) {
        if (i instanceof StoreVar sv && sv.value instanceof Const c) {
            if (c.value instanceof Double) {
                floatVariables.add(sv.variable);
            } else if (c.value instanceof BigInteger) {
                intVariables.add(sv.variable);
            }
        }
        if (i instanceof BinaryOp || i instanceof Compare) {
            for (Operand o : operandsOf(i)) {
                floatCode |= o instanceof Const c && c.value instanceof Double;
            }
        }
        if (i instanceof BinaryOp b) {
            switch (b.op) {
                case DIV, POW -> floatCode = true;
                case L_SHIFT, R_SHIFT, BIT_AND, BIT_OR, BIT_XOR -> intCode = true;
                default -> { }
            }
        }
        intCode |= i instanceof UnaryOp u && u.op == dev.weft.frontend.ast.UnaryOpKind.INVERT;
    }

    /**
     * For a tree both paths could compute: the one the evidence points to, else both (two
     * paths double the unit's code, and a larger method gets less inlining from the JIT).
     * Evidence, strongest first: a leaf variable only ever assigned float (int) constants; an
     * int constant in the tree (floats would have hinted with a float constant); the function's
     * other code (float constants and / or ** but no bitwise operators, or the reverse).
     */
    private boolean[] choosePaths(Op root) {
        Set<Variable> leaves = new HashSet<>();
        boolean[] intConst = {false};
        collectLeaves(root, leaves, intConst);
        boolean floatVar = false, intVar = false;
        for (Variable v : leaves) {
            floatVar |= floatVariables.contains(v);
            intVar |= intVariables.contains(v);
        }
        if (floatVar != intVar) {
            return new boolean[] {intVar, floatVar};
        }
        if (intConst[0]) {
            return new boolean[] {true, false};
        }
        if (floatCode != intCode) {
            return new boolean[] {intCode, floatCode};
        }
        return new boolean[] {true, true};
    }

    private static void collectLeaves(Node n, Set<Variable> leaves, boolean[] intConst) {
        if (n instanceof Leaf l) {
            if (l.variable != null) {
                leaves.add(l.variable);
            }
            intConst[0] |= l.operand instanceof Const c && c.value instanceof BigInteger;
            return;
        }
        for (Node m : ((Op) n).operands) {
            collectLeaves(m, leaves, intConst);
        }
    }

    /** The outermost units of each block, keyed by the index of their first instruction. */
    static Map<BasicBlock, Map<Integer, Unit>> plan(IrFunction f) {
        Map<BasicBlock, Map<Integer, Unit>> out = new IdentityHashMap<>();
        // -Dweft.fusion=off: every operator boxed (to compare, or to rule fusion out)
        if (System.getProperty("weft.fusion", "on").equals("off") || f.kind() == IrFunction.Kind.MODULE || f.kind() == IrFunction.Kind.CLASS_BODY) {
            return out; // run once: no loop to speed up, only code to grow
        }
        int count = 0;
        for (BasicBlock b : f.blocks()) {
            count += b.instrs().size();
        }
        if (count > MAX_FUNCTION_INSTRUCTIONS) {
            return out;
        }
        ArithmeticUnits a = new ArithmeticUnits(f);
        for (BasicBlock b : f.blocks()) {
            Map<Integer, Unit> units = a.planBlock(b.instrs());
            if (!units.isEmpty()) {
                out.put(b, units);
            }
        }
        return out;
    }

    private Map<Integer, Unit> planBlock(List<Instr> instrs) {
        Map<Integer, Unit> units = new HashMap<>();
        for (int k = instrs.size() - 1; k >= 0; k--) {
            Instr in = instrs.get(k);
            if (!isOperator(in) && !isRichCompare(in)) {
                continue;
            }
            Op root = absorb(instrs, k);
            Branch branch = null;
            if (in instanceof Compare c && k + 1 < instrs.size() && instrs.get(k + 1) instanceof Branch br
                    && br.condition == c.result && usedOnce(c.result)) {
                branch = br;
            }
            Unit u = unit(root, branch);
            if (u != null) {
                units.put(u.start(), u);
            }
            k = root.start;
        }
        return units;
    }

    /** The tree rooted at instruction k: operands defined just before it (right to left) by loads or operators are absorbed. */
    private Op absorb(List<Instr> instrs, int k) {
        Instr in = instrs.get(k);
        List<Operand> operands = operandsOf(in);
        Node[] nodes = new Node[operands.size()];
        int pos = k;
        for (int j = operands.size() - 1; j >= 0; j--) {
            Operand o = operands.get(j);
            if (o instanceof Temp t && pos > 0 && usedOnce(t) && definedBy(instrs.get(pos - 1), t)) {
                Instr d = instrs.get(pos - 1);
                if (d instanceof LoadVar lv && lv.variable.storage == Variable.Storage.LOCAL) {
                    nodes[j] = new Leaf(lv.variable, null);
                    pos--;
                    continue;
                }
                if (isOperator(d)) {
                    Op child = absorb(instrs, pos - 1);
                    nodes[j] = child;
                    pos = child.start;
                    continue;
                }
            }
            nodes[j] = new Leaf(null, o);
        }
        return new Op(in, List.of(nodes), pos, k);
    }

    private static boolean definedBy(Instr d, Temp t) {
        List<Temp> ds = d.defs();
        return ds.size() == 1 && ds.get(0).index == t.index;
    }

    private boolean usedOnce(Temp t) {
        return uses.getOrDefault(t.index, 0) == 1 && defs.getOrDefault(t.index, 0) == 1;
    }

    private Unit unit(Op root, Branch branch) {
        boolean longs = longsOk(root), doubles = doublesOk(root);
        List<Unit> nested = new ArrayList<>();
        if (longs && doubles) {
            boolean[] paths = choosePaths(root);
            longs = paths[0];
            doubles = paths[1];
        } else if (!longs) {
            // e.g. 1.0 / (i * (i + 1) // 2 + 1): the int subtree gets its long path in the fallback
            longUnits(root, nested);
        }
        if (!worthIt(root, branch) || !(longs || doubles)) {
            return nested.isEmpty() ? null : new Unit(root, null, false, false, nested);
        }
        return new Unit(root, branch, longs, doubles, nested);
    }

    /** Long-path units for the largest subtrees below {@code n} that can be computed in longs and may be ints. */
    private void longUnits(Op n, List<Unit> out) {
        for (Node m : n.operands) {
            if (m instanceof Op child) {
                if (longsOk(child) && worthIt(child, null) && choosePaths(child)[0]) {
                    out.add(new Unit(child, null, true, false, List.of()));
                } else if (!longsOk(child)) {
                    longUnits(child, out);
                }
            }
        }
    }

    private static boolean worthIt(Op root, Branch branch) {
        return (operators(root) >= 2 || branch != null) && hasVariableLeaf(root);
    }

    // ---- which instructions and operands qualify ----

    static boolean isOperator(Instr in) {
        if (in instanceof BinaryOp b) {
            return b.op != Operator.MAT_MULT;
        }
        return in instanceof UnaryOp u
                && (u.op == dev.weft.frontend.ast.UnaryOpKind.U_SUB || u.op == dev.weft.frontend.ast.UnaryOpKind.INVERT);
    }

    static boolean isRichCompare(Instr in) {
        if (!(in instanceof Compare c)) {
            return false;
        }
        CmpOpKind k = c.op;
        return k == CmpOpKind.LT || k == CmpOpKind.LT_E || k == CmpOpKind.EQ || k == CmpOpKind.NOT_EQ
                || k == CmpOpKind.GT || k == CmpOpKind.GT_E;
    }

    static List<Operand> operandsOf(Instr in) {
        if (in instanceof BinaryOp b) {
            return List.of(b.left, b.right);
        }
        if (in instanceof Compare c) {
            return List.of(c.left, c.right);
        }
        return List.of(((UnaryOp) in).operand);
    }

    private static int operators(Node n) {
        if (n instanceof Op op) {
            int c = 1;
            for (Node m : op.operands) {
                c += operators(m);
            }
            return c;
        }
        return 0;
    }

    private static boolean hasVariableLeaf(Node n) {
        if (n instanceof Leaf l) {
            return !(l.operand instanceof Const);
        }
        for (Node m : ((Op) n).operands) {
            if (hasVariableLeaf(m)) {
                return true;
            }
        }
        return false;
    }

    /** Every operator has an int meaning on longs, every constant is an int that fits one. */
    static boolean longsOk(Node n) {
        if (n instanceof Leaf l) {
            return !(l.operand instanceof Const c) || c.value instanceof BigInteger v && v.bitLength() < 64;
        }
        Op op = (Op) n;
        if (op.instr instanceof BinaryOp b && (b.op == Operator.DIV || b.op == Operator.POW)) {
            return false;
        }
        for (Node m : op.operands) {
            if (!longsOk(m)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every operator has a float meaning, every constant is a float or an int a double holds
     * exactly, and every operator has a float operand below it (so no int-only subexpression
     * is computed in doubles).
     */
    static boolean doublesOk(Node n) {
        if (n instanceof Leaf l) {
            if (l.operand instanceof Const c) {
                return c.value instanceof Double
                        || c.value instanceof BigInteger v && v.abs().compareTo(BigInteger.ONE.shiftLeft(53)) <= 0;
            }
            return true;
        }
        Op op = (Op) n;
        if (op.instr instanceof BinaryOp b) {
            switch (b.op) {
                case L_SHIFT, R_SHIFT, BIT_OR, BIT_XOR, BIT_AND, MAT_MULT -> {
                    return false;
                }
                default -> { }
            }
        } else if (op.instr instanceof UnaryOp u && u.op != dev.weft.frontend.ast.UnaryOpKind.U_SUB) {
            return false;
        }
        if (!hasFloatLeaf(op)) {
            return false;
        }
        for (Node m : op.operands) {
            if (!doublesOk(m)) {
                return false;
            }
        }
        return true;
    }

    /** A leaf that is a float in the double path: a variable or temporary (guarded) or a float constant. */
    private static boolean hasFloatLeaf(Node n) {
        if (n instanceof Leaf l) {
            return !(l.operand instanceof Const c) || c.value instanceof Double;
        }
        for (Node m : ((Op) n).operands) {
            if (hasFloatLeaf(m)) {
                return true;
            }
        }
        return false;
    }
}
