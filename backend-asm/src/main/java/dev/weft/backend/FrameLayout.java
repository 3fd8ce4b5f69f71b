package dev.weft.backend;

import dev.weft.ir.IrFunction;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * JVM local-variable slots of one compiled function. Fixed slots come first (the method's
 * arguments, the function object, its globals, the class namespace), then one slot per
 * variable kept in the frame (LOCAL values, CELL/FREE/CLASS_FREE cells), then one per
 * temporary. A generator spills exactly the variable and temporary slots at each yield.
 */
final class FrameLayout {
    /** Normal functions: slot 0 = PyFunction, 1 = PyObject[] frame. Generators: 0 = GeneratorFrame, 1 = PyGenerator, 2 = sent value, 3 = thrown exception. */
    static final int ARG0 = 0;
    static final int ARG1 = 1;
    static final int GEN = 1;
    static final int SENT = 2;
    static final int THROWN = 3;
    final int fnSlot;
    final int globalsSlot;
    final int namespaceSlot;
    final int firstSpilled;
    final int slotCount;
    private final Map<Variable, Integer> variableSlots = new IdentityHashMap<>();
    private final java.util.Set<Integer> cellSlots = new java.util.HashSet<>();
    private final int firstTemp;

    FrameLayout(IrFunction f, boolean generator) {
        this(f, generator, false);
    }

    /**
     * With {@code inArray}, for a function split into several methods: the function, globals
     * and namespace are the first three arguments of each part, and variables and
     * temporaries are indexes into one shared array instead of JVM locals.
     */
    FrameLayout(IrFunction f, boolean generator, boolean inArray) {
        int next = generator ? 4 : 2;
        if (inArray) {
            // JVM locals of every part (and the driver): a generator's four resume arguments
            // first, then the function, globals and namespace; the slots are array indexes.
            int first = generator ? 4 : 0;
            fnSlot = first;
            globalsSlot = first + 1;
            namespaceSlot = first + 2;
            next = 0;
        } else {
            fnSlot = generator ? next++ : ARG0;
            globalsSlot = next++;
            namespaceSlot = next++;
        }
        firstSpilled = next;
        for (Variable v : f.variables()) {
            if (v.storage != Variable.Storage.GLOBAL && v.storage != Variable.Storage.NAME) {
                if (v.storage != Variable.Storage.LOCAL) {
                    cellSlots.add(next);
                }
                variableSlots.put(v, next++);
            }
        }
        firstTemp = next;
        slotCount = next + f.tempCount();
    }

    /** The slot of a LOCAL variable (its value) or a CELL/FREE/CLASS_FREE one (its cell). */
    int slot(Variable v) {
        Integer s = variableSlots.get(v);
        if (s == null) {
            throw new IllegalStateException("variable not in frame: " + v);
        }
        return s;
    }

    /** The first temporary's slot (variables lie between {@link #firstSpilled} and it). */
    int firstTemp() {
        return firstTemp;
    }

    int slot(Temp t) {
        return firstTemp + t.index;
    }

    /** Whether a spilled slot holds a cell (restored with a cast to PyCell). */
    boolean holdsCell(int slot) {
        return cellSlots.contains(slot);
    }
}
