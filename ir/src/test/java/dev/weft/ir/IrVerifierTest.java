package dev.weft.ir;

import dev.weft.frontend.ast.Operator;
import dev.weft.ir.instr.BinaryOp;
import dev.weft.ir.instr.Branch;
import dev.weft.ir.instr.CaughtException;
import dev.weft.ir.instr.Copy;
import dev.weft.ir.instr.Jump;
import dev.weft.ir.instr.LoadVar;
import dev.weft.ir.instr.Reraise;
import dev.weft.ir.instr.Return;
import dev.weft.ir.instr.StoreVar;
import dev.weft.ir.instr.Yield;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrVerifierTest {
    private static IrFunction function() {
        return new IrFunction(IrFunction.Kind.FUNCTION, "f", "f", 1,
                new IrFunction.Signature(List.of(), List.of("x"), null, List.of(), null));
    }

    @Test
    void acceptsATempDefinedOnBothArmsOfABranch() {
        IrFunction f = function();
        IrBuilder b = new IrBuilder(f);
        Variable x = f.declare("x", Variable.Storage.LOCAL);
        Temp cond = b.emit(new LoadVar(b.temp(), x)).result;
        BasicBlock yes = b.newBlock();
        BasicBlock no = b.newBlock();
        BasicBlock join = b.newBlock();
        Temp r = b.temp();
        b.emit(new Branch(cond, yes, no));
        b.enter(yes);
        b.emit(new Copy(r, Const.of(1)));
        b.emit(new Jump(join));
        b.enter(no);
        b.emit(new Copy(r, Const.of(2)));
        b.emit(new Jump(join));
        b.enter(join);
        b.emit(new Return(r));
        assertDoesNotThrow(() -> IrVerifier.verify(f));
    }

    @Test
    void rejectsATempDefinedOnOnlyOnePath() {
        IrFunction f = function();
        IrBuilder b = new IrBuilder(f);
        Variable x = f.declare("x", Variable.Storage.LOCAL);
        Temp cond = b.emit(new LoadVar(b.temp(), x)).result;
        BasicBlock yes = b.newBlock();
        BasicBlock join = b.newBlock();
        Temp r = b.temp();
        b.emit(new Branch(cond, yes, join));
        b.enter(yes);
        b.emit(new Copy(r, Const.of(1)));
        b.emit(new Jump(join));
        b.enter(join);
        b.emit(new Return(r));
        var e = assertThrows(IrVerifier.IrVerificationError.class, () -> IrVerifier.verify(f));
        assertTrue(e.getMessage().contains("%t1 may be read before it is defined"), e.getMessage());
    }

    @Test
    void rejectsABlockWithoutTerminator() {
        IrFunction f = function();
        IrBuilder b = new IrBuilder(f);
        b.emit(new Copy(b.temp(), Const.NONE));
        var e = assertThrows(IrVerifier.IrVerificationError.class, () -> IrVerifier.verify(f));
        assertTrue(e.getMessage().contains("does not end in a terminator"), e.getMessage());
    }

    @Test
    void rejectsAHandlerThatDoesNotStartWithCaught() {
        IrFunction f = function();
        IrBuilder b = new IrBuilder(f);
        BasicBlock handler = f.newBlock();
        handler.instrs().add(new Return(Const.NONE));
        b.current().setHandler(handler);
        b.emit(new Return(Const.NONE));
        var e = assertThrows(IrVerifier.IrVerificationError.class, () -> IrVerifier.verify(f));
        assertTrue(e.getMessage().contains("does not begin with 'caught'"), e.getMessage());
    }

    @Test
    void handlerSeesOnlyTempsDefinedBeforeTheProtectedBlock() {
        IrFunction f = function();
        IrBuilder b = new IrBuilder(f);
        BasicBlock handler = f.newBlock();
        Temp early = b.emit(new Copy(b.temp(), Const.of(1))).result;
        BasicBlock body = b.newBlock();
        b.emit(new Jump(body));
        body.setHandler(handler);
        b.enter(body);
        Temp late = b.emit(new BinaryOp(b.temp(), early, early, Operator.ADD, false)).result;
        b.emit(new Return(late));
        b.enter(handler);
        Temp exc = b.emit(new CaughtException(b.temp())).result;
        b.emit(new Return(early));
        assertDoesNotThrow(() -> IrVerifier.verify(f));

        handler.instrs().set(1, new Return(late));
        assertThrows(IrVerifier.IrVerificationError.class, () -> IrVerifier.verify(f));
        handler.instrs().set(1, new Reraise(exc));
        assertDoesNotThrow(() -> IrVerifier.verify(f));
    }

    @Test
    void rejectsYieldOutsideAGenerator() {
        IrFunction f = function();
        IrBuilder b = new IrBuilder(f);
        b.emit(new Yield(b.temp(), Const.NONE, null));
        b.emit(new Return(Const.NONE));
        assertThrows(IrVerifier.IrVerificationError.class, () -> IrVerifier.verify(f));
        f.setGenerator(true);
        assertDoesNotThrow(() -> IrVerifier.verify(f));
    }

    @Test
    void printerShowsBlocksLinesAndHandlers() {
        IrFunction f = function();
        IrBuilder b = new IrBuilder(f);
        Variable x = f.declare("x", Variable.Storage.LOCAL);
        b.setLine(2);
        Temp t = b.emit(new LoadVar(b.temp(), x)).result;
        Temp s = b.emit(new BinaryOp(b.temp(), t, Const.of(1), Operator.ADD, true)).result;
        b.setLine(3);
        b.emit(new Return(s));
        String expected = String.join("\n",
                "",
                "function f (line 1)",
                "  signature: (x)",
                "  variables: local:x",
                "  b0:",
                "   line 2:",
                "    %t0 = load local:x",
                "    %t1 = binop %t0, 1 Add inplace=true",
                "   line 3:",
                "    return %t1",
                "");
        assertEquals(expected, IrPrinter.print(f));
    }

    @Test
    void rejectsAStoreToAClassNamespaceFirstVariable() {
        IrFunction f = function();
        IrBuilder b = new IrBuilder(f);
        b.emit(new StoreVar(Const.NONE, f.declare("T", Variable.Storage.CLASS_FREE)));
        b.emit(new Return(Const.NONE));
        IrVerifier.IrVerificationError e = assertThrows(IrVerifier.IrVerificationError.class, () -> IrVerifier.verify(f));
        assertTrue(e.getMessage().contains("load-only"), e.getMessage());
    }
}
