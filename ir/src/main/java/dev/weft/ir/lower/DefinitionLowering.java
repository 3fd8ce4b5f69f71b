package dev.weft.ir.lower;

import dev.weft.frontend.ast.Arg;
import dev.weft.frontend.ast.Arguments;
import dev.weft.frontend.ast.AsyncFunctionDef;
import dev.weft.frontend.ast.ClassDef;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.ExprStmt;
import dev.weft.frontend.ast.FunctionDef;
import dev.weft.frontend.ast.Keyword;
import dev.weft.frontend.ast.Lambda;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.Starred;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.ast.TypeParam;
import dev.weft.frontend.symtable.Scope;
import dev.weft.frontend.symtable.ScopeType;
import dev.weft.frontend.symtable.SymbolScope;
import dev.weft.frontend.unparse.ExprUnparser;
import dev.weft.ir.Const;
import dev.weft.ir.ConstTuple;
import dev.weft.ir.IrFunction;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.Variable;
import dev.weft.ir.instr.BuildDict;
import dev.weft.ir.instr.BuildTuple;
import dev.weft.ir.instr.Call;
import dev.weft.ir.instr.CallEx;
import dev.weft.ir.instr.GetCell;
import dev.weft.ir.instr.Intrinsic;
import dev.weft.ir.instr.LoadBuiltin;
import dev.weft.ir.instr.LoadVar;
import dev.weft.ir.instr.MakeFunction;
import dev.weft.ir.instr.Return;
import dev.weft.ir.instr.StoreVar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Lowers {@code def}, {@code async def}, {@code lambda} and {@code class}: each body becomes a
 * child {@link IrFunction}; the enclosing code evaluates decorators, defaults and annotations,
 * creates the function (closing over the cells its free variables name), applies the
 * decorators innermost first and binds the name.
 */
final class DefinitionLowering {
    private final CodeUnit u;
    private final ExpressionLowering expressions;

    DefinitionLowering(CodeUnit u, ExpressionLowering expressions) {
        this.u = u;
        this.expressions = expressions;
    }

    void function(Stmt s) {
        boolean isAsync = s instanceof AsyncFunctionDef;
        String name = isAsync ? ((AsyncFunctionDef) s).name : ((FunctionDef) s).name;
        Arguments args = isAsync ? ((AsyncFunctionDef) s).args : ((FunctionDef) s).args;
        List<Stmt> body = isAsync ? ((AsyncFunctionDef) s).body : ((FunctionDef) s).body;
        List<Expr> decorators = isAsync ? ((AsyncFunctionDef) s).decoratorList : ((FunctionDef) s).decoratorList;
        Expr returns = isAsync ? ((AsyncFunctionDef) s).returns : ((FunctionDef) s).returns;
        List<TypeParam> typeParams = isAsync ? ((AsyncFunctionDef) s).typeParams : ((FunctionDef) s).typeParams;
        List<Operand> decoratorValues = evaluateAll(decorators);
        u.at(s);
        String qualname = qualname(u, name);
        Operand defaults = defaults(args);
        Operand kwdefaults = kwdefaults(args);
        Operand fn;
        if (typeParams.isEmpty()) {
            fn = functionIn(u, s, name, qualname, isAsync, args, body, returns, defaults, kwdefaults);
        } else {
            // Defaults are evaluated here and handed to the type-parameter scope as arguments.
            List<Operand> passed = new ArrayList<>();
            List<String> paramNames = new ArrayList<>();
            if (defaults != Const.NONE) {
                passed.add(defaults);
                paramNames.add(".defaults");
            }
            if (kwdefaults != Const.NONE) {
                passed.add(kwdefaults);
                paramNames.add(".kwdefaults");
            }
            fn = u.typeParams.generic(s, name, typeParams, passed, paramNames, (hidden, params) -> {
                Operand d = defaults == Const.NONE ? Const.NONE : hidden.emit(new LoadVar(hidden.temp(),
                        hidden.function.declare(".defaults", Variable.Storage.LOCAL))).result;
                Operand k = kwdefaults == Const.NONE ? Const.NONE : hidden.emit(new LoadVar(hidden.temp(),
                        hidden.function.declare(".kwdefaults", Variable.Storage.LOCAL))).result;
                Operand f = functionIn(hidden, s, name, qualname, isAsync, args, body, returns, d, k);
                return hidden.typeParams.intrinsic(Intrinsic.Function.SET_FUNCTION_TYPE_PARAMS, f, params);
            });
        }
        u.at(s);
        Operand result = applyDecorators(decoratorValues, fn);
        u.emit(new StoreVar(result, u.names.store(name)));
    }

