package dev.weft.ir;

import dev.weft.frontend.ast.CmpOpKind;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.UnaryOpKind;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders IR as stable text, for {@code weft ir} and for golden tests. One line per instruction:
 * {@code %t2 = binop %t0, %t1 Add inplace=false}; a {@code line N:} marker precedes the first
 * instruction of each new source line.
 */
public final class IrPrinter {
    private final StringBuilder out = new StringBuilder();

    private IrPrinter() {}

    public static String print(IrModule module) {
        IrPrinter p = new IrPrinter();
        p.out.append("module ").append(module.name()).append(" (").append(module.filename()).append(")\n");
        p.function(module.body());
        return p.out.toString();
    }

    public static String print(IrFunction function) {
        IrPrinter p = new IrPrinter();
        p.function(function);
        return p.out.toString();
    }

    private void function(IrFunction f) {
        out.append('\n').append(f.kind().name().toLowerCase()).append(' ').append(f.qualname())
           .append(" (line ").append(f.firstLine()).append(')');
        if (f.isGenerator()) {
            out.append(" generator");
        }
        if (f.isCoroutine()) {
            out.append(" coroutine");
        }
        out.append('\n');
        IrFunction.Signature s = f.signature();
        if (!s.equals(IrFunction.Signature.NONE)) {
            out.append("  signature: ").append(signature(s)).append('\n');
        }
        if (!f.variables().isEmpty()) {
            out.append("  variables: ")
               .append(f.variables().stream().map(Variable::toString).collect(Collectors.joining(", ")))
               .append('\n');
        }
        for (BasicBlock b : f.blocks()) {
            out.append("  ").append(b.label()).append(':');
            if (b.handler() != null) {
                out.append(" handler=").append(b.handler().label());
            }
            out.append('\n');
            int line = -1;
            for (Instr i : b.instrs()) {
                if (i.line() != line && i.line() > 0) {
                    line = i.line();
                    out.append("   line ").append(line).append(":\n");
                }
                out.append("    ").append(instr(i)).append('\n');
            }
        }
        for (IrFunction child : f.children()) {
            function(child);
        }
    }

    private static String signature(IrFunction.Signature s) {
        StringBuilder sb = new StringBuilder("(");
        String sep = "";
        for (String p : s.positionalOnly()) {
            sb.append(sep).append(p);
            sep = ", ";
        }
        if (!s.positionalOnly().isEmpty()) {
            sb.append(sep).append('/');
        }
        for (String p : s.positional()) {
            sb.append(sep).append(p);
            sep = ", ";
        }
        if (s.varargs() != null) {
            sb.append(sep).append('*').append(s.varargs());
            sep = ", ";
        } else if (!s.keywordOnly().isEmpty()) {
            sb.append(sep).append('*');
            sep = ", ";
        }
        for (String p : s.keywordOnly()) {
            sb.append(sep).append(p);
            sep = ", ";
        }
        if (s.varkw() != null) {
            sb.append(sep).append("**").append(s.varkw());
        }
        return sb.append(')').toString();
    }

    /** One instruction as text, without its line marker. */
    public static String instr(Instr i) {
        StringBuilder sb = new StringBuilder();
        List<Temp> defs = i.defs();
        if (!defs.isEmpty()) {
            sb.append(defs.stream().map(Temp::toString).collect(Collectors.joining(", "))).append(" = ");
        }
        sb.append(i.opName());
        String sep = " ";
        for (Operand o : i.uses()) {
            sb.append(sep).append(o);
            sep = ", ";
        }
        for (Object a : i.attributes()) {
            sb.append(' ').append(attribute(a));
        }
        for (BasicBlock b : i.successors()) {
            sb.append(" -> ").append(b.label());
        }
        return sb.toString();
    }

    private static String attribute(Object a) {
        if (a instanceof Enum<?>) {
            return enumName((Enum<?>) a);
        }
        if (a instanceof String) {
            return "'" + a + "'";
        }
        if (a instanceof List) {
            return ((List<?>) a).stream().map(IrPrinter::attribute).collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(a);
    }

    private static String enumName(Enum<?> e) {
        if (e instanceof Operator) {
            return ((Operator) e).nodeName();
        }
        if (e instanceof UnaryOpKind) {
            return ((UnaryOpKind) e).nodeName();
        }
        if (e instanceof CmpOpKind) {
            return ((CmpOpKind) e).nodeName();
        }
        return e.name();
    }
}
