package dev.weft.ir.instr;

import dev.weft.ir.Instr;
import dev.weft.ir.InstrVisitor;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;

import java.util.List;

/**
 * Calls a runtime intrinsic (CPython's {@code CALL_INTRINSIC_1/2} and {@code LOAD_LOCALS}): the
 * PEP 695/696 machinery of generic functions, classes and type aliases. Each {@link Function}
 * says its arguments and result. "Evaluator" arguments are functions of no arguments, created
 * from the lazily evaluated scopes; the runtime calls one at most once, on first access of the
 * attribute it computes, and caches the result.
 */
public final class Intrinsic extends Instr {
    public enum Function {
        /** {@code (name)}: a new {@code typing.TypeVar} named {@code name} (a str) with
         * {@code __infer_variance__} true, no bound, constraints or default. */
        TYPEVAR(1),
        /** {@code (name, evaluator)}: as {@link #TYPEVAR}, with {@code __bound__} computed by the
         * evaluator. */
        TYPEVAR_WITH_BOUND(2),
        /** {@code (name, evaluator)}: as {@link #TYPEVAR}, with {@code __constraints__} (a tuple)
         * computed by the evaluator. */
        TYPEVAR_WITH_CONSTRAINTS(2),
        /** {@code (name)}: a new {@code typing.ParamSpec} with {@code __infer_variance__} true. */
        PARAMSPEC(1),
        /** {@code (name)}: a new {@code typing.TypeVarTuple}. */
        TYPEVARTUPLE(1),
        /** {@code (typeParam, evaluator)}: gives a TypeVar, ParamSpec or TypeVarTuple its
         * {@code __default__}, computed by the evaluator (PEP 696); returns {@code typeParam}. */
        SET_TYPEPARAM_DEFAULT(2),
        /** {@code (function, typeParams)}: sets {@code function.__type_params__} to the tuple
         * {@code typeParams}; returns {@code function}. */
        SET_FUNCTION_TYPE_PARAMS(2),
        /** {@code (typeParams)}: {@code typing.Generic[...]} subscripted with the tuple's items,
         * each TypeVarTuple replaced by its unpacked form ({@code *Ts}): the implicit base of a
         * generic class. */
        SUBSCRIPT_GENERIC(1),
        /** {@code (name, typeParams, evaluator)}: a new {@code typing.TypeAliasType} named
         * {@code name}, with {@code __type_params__} the tuple {@code typeParams} ({@code ()} when
         * None), {@code __value__} computed by the evaluator, and {@code __module__} the
         * {@code __name__} of the running code's globals. */
        TYPEALIAS(3),
        /** {@code ()}: the namespace of the running class body (CPython's {@code LOAD_LOCALS}),
         * which a class body stores in its {@code __classdict__} cell for its annotation scopes. */
        LOAD_LOCALS(0);

        /** How many operands the intrinsic takes. */
        public final int arity;

        Function(int arity) {
            this.arity = arity;
        }
    }

    public final Temp result;
    public final Function function;
    public final List<Operand> args;

    public Intrinsic(Temp result, Function function, List<Operand> args) {
        if (args.size() != function.arity) {
            throw new IllegalArgumentException(function + " takes " + function.arity + " operands, not " + args.size());
        }
        this.result = result;
        this.function = function;
        this.args = List.copyOf(args);
    }

    @Override
    public List<Temp> defs() {
        return List.of(result);
    }

    @Override
    public List<Operand> uses() {
        return Operands.concat(args);
    }

    @Override
    public String opName() {
        return "intrinsic";
    }

    @Override
    public List<Object> attributes() {
        return Operands.attributes(function);
    }

    @Override
    public <R> R accept(InstrVisitor<R> visitor) {
        return visitor.visitIntrinsic(this);
    }
}
