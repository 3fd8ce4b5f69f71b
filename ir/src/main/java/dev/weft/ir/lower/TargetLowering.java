package dev.weft.ir.lower;

import dev.weft.frontend.ast.Attribute;
import dev.weft.frontend.ast.Expr;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.Starred;
import dev.weft.frontend.ast.Subscript;
import dev.weft.ir.Operand;
import dev.weft.ir.Temp;
import dev.weft.ir.instr.DelAttr;
import dev.weft.ir.instr.DelItem;
import dev.weft.ir.instr.DeleteVar;
import dev.weft.ir.instr.SetAttr;
import dev.weft.ir.instr.SetItem;
import dev.weft.ir.instr.StoreVar;
import dev.weft.ir.instr.Unpack;

import java.util.ArrayList;
import java.util.List;

/** Lowers assignment and deletion targets: names, attributes, subscripts and unpacking. */
final class TargetLowering {
    private final CodeUnit u;
    private final ExpressionLowering expressions;

    TargetLowering(CodeUnit u, ExpressionLowering expressions) {
        this.u = u;
        this.expressions = expressions;
    }

    /** Stores {@code value} into {@code target}, evaluating the target's parts left to right. */
    void store(Expr target, Operand value) {
        u.at(target);
        switch (target.nodeName()) {
            case "Name":
                u.emit(new StoreVar(value, u.names.store(((Name) target).id)));
                return;
            case "Attribute": {
                Attribute a = (Attribute) target;
                Operand obj = expressions.lower(a.value);
                u.at(target);
                u.emit(new SetAttr(obj, value, u.names.mangle(a.attr)));
                recordStaticAttribute(a);
                return;
            }
            case "Subscript": {
                Subscript s = (Subscript) target;
                Operand obj = expressions.lower(s.value);
                Operand key = expressions.lower(s.slice);
                u.at(target);
                u.emit(new SetItem(obj, key, value));
                return;
            }
            case "Tuple":
                unpack(((dev.weft.frontend.ast.Tuple) target).elts, value);
                return;
            case "List":
                unpack(((dev.weft.frontend.ast.List) target).elts, value);
                return;
            default:
                throw u.unsupported("assignment to " + target.nodeName(), target);
        }
    }

    /** {@code self.x = ...} inside a class's methods contributes {@code x} to {@code __static_attributes__}. */
    void recordStaticAttribute(Attribute a) {
        if (!(a.value instanceof Name) || !((Name) a.value).id.equals("self")
                || u.function.kind() == dev.weft.ir.IrFunction.Kind.CLASS_BODY || u.parent == null) {
            return;
        }
        CodeUnit cls = u.parent.enclosingClass();
        if (cls != null) {
            cls.staticAttributes.add(u.names.mangle(a.attr));
        }
    }

    private void unpack(List<Expr> elts, Operand value) {
        int star = -1;
        List<Temp> parts = new ArrayList<>(elts.size());
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                star = i;
            }
            parts.add(u.temp());
        }
        u.emit(new Unpack(parts, value, star));
        for (int i = 0; i < elts.size(); i++) {
            Expr e = elts.get(i);
            store(e instanceof Starred ? ((Starred) e).value : e, parts.get(i));
        }
    }

    /** {@code del target}. */
    void delete(Expr target) {
        u.at(target);
        switch (target.nodeName()) {
            case "Name":
                u.emit(new DeleteVar(u.names.store(((Name) target).id)));
                return;
            case "Attribute": {
                Attribute a = (Attribute) target;
                Operand obj = expressions.lower(a.value);
                u.at(target);
                u.emit(new DelAttr(obj, u.names.mangle(a.attr)));
                return;
            }
            case "Subscript": {
                Subscript s = (Subscript) target;
                Operand obj = expressions.lower(s.value);
                Operand key = expressions.lower(s.slice);
                u.at(target);
                u.emit(new DelItem(obj, key));
                return;
            }
            case "Tuple":
                for (Expr e : ((dev.weft.frontend.ast.Tuple) target).elts) {
                    delete(e);
                }
                return;
            case "List":
                for (Expr e : ((dev.weft.frontend.ast.List) target).elts) {
                    delete(e);
                }
                return;
            default:
                throw u.unsupported("deletion of " + target.nodeName(), target);
        }
    }
}
