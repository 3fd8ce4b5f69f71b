package dev.weft.ir.lower;

import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.ParamSpec;
import dev.weft.frontend.ast.Starred;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.ast.Tuple;
import dev.weft.frontend.ast.TypeAlias;
import dev.weft.frontend.ast.TypeParam;
import dev.weft.frontend.ast.TypeVar;
import dev.weft.frontend.ast.TypeVarTuple;
import dev.weft.frontend.symtable.Scope;
import dev.weft.ir.Const;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.instr.BuildTuple;
import dev.weft.ir.instr.Call;
import dev.weft.ir.instr.Intrinsic;
import dev.weft.ir.instr.MakeFunction;
import dev.weft.ir.instr.Return;
import dev.weft.ir.instr.StoreVar;
import dev.weft.ir.instr.Unpack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * PEP 695/696 as CPython 3.13 compiles it. A generic function, class or type alias is built
 * inside a hidden function, {@code <generic parameters of NAME>}, called at once: it creates the
 * type parameters (runtime intrinsics), binds them as its locals (cells when the definition
 * refers to them), and returns the definition made with them in scope. Bounds, constraints,
 * defaults and alias values are lazily evaluated functions of their own. In a class body these
 * annotation scopes read the class namespace first, through the class's {@code __classdict__}
 * cell.
 */
final class TypeParamLowering {
    private final CodeUnit u;

    TypeParamLowering(CodeUnit u) {
        this.u = u;
    }

    /**
     * Emits the hidden function for {@code definition} and its call; returns the call's result.
     * {@code args} are evaluated by the caller in this code object and passed as the hidden
     * function's parameters {@code paramNames} (a generic function's defaults).
     * {@code inside} lowers the definition in the hidden unit, given the tuple of type
     * parameters, and returns the value to return.
     */
    Operand generic(Stmt definition, String name, List<TypeParam> params, List<Operand> args,
                    List<String> paramNames, BiFunction<CodeUnit, Temp, Operand> inside) {
        Scope scope = u.module.typeParametersScopeOf(definition);
        String codeName = "<generic parameters of " + name + ">";
        IrFunction code = new IrFunction(IrFunction.Kind.FUNCTION, codeName,
                DefinitionLowering.qualname(u, codeName), definition.lineno,
                new IrFunction.Signature(List.of(), List.copyOf(paramNames), null, List.of(), null));
        u.function.addChild(code);
        CodeUnit hidden = u.module.newUnit(u, code, scope, null);
        hidden.at(definition);
        Temp tuple = hidden.typeParams.parameters(params);
        Operand result = inside.apply(hidden, tuple);
        if (!hidden.b.isTerminated()) {
            hidden.emit(new Return(result));
        }
        u.at(definition);
        Temp fn = u.emit(new MakeFunction(u.temp(), Const.NONE, Const.NONE, Const.NONE, code,
                DefinitionLowering.closure(u, scope))).result;
        return u.emit(new Call(u.temp(), fn, args, List.of())).result;
    }

    /** Creates each type parameter, binds it, and returns the tuple of them all. */
    private Temp parameters(List<TypeParam> params) {
        List<Operand> items = new ArrayList<>(params.size());
        for (TypeParam p : params) {
            u.at(p);
            String name;
            Temp value;
            Expr defaultValue;
            if (p instanceof TypeVar) {
                TypeVar tv = (TypeVar) p;
                name = tv.name;
                defaultValue = tv.defaultValue;
                if (tv.bound != null) {
                    Operand evaluator = evaluator(p, tv.bound, name, false, false);
                    Intrinsic.Function f = tv.bound instanceof Tuple
                            ? Intrinsic.Function.TYPEVAR_WITH_CONSTRAINTS : Intrinsic.Function.TYPEVAR_WITH_BOUND;
                    u.at(p);
                    value = intrinsic(f, new Const(name), evaluator);
                } else {
                    value = intrinsic(Intrinsic.Function.TYPEVAR, new Const(name));
                }
            } else if (p instanceof ParamSpec) {
                name = ((ParamSpec) p).name;
                defaultValue = ((ParamSpec) p).defaultValue;
                value = intrinsic(Intrinsic.Function.PARAMSPEC, new Const(name));
            } else {
                name = ((TypeVarTuple) p).name;
                defaultValue = ((TypeVarTuple) p).defaultValue;
                value = intrinsic(Intrinsic.Function.TYPEVARTUPLE, new Const(name));
            }
            if (defaultValue != null) {
                Operand evaluator = evaluator(p, defaultValue, name, true, p instanceof TypeVarTuple);
                u.at(p);
                value = intrinsic(Intrinsic.Function.SET_TYPEPARAM_DEFAULT, value, evaluator);
            }
            u.emit(new StoreVar(value, u.names.store(name)));
            items.add(value);
        }
        return u.emit(new BuildTuple(u.temp(), items)).result;
    }

