package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Labeled;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/**
 * A class pattern's test and attribute fetch (CPython's {@code MATCH_CLASS}). {@code result} is
 * a tuple of {@code positional + keywords.size()} attribute values, or None when the subject does
 * not match. In order:
 * <ol>
 *   <li>{@code cls} not a type: TypeError {@code called match pattern must be a class};</li>
 *   <li>{@code isinstance(subject, cls)} false (honouring {@code __instancecheck__}): None;</li>
 *   <li>with {@code positional > 0}: {@code cls.__match_args__} is looked up (on the class; an
 *       AttributeError means absent). Present but not exactly a tuple: TypeError
 *       {@code <cls>.__match_args__ must be a tuple (got <type>)}. Absent: it counts as
 *       {@code ()}, except that the builtins that match themselves (bool, bytearray, bytes,
 *       dict, float, frozenset, int, list, set, str, tuple, and their subclasses that do not
 *       define {@code __match_args__}) allow one positional sub-pattern, which receives the
 *       subject itself. More positional sub-patterns than allowed: TypeError
 *       {@code <cls>() accepts N positional sub-pattern[s] (M given)} ("sub-pattern" when N is
 *       1). Otherwise, for each of the first {@code positional} names: an item that is not
 *       exactly a str raises TypeError {@code __match_args__ elements must be strings (got
 *       <type>)}; then the attribute is fetched as for a keyword below;</li>
 *   <li>for each name of {@code keywords}, in order: a name already fetched (positionally or
 *       by keyword) raises TypeError {@code <cls>() got multiple sub-patterns for attribute
 *       '<name>'}; {@code getattr(subject, name)}, where an AttributeError makes the result None
 *       (other exceptions propagate).</li>
 * </ol>
 * {@code <cls>} is the class's {@code __name__} (CPython's {@code tp_name}).
 */
public final class MatchClass extends Instr {
    public final Temp result;
    public final Operand subject;
    public final Operand cls;
    public final int positional;
    public final List<String> keywords;

    public MatchClass(Temp result, Operand subject, Operand cls, int positional, List<String> keywords) {
        this.result = result;
        this.subject = subject;
        this.cls = cls;
        this.positional = positional;
        this.keywords = List.copyOf(keywords);
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.of(subject, cls);
    }

    @Override
    public String opName() {
        return "match_class";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(new Labeled("positional", positional), keywords);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitMatchClass(this);
    }
}
