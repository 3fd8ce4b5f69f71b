package dev.weft.ir.lower;

import dev.weft.frontend.ast.Expression;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.parser.PythonParsing;
import dev.weft.frontend.symtable.SymbolTable;
import dev.weft.ir.IrModule;
import dev.weft.ir.IrPrinter;
import dev.weft.ir.IrVerifier;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lowering of source given to exec/eval/compile: module names in a namespace, eval's value, 'single' mode. */
class ExecLoweringTest {
    private static String exec(String source, boolean interactive) {
        Module m = PythonParsing.parse(source, "<string>");
        IrModule ir = ModuleLowering.lowerForExec(m, SymbolTable.build(m, "<string>", source), "$exec$1", "<string>",
                interactive);
        IrVerifier.verify(ir);
        assertTrue(ir.body().namespaceInFrame());
        return IrPrinter.print(ir);
    }

    @Test
    void moduleLevelNamesOfExecdCodeAreNamesInTheNamespaceButFunctionsStillUseGlobals() {
        String ir = exec("x = 1\ndef f():\n    return x\nglobal_y = x\n", false);
        assertTrue(ir.contains("store 1 name:x"), ir);
        assertTrue(ir.contains("load name:x"), ir);
        assertTrue(ir.contains("load global:x"), ir);   // inside f
        assertFalse(ir.contains("global:global_y"), ir);
    }

    @Test
    void singleModeSendsExpressionStatementValuesToDisplayhook() {
        String ir = exec("1 + 1\nx = 2\n", true);
        assertTrue(ir.contains("load_builtin '__import__'"), ir);
        assertTrue(ir.contains("getattr") && ir.contains("displayhook"), ir);
        assertFalse(exec("1 + 1\n", false).contains("displayhook"));
    }

    @Test
    void anEvaluatedExpressionIsReturned() {
        String source = "a * 2";
        Expression e = PythonParsing.parseExpression(source, "<string>");
        IrModule ir = ModuleLowering.lowerExpression(e, SymbolTable.build(e, "<string>", source), "$exec$2", "<string>");
        IrVerifier.verify(ir);
        String text = IrPrinter.print(ir);
        assertTrue(text.contains("load name:a"), text);
        assertTrue(text.contains("return %t1"), text);
    }
}
