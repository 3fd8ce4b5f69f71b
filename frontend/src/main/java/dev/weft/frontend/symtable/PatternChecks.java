package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Attribute;
import dev.weft.frontend.ast.BinOp;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.MatchAs;
import dev.weft.frontend.ast.MatchClass;
import dev.weft.frontend.ast.MatchMapping;
import dev.weft.frontend.ast.MatchOr;
import dev.weft.frontend.ast.MatchSequence;
import dev.weft.frontend.ast.MatchStar;
import dev.weft.frontend.ast.MatchValue;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.Pattern;
import dev.weft.frontend.ast.UnaryOp;
import dev.weft.frontend.ast.UnaryOpKind;
import dev.weft.frontend.dump.FloatRepr;
import dev.weft.frontend.dump.PyRepr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code SyntaxError}s CPython 3.13's compiler raises for one {@code case} pattern
 * (compiler_pattern and helpers in Python/compile.c): names bound twice, or-patterns binding
 * different names, irrefutable patterns before the last case, two starred names, invalid or
 * duplicate mapping keys, repeated class-pattern attributes, values that are not literals, and
 * captures of {@code __debug__}. Literal values are compared after CPython's constant folding
 * ({@code -1}, {@code 1+2j}).
 */
final class PatternChecks {
    private final ErrorFactory errors;
    /** Names captured so far in the case (CPython's {@code pc->stores}). */
    private List<String> stores;
    /** Whether an irrefutable pattern is allowed here (CPython's {@code pc->allow_irrefutable}). */
    private boolean allowIrrefutable;

    PatternChecks(ErrorFactory errors) {
        this.errors = errors;
    }

    /** Checks the pattern of one case; {@code allowIrrefutable} when the case is guarded or last. */
    void checkCase(Pattern p, boolean allowIrrefutable) {
        this.stores = new ArrayList<>();
        this.allowIrrefutable = allowIrrefutable;
        pattern(p);
    }

    /** CPython's {@code WILDCARD_CHECK}: a bare {@code _}. */
    static boolean isWildcard(Pattern p) {
        return p instanceof MatchAs && ((MatchAs) p).name == null;
    }

    private void pattern(Pattern p) {
        if (p instanceof MatchValue) {
            if (!isMatchValue(fold(((MatchValue) p).value))) {
                throw errors.at("patterns may only match literals and attribute lookups", Location.of(p));
            }
        } else if (p instanceof MatchSequence) {
            sequence((MatchSequence) p);
        } else if (p instanceof MatchMapping) {
            mapping((MatchMapping) p);
        } else if (p instanceof MatchClass) {
            classPattern((MatchClass) p);
        } else if (p instanceof MatchStar) {
            store(((MatchStar) p).name, Location.of(p));
        } else if (p instanceof MatchAs) {
            as((MatchAs) p);
        } else if (p instanceof MatchOr) {
            or((MatchOr) p);
        }
        // MatchSingleton: nothing to check.
    }

    private void subpattern(Pattern p) {
        boolean saved = allowIrrefutable;
        allowIrrefutable = true;
        pattern(p);
        allowIrrefutable = saved;
    }

    private void sequence(MatchSequence p) {
        boolean starred = false;
        for (Pattern sub : p.patterns) {
            if (sub instanceof MatchStar) {
                if (starred) {
                    throw errors.at("multiple starred names in sequence pattern", Location.of(p));
                }
                starred = true;
            }
        }
        for (Pattern sub : p.patterns) {
            subpattern(sub);
        }
    }

    private void mapping(MatchMapping p) {
        Set<Object> seen = new HashSet<>();
        for (Expr key : p.keys) {
            Object folded = fold(key);
            if (folded instanceof Constant) {
                Object value = ((Constant) folded).value;
                if (!seen.add(new LiteralKey(value))) {
                    throw errors.at("mapping pattern checks duplicate key (" + repr(value) + ")", Location.of(p));
                }
            } else if (!(folded instanceof Attribute)) {
                throw errors.at("mapping pattern keys may only match literals and attribute lookups",
                        Location.of(p));
            }
        }
        for (Pattern sub : p.patterns) {
            subpattern(sub);
        }
        store(p.rest, Location.of(p));
    }

    private void classPattern(MatchClass p) {
        // Errors point at the sub-patterns: the tree holds the attribute names as bare strings.
        for (int i = 0; i < p.kwdAttrs.size(); i++) {
            String attr = p.kwdAttrs.get(i);
            forbidDebug(attr, Location.of(p.kwdPatterns.get(i)));
            for (int j = i + 1; j < p.kwdAttrs.size(); j++) {
                if (attr.equals(p.kwdAttrs.get(j))) {
                    throw errors.at("attribute name repeated in class pattern: " + attr,
                            Location.of(p.kwdPatterns.get(j)));
                }
            }
        }
        for (Pattern sub : p.patterns) {
            subpattern(sub);
        }
        for (Pattern sub : p.kwdPatterns) {
            subpattern(sub);
        }
    }

    private void as(MatchAs p) {
        if (p.pattern == null) {
            if (!allowIrrefutable) {
                if (p.name != null) {
                    throw errors.at("name capture " + PyRepr.str(p.name) + " makes remaining patterns unreachable",
                            Location.of(p));
                }
                throw errors.at("wildcard makes remaining patterns unreachable", Location.of(p));
            }
            store(p.name, Location.of(p));
            return;
        }
        pattern(p.pattern);
        store(p.name, Location.of(p));
    }

