package dev.weft.ir.instr;

import dev.weft.ir.Operand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small helpers the instruction classes share to report their operands and attributes. */
final class Operands {
    private Operands() {}

    /** The given operands in order, leaving out absent (null) ones. */
    static List<Operand> of(Operand... operands) {
        List<Operand> out = new ArrayList<>(operands.length);
        for (Operand o : operands) {
            if (o != null) {
                out.add(o);
            }
        }
        return Collections.unmodifiableList(out);
    }

    @SafeVarargs
    static List<Operand> concat(List<? extends Operand>... lists) {
        List<Operand> out = new ArrayList<>();
        for (List<? extends Operand> l : lists) {
            for (Operand o : l) {
                if (o != null) {
                    out.add(o);
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Attribute values for the printer, leaving out absent (null) and empty-list ones. */
    static List<Object> attributes(Object... values) {
        List<Object> out = new ArrayList<>(values.length);
        for (Object v : values) {
            if (v != null && !(v instanceof List && ((List<?>) v).isEmpty())) {
                out.add(v);
            }
        }
        return Collections.unmodifiableList(out);
    }
}
