package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/**
 * Whether a subject can match a sequence or mapping pattern (CPython's {@code MATCH_SEQUENCE}
 * and {@code MATCH_MAPPING}): a bool from the subject's type alone, never calling Python code
 * and never raising.
 */
public final class MatchShape extends Instr {
    public enum Shape {
        /**
         * The type is a sequence for pattern matching: list, tuple, range, memoryview,
         * collections.deque, array.array, a class registered with or inheriting from
         * {@code collections.abc.Sequence}, or a subclass of any of these (CPython's
         * {@code Py_TPFLAGS_SEQUENCE}). str, bytes and bytearray never are.
         */
        SEQUENCE,
        /**
         * The type is a mapping for pattern matching: dict, types.MappingProxyType, a class
         * registered with or inheriting from {@code collections.abc.Mapping}, or a subclass of
         * these (CPython's {@code Py_TPFLAGS_MAPPING}).
         */
        MAPPING
    }

    public final Temp result;
    public final Operand subject;
    public final Shape shape;

    public MatchShape(Temp result, Operand subject, Shape shape) {
        this.result = result;
        this.subject = subject;
        this.shape = shape;
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(subject);
    }

    @Override
    public String opName() {
        return "match_shape";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(shape);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitMatchShape(this);
    }
}
