package dev.weft.ir.lower;

import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.Match;
import dev.weft.frontend.ast.MatchAs;
import dev.weft.frontend.ast.MatchCase;
import dev.weft.frontend.ast.MatchClass;
import dev.weft.frontend.ast.MatchMapping;
import dev.weft.frontend.ast.MatchOr;
import dev.weft.frontend.ast.MatchSequence;
import dev.weft.frontend.ast.MatchSingleton;
import dev.weft.frontend.ast.MatchStar;
import dev.weft.frontend.ast.MatchValue;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.Pattern;
import dev.weft.ir.BasicBlock;
import dev.weft.ir.Const;
import dev.weft.ir.ContainerOpKind;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.instr.BinaryOp;
import dev.weft.ir.instr.Branch;
import dev.weft.ir.instr.BuildDict;
import dev.weft.ir.instr.BuildTuple;
import dev.weft.ir.instr.Compare;
import dev.weft.ir.instr.ContainerOp;
import dev.weft.ir.instr.Copy;
import dev.weft.ir.instr.DelItem;
import dev.weft.ir.instr.GetItem;
import dev.weft.ir.instr.GetLen;
import dev.weft.ir.instr.Jump;
import dev.weft.ir.instr.MatchKeys;
import dev.weft.ir.instr.MatchShape;
import dev.weft.ir.instr.StoreVar;
import dev.weft.ir.instr.Unpack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers {@code match} as CPython 3.13's compiler does ({@code compiler_match},
 * {@code compiler_pattern*}): the cases are tried in order, each pattern a sequence of tests
 * that jump to the next case on failure, in CPython's order of tests and evaluations. Captured
 * values are held in temporaries while the pattern is tested and bound to their names only
 * when the whole pattern has matched, before the guard runs (so a failing guard leaves them
 * bound, as in CPython); an or-pattern's alternatives deliver their captures to one set of
 * temporaries, in the first alternative's order.
 */
final class MatchLowering {
    private final CodeUnit u;

    MatchLowering(CodeUnit u) {
        this.u = u;
    }

    void match(Match m) {
        Operand subject = u.expressions.lower(m.subject);
        BasicBlock end = u.b.newBlock();
        for (MatchCase c : m.cases) {
            BasicBlock next = u.b.newBlock();
            Map<String, Operand> captures = new LinkedHashMap<>();
            pattern(c.pattern, subject, next, captures);
            u.at(c.pattern);
            for (Map.Entry<String, Operand> e : captures.entrySet()) {
                u.emit(new StoreVar(e.getValue(), u.names.store(e.getKey())));
            }
            if (c.guard != null) {
                BasicBlock body = u.b.newBlock();
                u.expressions.branch(c.guard, body, next);
                u.b.enter(body);
            }
            u.statements.lower(c.body);
            if (!u.b.isTerminated()) {
                u.emit(new Jump(end));
            }
            u.b.enter(next);
        }
        u.emit(new Jump(end));
        u.b.enter(end);
    }

    /** Tests {@code subject} against {@code p}: falls through on a match, jumps to {@code fail} otherwise. */
    private void pattern(Pattern p, Operand subject, BasicBlock fail, Map<String, Operand> captures) {
        u.at(p);
        switch (p.nodeName()) {
            case "MatchValue": {
                Operand value = u.expressions.lower(((MatchValue) p).value);
                u.at(p);
                test(u.emit(new Compare(u.temp(), subject, value, CmpOpKind.EQ)).result, fail);
                return;
            }
            case "MatchSingleton":
                test(u.emit(new Compare(u.temp(), subject, new Const(((MatchSingleton) p).value), CmpOpKind.IS)).result, fail);
                return;
            case "MatchAs": {
                MatchAs a = (MatchAs) p;
                if (a.pattern != null) {
                    pattern(a.pattern, subject, fail, captures);
                }
                if (a.name != null) {
                    captures.put(a.name, subject);
                }
                return;
            }
            case "MatchOr":
                or((MatchOr) p, subject, fail, captures);
                return;
            case "MatchSequence":
                sequence((MatchSequence) p, subject, fail, captures);
                return;
            case "MatchMapping":
                mapping((MatchMapping) p, subject, fail, captures);
                return;
            case "MatchClass":
                classPattern((MatchClass) p, subject, fail, captures);
                return;
            default:
                throw u.unsupported("pattern " + p.nodeName(), p);
        }
    }

    /** Continues when {@code condition} is truthy, else goes to {@code fail}. */
    private void test(Operand condition, BasicBlock fail) {
        BasicBlock pass = u.b.newBlock();
        u.emit(new Branch(condition, pass, fail));
        u.b.enter(pass);
    }

    /** Goes to {@code fail} when {@code value} is None. */
    private void failIfNone(Operand value, BasicBlock fail) {
        Temp isNone = u.emit(new Compare(u.temp(), value, Const.NONE, CmpOpKind.IS)).result;
        BasicBlock pass = u.b.newBlock();
        u.emit(new Branch(isNone, fail, pass));
        u.b.enter(pass);
    }