    private void or(MatchOr p) {
        List<String> outer = stores;
        boolean outerAllow = allowIrrefutable;
        List<String> control = null;
        for (int i = 0; i < p.patterns.size(); i++) {
            stores = new ArrayList<>(outer);
            allowIrrefutable = i == p.patterns.size() - 1 && outerAllow;
            pattern(p.patterns.get(i));
            if (control == null) {
                control = stores;
            } else if (stores.size() != control.size() || !stores.containsAll(control)) {
                throw errors.at("alternative patterns bind different names", Location.of(p));
            }
        }
        stores = control;
        allowIrrefutable = outerAllow;
    }

    private void store(String name, Location loc) {
        if (name == null) {
            return;
        }
        forbidDebug(name, loc);
        if (stores.contains(name)) {
            throw errors.at("multiple assignments to name " + PyRepr.str(name) + " in pattern", loc);
        }
        stores.add(name);
    }

    private void forbidDebug(String name, Location loc) {
        if (name.equals("__debug__")) {
            throw errors.at("cannot assign to __debug__", loc);
        }
    }

    // ---- constant folding and Python equality of literal keys ---------------------------

    private static boolean isMatchValue(Object e) {
        return e instanceof Constant || e instanceof Attribute;
    }

    /**
     * The expression as CPython's AST optimizer leaves it: a negated number or a real ± imaginary
     * sum of number constants becomes one {@link Constant} (complex values as {@link Complex}).
     */
    private static Expr fold(Expr e) {
        if (e instanceof UnaryOp && ((UnaryOp) e).op == UnaryOpKind.U_SUB) {
            Expr operand = fold(((UnaryOp) e).operand);
            if (operand instanceof Constant) {
                Object negated = negate(((Constant) operand).value);
                if (negated != null) {
                    return new Constant(negated, null).at(e);
                }
            }
            return e;
        }
        if (e instanceof BinOp) {
            BinOp b = (BinOp) e;
            Expr left = fold(b.left);
            Expr right = fold(b.right);
            if ((b.op == Operator.ADD || b.op == Operator.SUB) && left instanceof Constant
                    && right instanceof Constant) {
                Object sum = addComplex(((Constant) left).value, ((Constant) right).value, b.op == Operator.SUB);
                if (sum != null) {
                    return new Constant(sum, null).at(e);
                }
            }
            return e;
        }
        return e;
    }

    private static Object negate(Object v) {
        if (v instanceof BigInteger) {
            return ((BigInteger) v).negate();
        }
        if (v instanceof Double) {
            return -(Double) v;
        }
        if (v instanceof ConstantValue.Imaginary) {
            return new Complex(-0.0, -((ConstantValue.Imaginary) v).imag());
        }
        if (v instanceof Complex) {
            return new Complex(-((Complex) v).real, -((Complex) v).imag);
        }
        return null;
    }

    /** {@code real ± imag} for a real number and an imaginary literal; null otherwise. */
    private static Object addComplex(Object left, Object right, boolean subtract) {
        Double real = left instanceof BigInteger ? (Double) ((BigInteger) left).doubleValue()
                : left instanceof Double ? (Double) left : null;
        double realImag = 0.0;
        if (left instanceof Complex) {
            real = ((Complex) left).real;
            realImag = ((Complex) left).imag;
        }
        if (real == null || !(right instanceof ConstantValue.Imaginary)) {
            return null;
        }
        double imag = ((ConstantValue.Imaginary) right).imag();
        return new Complex(real + 0.0, subtract ? realImag - imag : realImag + imag);
    }

    private static String repr(Object v) {
        return v instanceof Complex ? ((Complex) v).repr() : PyRepr.repr(v);
    }

    /** A complex constant made by folding (the tree itself only holds imaginary literals). */
    private record Complex(double real, double imag) {
        String repr() {
            String im = FloatRepr.reprWithoutDotZero(imag);
            if (real == 0.0 && Math.copySign(1.0, real) > 0) {
                return im + "j";
            }
            String sign = im.startsWith("-") ? "" : "+";
            return "(" + FloatRepr.reprWithoutDotZero(real) + sign + im + "j)";
        }
    }

    /** A literal with Python's equality: {@code 1 == 1.0 == True == (1+0j)}, str apart from bytes. */
    private static final class LiteralKey {
        private final Object normal;

        LiteralKey(Object value) {
            this.normal = normalize(value);
        }

        private static Object normalize(Object v) {
            if (v instanceof Boolean) {
                return ((Boolean) v) ? BigInteger.ONE : BigInteger.ZERO;
            }
            if (v instanceof Double) {
                return normalizeReal((Double) v);
            }
            if (v instanceof ConstantValue.Imaginary) {
                double imag = ((ConstantValue.Imaginary) v).imag();
                return imag == 0.0 ? BigInteger.ZERO : List.of(normalizeReal(0.0), imag);
            }
            if (v instanceof Complex) {
                Complex c = (Complex) v;
                return c.imag == 0.0 ? normalizeReal(c.real) : List.of(normalizeReal(c.real), c.imag);
            }
            return v;
        }

        private static Object normalizeReal(double d) {
            if (Double.isFinite(d) && d == Math.rint(d)) {
                return new BigDecimal(d).toBigInteger();
            }
            return d;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof LiteralKey && Objects.equals(normal, ((LiteralKey) o).normal);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(normal);
        }
    }
}