    /** The function object of a {@code def}, created in {@code unit} (this code or a type-parameter scope). */
    private static Temp functionIn(CodeUnit unit, Stmt s, String name, String qualname, boolean isAsync,
                                   Arguments args, List<Stmt> body, Expr returns, Operand defaults, Operand kwdefaults) {
        Scope scope = unit.module.scopeOf(s);
        IrFunction code = newCode(unit, IrFunction.Kind.FUNCTION, name, qualname, s, args, scope);
        code.setCoroutine(isAsync);
        String doc = docstring(body);
        code.setDocstring(doc);
        CodeUnit child = unit.module.newUnit(unit, code, scope, firstArgument(args));
        List<Stmt> rest = doc == null ? body : body.subList(1, body.size());
        child.statements.lower(rest);
        finish(child);
        unit.at(s);
        return unit.definitions.makeFunction(code, scope, args, returns, defaults, kwdefaults);
    }

    Operand lambda(Lambda l) {
        Scope scope = u.module.scopeOf(l);
        IrFunction code = newCode(u, IrFunction.Kind.LAMBDA, "<lambda>", qualname(u, "<lambda>"), l, l.args, scope);
        CodeUnit child = u.module.newUnit(u, code, scope, firstArgument(l.args));
        Operand value = child.expressions.lower(l.body);
        if (!child.b.isTerminated()) {
            child.emit(new Return(value));
        }
        u.at(l);
        return makeFunction(code, scope, l.args, null, defaults(l.args), kwdefaults(l.args));
    }

    void classDef(ClassDef c) {
        List<Operand> decoratorValues = evaluateAll(c.decoratorList);
        u.at(c);
        String qualname = qualname(u, c.name);
        Operand cls;
        if (c.typeParams.isEmpty()) {
            cls = classIn(u, c, qualname, null);
        } else {
            // Bases and keywords are evaluated in the type-parameter scope, where
            // `.generic_base` = Generic[*params] joins the bases last.
            cls = u.typeParams.generic(c, c.name, c.typeParams, List.of(), List.of(), (hidden, params) -> {
                hidden.typeParams.storeHidden(".type_params", params);
                Temp stored = hidden.emit(new LoadVar(hidden.temp(), hidden.names.load(".type_params"))).result;
                Temp base = hidden.typeParams.intrinsic(Intrinsic.Function.SUBSCRIPT_GENERIC, stored);
                hidden.typeParams.storeHidden(".generic_base", base);
                return classIn(hidden, c, qualname, hidden.names.load(".generic_base"));
            });
        }
        u.at(c);
        Operand result = applyDecorators(decoratorValues, cls);
        u.emit(new StoreVar(result, u.names.store(c.name)));
    }