    /** {@code _}: matches anything and binds nothing. */
    private static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs && ((MatchAs) p).pattern == null && ((MatchAs) p).name == null;
    }

    private static boolean isStarWildcard(Pattern p) {
        return p instanceof MatchStar && ((MatchStar) p).name == null;
    }

    private void or(MatchOr p, Operand subject, BasicBlock fail, Map<String, Operand> captures) {
        BasicBlock success = u.b.newBlock();
        Map<String, Temp> bound = null;
        for (int i = 0; i < p.patterns.size(); i++) {
            boolean last = i == p.patterns.size() - 1;
            BasicBlock nextAlternative = last ? fail : u.b.newBlock();
            Map<String, Operand> mine = new LinkedHashMap<>();
            pattern(p.patterns.get(i), subject, nextAlternative, mine);
            if (bound == null) {
                bound = new LinkedHashMap<>();
                for (String name : mine.keySet()) {
                    bound.put(name, u.temp());
                }
            }
            for (Map.Entry<String, Temp> e : bound.entrySet()) {
                u.emit(new Copy(e.getValue(), mine.get(e.getKey())));
            }
            u.emit(new Jump(success));
            if (!last) {
                u.b.enter(nextAlternative);
            }
        }
        u.b.enter(success);
        captures.putAll(bound);
    }

    private void sequence(MatchSequence p, Operand subject, BasicBlock fail, Map<String, Operand> captures) {
        List<Pattern> patterns = p.patterns;
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcards = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern item = patterns.get(i);
            if (item instanceof MatchStar) {
                star = i;
                starWildcard = isStarWildcard(item);
                onlyWildcards &= starWildcard;
            } else {
                onlyWildcards &= isWildcard(item);
            }
        }
        test(u.emit(new MatchShape(u.temp(), subject, MatchShape.Shape.SEQUENCE)).result, fail);
        if (star < 0) {
            Temp len = u.emit(new GetLen(u.temp(), subject)).result;
            test(u.emit(new Compare(u.temp(), len, Const.of(size), CmpOpKind.EQ)).result, fail);
        } else if (size - 1 > 0) {
            Temp len = u.emit(new GetLen(u.temp(), subject)).result;
            test(u.emit(new Compare(u.temp(), len, Const.of(size - 1), CmpOpKind.GT_E)).result, fail);
        }
        if (onlyWildcards) {
            return;  // [], [_], [_, *_], ...: the length said it all
        }
        if (starWildcard) {
            // [a, *_, b]: index from both ends instead of unpacking the middle.
            for (int i = 0; i < size; i++) {
                Pattern item = patterns.get(i);
                if (i == star || isWildcard(item)) {
                    continue;
                }
                Operand index;
                if (i < star) {
                    index = Const.of(i);
                } else {
                    // The subject may not support negative indexes: compute len - (size - i).
                    Temp len = u.emit(new GetLen(u.temp(), subject)).result;
                    index = u.emit(new BinaryOp(u.temp(), len, Const.of(size - i), Operator.SUB, false)).result;
                }
                Temp value = u.emit(new GetItem(u.temp(), subject, index)).result;
                pattern(item, value, fail, captures);
                u.at(p);
            }
            return;
        }
        List<Temp> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(u.temp());
        }
        u.emit(new Unpack(items, subject, star));
        for (int i = 0; i < size; i++) {
            Pattern item = patterns.get(i);
            if (item instanceof MatchStar) {
                if (((MatchStar) item).name != null) {
                    captures.put(((MatchStar) item).name, items.get(i));
                }
            } else if (!isWildcard(item)) {
                pattern(item, items.get(i), fail, captures);
            }
        }
    }

    private void mapping(MatchMapping p, Operand subject, BasicBlock fail, Map<String, Operand> captures) {
        int size = p.keys.size();
        test(u.emit(new MatchShape(u.temp(), subject, MatchShape.Shape.MAPPING)).result, fail);
        if (size == 0 && p.rest == null) {
            return;  // {}: any mapping
        }
        if (size > 0) {
            Temp len = u.emit(new GetLen(u.temp(), subject)).result;
            test(u.emit(new Compare(u.temp(), len, Const.of(size), CmpOpKind.GT_E)).result, fail);
        }
        // Keys are literals or dotted names, evaluated after the shape and length tests.
        List<Operand> keys = new ArrayList<>(size);
        for (Expr key : p.keys) {
            keys.add(u.expressions.lower(key));
        }
        u.at(p);
        if (size > 0) {
            Temp keyTuple = u.emit(new BuildTuple(u.temp(), keys)).result;
            Temp values = u.emit(new MatchKeys(u.temp(), subject, keyTuple)).result;
            failIfNone(values, fail);
            List<Temp> items = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                items.add(u.temp());
            }
            u.emit(new Unpack(items, values, -1));
            for (int i = 0; i < size; i++) {
                Pattern item = p.patterns.get(i);
                if (!isWildcard(item)) {
                    pattern(item, items.get(i), fail, captures);
                    u.at(p);
                }
            }
        }
        if (p.rest != null) {
            // rest = dict(subject), less the matched keys (deleted last key first, as CPython).
            Temp rest = u.emit(new BuildDict(u.temp(), List.of())).result;
            u.emit(new ContainerOp(rest, subject, ContainerOpKind.DICT_UPDATE));
            for (int i = size - 1; i >= 0; i--) {
                u.emit(new DelItem(rest, keys.get(i)));
            }
            captures.put(p.rest, rest);
        }
    }

    private void classPattern(MatchClass p, Operand subject, BasicBlock fail, Map<String, Operand> captures) {
        Operand cls = u.expressions.lower(p.cls);
        u.at(p);
        int count = p.patterns.size() + p.kwdAttrs.size();
        Temp attrs = u.emit(new dev.weft.ir.instr.MatchClass(u.temp(), subject, cls, p.patterns.size(), p.kwdAttrs)).result;
        failIfNone(attrs, fail);
        if (count == 0) {
            return;
        }
        List<Temp> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            items.add(u.temp());
        }
        u.emit(new Unpack(items, attrs, -1));
        for (int i = 0; i < count; i++) {
            Pattern item = i < p.patterns.size() ? p.patterns.get(i) : p.kwdPatterns.get(i - p.patterns.size());
            if (!isWildcard(item)) {
                pattern(item, items.get(i), fail, captures);
                u.at(p);
            }
        }
    }
}