    /**
     * A lazily evaluated bound, constraints or default: a function of no arguments named after
     * the type parameter. A TypeVarTuple's default may be starred ({@code *Ts}): its value is
     * then the single item of the unpacked iterable.
     */
    private Operand evaluator(TypeParam param, Expr e, String name, boolean isDefault, boolean allowStarred) {
        Scope scope = u.module.typeVariableScopeOf(param, isDefault);
        IrFunction code = new IrFunction(IrFunction.Kind.FUNCTION, name, DefinitionLowering.qualname(u, name),
                e.lineno, IrFunction.Signature.NONE);
        u.function.addChild(code);
        CodeUnit child = u.module.newUnit(u, code, scope, null);
        Operand value;
        if (allowStarred && e instanceof Starred) {
            Operand iterable = child.expressions.lower(((Starred) e).value);
            Temp item = child.temp();
            child.emit(new Unpack(List.of(item), iterable, -1));
            value = item;
        } else {
            value = child.expressions.lower(e);
        }
        child.emit(new Return(value));
        u.at(e);
        return u.emit(new MakeFunction(u.temp(), Const.NONE, Const.NONE, Const.NONE, code,
                DefinitionLowering.closure(u, scope))).result;
    }

    /** {@code type X[T] = value}: a TypeAliasType whose value is evaluated lazily. */
    void typeAlias(TypeAlias s) {
        String name = ((Name) s.name).id;
        Operand alias;
        if (s.typeParams.isEmpty()) {
            alias = aliasType(u, s, name, Const.NONE);
        } else {
            alias = generic(s, name, s.typeParams, List.of(), List.of(),
                    (hidden, params) -> aliasType(hidden, s, name, params));
        }
        u.at(s);
        u.emit(new StoreVar(alias, u.names.store(name)));
    }

    private static Temp aliasType(CodeUnit unit, TypeAlias s, String name, Operand params) {
        Scope scope = unit.module.scopeOf(s);
        IrFunction code = new IrFunction(IrFunction.Kind.FUNCTION, name, DefinitionLowering.qualname(unit, name),
                s.lineno, IrFunction.Signature.NONE);
        unit.function.addChild(code);
        CodeUnit child = unit.module.newUnit(unit, code, scope, null);
        Operand value = child.expressions.lower(s.value);
        child.emit(new Return(value));
        unit.at(s);
        Temp evaluator = unit.emit(new MakeFunction(unit.temp(), Const.NONE, Const.NONE, Const.NONE, code,
                DefinitionLowering.closure(unit, scope))).result;
        return unit.typeParams.intrinsic(Intrinsic.Function.TYPEALIAS, new Const(name), params, evaluator);
    }

    Temp intrinsic(Intrinsic.Function f, Operand... args) {
        return u.emit(new Intrinsic(u.temp(), f, List.of(args))).result;
    }

    /** Binds {@code value} to a hidden variable of the type-parameter scope ({@code .type_params}, ...). */
    void storeHidden(String name, Operand value) {
        u.emit(new StoreVar(value, u.names.store(name)));
    }
}