    /**
     * {@code __build_class__(body, name, *bases, **keywords)} in {@code unit}; a generic class
     * passes {@code genericBase} after its own bases.
     */
    private static Temp classIn(CodeUnit unit, ClassDef c, String qualname, Variable genericBase) {
        Scope scope = unit.module.scopeOf(c);
        IrFunction code = newCode(unit, IrFunction.Kind.CLASS_BODY, c.name, qualname, c, null, scope);
        CodeUnit child = unit.module.newUnit(unit, code, scope, null);
        classBody(child, c);
        unit.at(c);
        Temp body = unit.emit(new MakeFunction(unit.temp(), Const.NONE, Const.NONE, Const.NONE, code, closure(unit, scope))).result;
        Temp buildClass = unit.emit(new LoadBuiltin(unit.temp(), "__build_class__")).result;
        ExpressionLowering expressions = unit.expressions;
        boolean unpacking = c.bases.stream().anyMatch(b -> b instanceof Starred)
                || c.keywords.stream().anyMatch(k -> k.arg == null);
        if (!unpacking) {
            List<Operand> args = new ArrayList<>();
            args.add(body);
            args.add(new Const(c.name));
            for (Expr b : c.bases) {
                args.add(expressions.lower(b));
            }
            if (genericBase != null) {
                args.add(unit.emit(new LoadVar(unit.temp(), genericBase)).result);
            }
            List<String> kwnames = new ArrayList<>();
            for (Keyword k : c.keywords) {
                args.add(expressions.lower(k.value));
                kwnames.add(k.arg);
            }
            unit.at(c);
            return unit.emit(new Call(unit.temp(), buildClass, args, kwnames)).result;
        }
        Temp head = unit.emit(new BuildTuple(unit.temp(), List.of(body, new Const(c.name)))).result;
        Operand bases;
        if (genericBase == null) {
            bases = expressions.sequence(c.bases, ExpressionLowering.Kind.TUPLE);
        } else {
            Temp list = unit.emit(new dev.weft.ir.instr.BuildList(unit.temp(), List.of())).result;
            for (Expr b : c.bases) {
                if (b instanceof Starred) {
                    Operand v = expressions.lower(((Starred) b).value);
                    unit.emit(new dev.weft.ir.instr.ContainerOp(list, v, dev.weft.ir.ContainerOpKind.LIST_EXTEND));
                } else {
                    Operand v = expressions.lower(b);
                    unit.emit(new dev.weft.ir.instr.ContainerOp(list, v, dev.weft.ir.ContainerOpKind.LIST_APPEND));
                }
            }
            Temp g = unit.emit(new LoadVar(unit.temp(), genericBase)).result;
            unit.emit(new dev.weft.ir.instr.ContainerOp(list, g, dev.weft.ir.ContainerOpKind.LIST_APPEND));
            Temp tupleType = unit.emit(new LoadBuiltin(unit.temp(), "tuple")).result;
            bases = unit.emit(new Call(unit.temp(), tupleType, List.of(list), List.of())).result;
        }
        Temp all = unit.emit(new dev.weft.ir.instr.BinaryOp(unit.temp(), head, bases,
                dev.weft.frontend.ast.Operator.ADD, false)).result;
        Operand kw = Const.NONE;
        if (!c.keywords.isEmpty()) {
            Temp dict = unit.emit(new BuildDict(unit.temp(), List.of())).result;
            for (Keyword k : c.keywords) {
                Operand v = expressions.lower(k.value);
                Operand part = k.arg == null ? v : unit.emit(new BuildDict(unit.temp(), List.of(new Const(k.arg), v))).result;
                unit.emit(new dev.weft.ir.instr.ContainerOp(dict, part, dev.weft.ir.ContainerOpKind.DICT_MERGE));
            }
            kw = dict;
        }
        unit.at(c);
        return unit.emit(new CallEx(unit.temp(), buildClass, all, kw)).result;
    }

