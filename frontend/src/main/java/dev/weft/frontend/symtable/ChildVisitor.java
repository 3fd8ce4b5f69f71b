package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.*;
import dev.weft.frontend.ast.List;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.ast.Set;

/**
 * A visitor whose every method visits the node's children in field order (as
 * {@code ast.NodeVisitor.generic_visit}); the passes of this package override the nodes they
 * treat specially.
 */
abstract class ChildVisitor implements Visitor<Void> {
    /** Visits the node-valued fields of {@code node} (and the nodes in its list fields) in order. */
    protected final Void visitChildren(Node node) {
        java.util.List<String> names = node.fieldNames();
        for (int i = 0; i < names.size(); i++) {
            Object value = node.field(i);
            if (value instanceof Node) {
                ((Node) value).accept(this);
            } else if (value instanceof java.util.List) {
                for (Object item : (java.util.List<?>) value) {
                    if (item instanceof Node) {
                        ((Node) item).accept(this);
                    }
                }
            }
        }
        return null;
    }

    @Override
    public Void visitModule(Module node) {
        return visitChildren(node);
    }

    @Override
    public Void visitInteractive(Interactive node) {
        return visitChildren(node);
    }

    @Override
    public Void visitExpression(Expression node) {
        return visitChildren(node);
    }

    @Override
    public Void visitFunctionType(FunctionType node) {
        return visitChildren(node);
    }

    @Override
    public Void visitFunctionDef(FunctionDef node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAsyncFunctionDef(AsyncFunctionDef node) {
        return visitChildren(node);
    }

    @Override
    public Void visitClassDef(ClassDef node) {
        return visitChildren(node);
    }

    @Override
    public Void visitReturn(Return node) {
        return visitChildren(node);
    }

    @Override
    public Void visitDelete(Delete node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAssign(Assign node) {
        return visitChildren(node);
    }

    @Override
    public Void visitTypeAlias(TypeAlias node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAugAssign(AugAssign node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAnnAssign(AnnAssign node) {
        return visitChildren(node);
    }

    @Override
    public Void visitFor(For node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAsyncFor(AsyncFor node) {
        return visitChildren(node);
    }

    @Override
    public Void visitWhile(While node) {
        return visitChildren(node);
    }

    @Override
    public Void visitIf(If node) {
        return visitChildren(node);
    }

    @Override
    public Void visitWith(With node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAsyncWith(AsyncWith node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatch(Match node) {
        return visitChildren(node);
    }

    @Override
    public Void visitRaise(Raise node) {
        return visitChildren(node);
    }

    @Override
    public Void visitTry(Try node) {
        return visitChildren(node);
    }

    @Override
    public Void visitTryStar(TryStar node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAssert(Assert node) {
        return visitChildren(node);
    }

    @Override
    public Void visitImport(Import node) {
        return visitChildren(node);
    }

    @Override
    public Void visitImportFrom(ImportFrom node) {
        return visitChildren(node);
    }

    @Override
    public Void visitGlobal(Global node) {
        return visitChildren(node);
    }

    @Override
    public Void visitNonlocal(Nonlocal node) {
        return visitChildren(node);
    }

    @Override
    public Void visitExprStmt(ExprStmt node) {
        return visitChildren(node);
    }

    @Override
    public Void visitPass(Pass node) {
        return visitChildren(node);
    }

    @Override
    public Void visitBreak(Break node) {
        return visitChildren(node);
    }

    @Override
    public Void visitContinue(Continue node) {
        return visitChildren(node);
    }

    @Override
    public Void visitBoolOp(BoolOp node) {
        return visitChildren(node);
    }

    @Override
    public Void visitNamedExpr(NamedExpr node) {
        return visitChildren(node);
    }

    @Override
    public Void visitBinOp(BinOp node) {
        return visitChildren(node);
    }

    @Override
    public Void visitUnaryOp(UnaryOp node) {
        return visitChildren(node);
    }

    @Override
    public Void visitLambda(Lambda node) {
        return visitChildren(node);
    }

    @Override
    public Void visitIfExp(IfExp node) {
        return visitChildren(node);
    }

    @Override
    public Void visitDict(Dict node) {
        return visitChildren(node);
    }

    @Override
    public Void visitSet(Set node) {
        return visitChildren(node);
    }

    @Override
    public Void visitListComp(ListComp node) {
        return visitChildren(node);
    }

    @Override
    public Void visitSetComp(SetComp node) {
        return visitChildren(node);
    }

    @Override
    public Void visitDictComp(DictComp node) {
        return visitChildren(node);
    }

    @Override
    public Void visitGeneratorExp(GeneratorExp node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAwait(Await node) {
        return visitChildren(node);
    }

    @Override
    public Void visitYield(Yield node) {
        return visitChildren(node);
    }

    @Override
    public Void visitYieldFrom(YieldFrom node) {
        return visitChildren(node);
    }

    @Override
    public Void visitCompare(Compare node) {
        return visitChildren(node);
    }

    @Override
    public Void visitCall(Call node) {
        return visitChildren(node);
    }

    @Override
    public Void visitFormattedValue(FormattedValue node) {
        return visitChildren(node);
    }

    @Override
    public Void visitJoinedStr(JoinedStr node) {
        return visitChildren(node);
    }

    @Override
    public Void visitConstant(Constant node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAttribute(Attribute node) {
        return visitChildren(node);
    }

    @Override
    public Void visitSubscript(Subscript node) {
        return visitChildren(node);
    }

    @Override
    public Void visitStarred(Starred node) {
        return visitChildren(node);
    }

    @Override
    public Void visitName(Name node) {
        return visitChildren(node);
    }

    @Override
    public Void visitList(List node) {
        return visitChildren(node);
    }

    @Override
    public Void visitTuple(Tuple node) {
        return visitChildren(node);
    }

    @Override
    public Void visitSlice(Slice node) {
        return visitChildren(node);
    }

    @Override
    public Void visitExceptHandler(ExceptHandler node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatchValue(MatchValue node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatchSingleton(MatchSingleton node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatchSequence(MatchSequence node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatchMapping(MatchMapping node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatchClass(MatchClass node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatchStar(MatchStar node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatchAs(MatchAs node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatchOr(MatchOr node) {
        return visitChildren(node);
    }

    @Override
    public Void visitTypeIgnore(TypeIgnore node) {
        return visitChildren(node);
    }

    @Override
    public Void visitTypeVar(TypeVar node) {
        return visitChildren(node);
    }

    @Override
    public Void visitParamSpec(ParamSpec node) {
        return visitChildren(node);
    }

    @Override
    public Void visitTypeVarTuple(TypeVarTuple node) {
        return visitChildren(node);
    }

    @Override
    public Void visitComprehension(Comprehension node) {
        return visitChildren(node);
    }

    @Override
    public Void visitArguments(Arguments node) {
        return visitChildren(node);
    }

    @Override
    public Void visitArg(Arg node) {
        return visitChildren(node);
    }

    @Override
    public Void visitKeyword(Keyword node) {
        return visitChildren(node);
    }

    @Override
    public Void visitAlias(Alias node) {
        return visitChildren(node);
    }

    @Override
    public Void visitWithItem(WithItem node) {
        return visitChildren(node);
    }

    @Override
    public Void visitMatchCase(MatchCase node) {
        return visitChildren(node);
    }
}