    /**
     * The class body, run by {@code __build_class__} with the class namespace as its locals:
     * the namespace entries CPython 3.13 sets ({@code __module__}, {@code __qualname__},
     * {@code __firstlineno__}, {@code __doc__}, {@code __annotations__}), the body, then
     * {@code __static_attributes__} and the {@code __class__}/{@code __classdict__} cells.
     */
    private static void classBody(CodeUnit child, ClassDef c) {
        IrFunction code = child.function;
        child.at(c);
        Temp moduleName = child.emit(new LoadVar(child.temp(), code.declare("__name__", Variable.Storage.GLOBAL))).result;
        child.emit(new StoreVar(moduleName, code.declare("__module__", Variable.Storage.NAME)));
        child.emit(new StoreVar(new Const(code.qualname()), code.declare("__qualname__", Variable.Storage.NAME)));
        int firstLine = c.decoratorList.isEmpty() ? c.lineno : c.decoratorList.get(0).lineno;
        child.emit(new StoreVar(Const.of(firstLine), code.declare("__firstlineno__", Variable.Storage.NAME)));
        if (!c.typeParams.isEmpty()) {
            Temp params = child.emit(new LoadVar(child.temp(), child.names.load(".type_params"))).result;
            child.emit(new StoreVar(params, child.names.store("__type_params__")));
        }
        if (child.scope().needsClassDict()) {
            // The class's annotation scopes read its namespace through this cell.
            Temp namespace = child.typeParams.intrinsic(Intrinsic.Function.LOAD_LOCALS);
            child.emit(new StoreVar(namespace, code.declare("__classdict__", Variable.Storage.CELL)));
        }
        List<Stmt> rest = c.body;
        // CPython's compiler_body: __annotations__ is set up before the docstring is stored.
        if (Annotations.present(rest)) {
            Temp dict = child.emit(new BuildDict(child.temp(), List.of())).result;
            child.emit(new StoreVar(dict, code.declare("__annotations__", Variable.Storage.NAME)));
        }
        String doc = docstring(c.body);
        if (doc != null) {
            child.emit(new StoreVar(new Const(doc), code.declare("__doc__", Variable.Storage.NAME)));
            rest = c.body.subList(1, c.body.size());
        }
        child.statements.lower(rest);
        if (child.b.isTerminated()) {
            return;
        }
        List<Object> attrs = new ArrayList<>(child.staticAttributes);
        child.emit(new StoreVar(new Const(new ConstTuple(attrs)), code.declare("__static_attributes__", Variable.Storage.NAME)));
        if (child.scope().needsClassDict()) {
            Temp cell = child.emit(new GetCell(child.temp(), code.declare("__classdict__", Variable.Storage.CELL))).result;
            child.emit(new StoreVar(cell, code.declare("__classdictcell__", Variable.Storage.NAME)));
        }
        if (child.scope().needsClassClosure()) {
            Temp cell = child.emit(new GetCell(child.temp(), code.declare("__class__", Variable.Storage.CELL))).result;
            child.emit(new StoreVar(cell, code.declare("__classcell__", Variable.Storage.NAME)));
        }
        child.emit(new Return(Const.NONE));
    }

    private static IrFunction newCode(CodeUnit unit, IrFunction.Kind kind, String name, String qualname, Node node,
                                      Arguments args, Scope scope) {
        IrFunction code = new IrFunction(kind, name, qualname, node.lineno, signature(args));
        code.setGenerator(scope.isGenerator());
        unit.function.addChild(code);
        return code;
    }

    /**
     * CPython's {@code __qualname__} of a definition named {@code name} made in {@code unit}:
     * {@code outer.<locals>.inner}, {@code Class.method}, or the bare name. A type-parameter
     * scope is transparent: what it defines is named as if defined where the generic is.
     */
    static String qualname(CodeUnit unit, String name) {
        CodeUnit where = unit;
        if (where.scope().type() == ScopeType.TYPE_PARAMETERS) {
            where = where.parent;
        }
        IrFunction.Kind kind = where.function.kind();
        if (kind == IrFunction.Kind.MODULE) {
            return name;
        }
        SymbolScope s = where.scope().scopeOf(name);
        if (s == SymbolScope.GLOBAL_EXPLICIT) {
            return name;
        }
        if (kind == IrFunction.Kind.CLASS_BODY) {
            return where.function.qualname() + "." + name;
        }
        return where.function.qualname() + ".<locals>." + name;
    }

    private static IrFunction.Signature signature(Arguments a) {
        if (a == null) {
            return IrFunction.Signature.NONE;
        }
        return new IrFunction.Signature(names(a.posonlyargs), names(a.args),
                a.vararg == null ? null : a.vararg.arg, names(a.kwonlyargs), a.kwarg == null ? null : a.kwarg.arg);
    }

    private static List<String> names(List<Arg> args) {
        List<String> out = new ArrayList<>(args.size());
        for (Arg a : args) {
            out.add(a.arg);
        }
        return Collections.unmodifiableList(out);
    }

    private static String firstArgument(Arguments a) {
        if (!a.posonlyargs.isEmpty()) {
            return a.posonlyargs.get(0).arg;
        }
        if (!a.args.isEmpty()) {
            return a.args.get(0).arg;
        }
        return a.vararg != null ? a.vararg.arg : null;
    }

    /** The tuple of positional defaults (evaluated here), or None. */
    private Operand defaults(Arguments args) {
        if (args.defaults.isEmpty()) {
            return Const.NONE;
        }
        return u.emit(new BuildTuple(u.temp(), evaluateAll(args.defaults))).result;
    }

    /** The dict of keyword-only defaults (evaluated here), or None. */
    private Operand kwdefaults(Arguments args) {
        List<Operand> kwItems = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs.size(); i++) {
            Expr d = args.kwDefaults.get(i);
            if (d != null) {
                kwItems.add(new Const(u.names.mangle(args.kwonlyargs.get(i).arg)));
                kwItems.add(expressions.lower(d));
            }
        }
        if (kwItems.isEmpty()) {
            return Const.NONE;
        }
        return u.emit(new BuildDict(u.temp(), kwItems)).result;
    }

    /** Annotations are evaluated here, then the function is created with the given defaults. */
    private Temp makeFunction(IrFunction code, Scope scope, Arguments args, Expr returns,
                              Operand defaults, Operand kwdefaults) {
        Operand annotations = annotations(args, returns);
        return u.emit(new MakeFunction(u.temp(), defaults, kwdefaults, annotations, code, closure(u, scope))).result;
    }

    private Operand annotations(Arguments args, Expr returns) {
        List<Operand> items = new ArrayList<>();
        // CPython's order: positional-or-keyword parameters before positional-only ones.
        List<Arg> ordered = new ArrayList<>(args.args);
        ordered.addAll(args.posonlyargs);
        if (args.vararg != null) {
            ordered.add(args.vararg);
        }
        ordered.addAll(args.kwonlyargs);
        if (args.kwarg != null) {
            ordered.add(args.kwarg);
        }
        for (Arg a : ordered) {
            if (a.annotation != null) {
                items.add(new Const(u.names.mangle(a.arg)));
                items.add(annotationValue(a.annotation));
            }
        }
        if (returns != null) {
            items.add(new Const("return"));
            items.add(annotationValue(returns));
        }
        if (items.isEmpty()) {
            return Const.NONE;
        }
        return u.emit(new BuildDict(u.temp(), items)).result;
    }

    private Operand annotationValue(Expr annotation) {
        if (u.module.futureAnnotations()) {
            return new Const(ExprUnparser.unparse(annotation));
        }
        if (annotation instanceof Starred) {
            Operand v = expressions.lower(((Starred) annotation).value);
            Temp unpacked = u.temp();
            u.emit(new dev.weft.ir.instr.Unpack(List.of(unpacked), v, -1));
            return unpacked;
        }
        return expressions.lower(annotation);
    }

    /** The variables of {@code unit} that a child's free variables refer to, in the child's order. */
    static List<Variable> closure(CodeUnit unit, Scope childScope) {
        List<Variable> cells = new ArrayList<>();
        for (String free : Names.freeVariables(childScope)) {
            cells.add(unit.names.closureCell(free));
        }
        return cells;
    }

    private List<Operand> evaluateAll(List<Expr> exprs) {
        List<Operand> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            out.add(expressions.lower(e));
        }
        return out;
    }

    private Operand applyDecorators(List<Operand> decorators, Operand target) {
        Operand result = target;
        for (int i = decorators.size() - 1; i >= 0; i--) {
            result = u.emit(new Call(u.temp(), decorators.get(i), List.of(result), List.of())).result;
        }
        return result;
    }

    /** The docstring: the first statement, when it is a string constant. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt) {
            Expr v = ((ExprStmt) body.get(0)).value;
            if (v instanceof Constant && ((Constant) v).value instanceof String) {
                return (String) ((Constant) v).value;
            }
        }
        return null;
    }

    /** Ends a function body that falls off its end: {@code return None}. */
    private static void finish(CodeUnit child) {
        if (!child.b.isTerminated()) {
            child.emit(new Return(Const.NONE));
        }
    }
}
