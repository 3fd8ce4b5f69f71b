package dev.weft.ir;

import dev.weft.ir.instr.*;

/** A visitor over every instruction class. */
public interface InstrVisitor<R> {
    R visitCopy(Copy instr);

    R visitLoadVar(LoadVar instr);

    R visitStoreVar(StoreVar instr);

    R visitDeleteVar(DeleteVar instr);

    R visitFreshCell(FreshCell instr);

    R visitGetCell(GetCell instr);

    R visitLoadBuiltin(LoadBuiltin instr);

    R visitGetAttr(GetAttr instr);

    R visitSetAttr(SetAttr instr);

    R visitDelAttr(DelAttr instr);

    R visitGetItem(GetItem instr);

    R visitSetItem(SetItem instr);

    R visitDelItem(DelItem instr);

    R visitBuildSlice(BuildSlice instr);

    R visitBinaryOp(BinaryOp instr);

    R visitUnaryOp(UnaryOp instr);

    R visitCompare(Compare instr);

    R visitCall(Call instr);

    R visitCallMethod(CallMethod instr);

    R visitCallEx(CallEx instr);

    R visitBuildTuple(BuildTuple instr);

    R visitBuildList(BuildList instr);

    R visitBuildSet(BuildSet instr);

    R visitBuildDict(BuildDict instr);

    R visitContainerOp(ContainerOp instr);

    R visitFormatValue(FormatValue instr);

    R visitBuildString(BuildString instr);

    R visitGetIter(GetIter instr);

    R visitForIter(ForIter instr);

    R visitCloseOwned(CloseOwned instr);

    R visitUnpack(Unpack instr);

    R visitMakeFunction(MakeFunction instr);

    R visitImportName(ImportName instr);

    R visitImportFrom(ImportFrom instr);

    R visitImportStar(ImportStar instr);

    R visitRaise(Raise instr);

    R visitReraise(Reraise instr);

    R visitCaughtException(CaughtException instr);

    R visitExceptionMatches(ExceptionMatches instr);

    R visitExceptStarMatch(ExceptStarMatch instr);

    R visitPrepReraiseStar(PrepReraiseStar instr);

    R visitEnterHandler(EnterHandler instr);

    R visitExitHandler(ExitHandler instr);

    R visitYield(Yield instr);

    R visitGetAwaitable(GetAwaitable instr);

    R visitContextEnter(ContextEnter instr);

    R visitContextExit(ContextExit instr);

    R visitSend(Send instr);

    R visitGetLen(GetLen instr);

    R visitMatchShape(MatchShape instr);

    R visitMatchKeys(MatchKeys instr);

    R visitMatchClass(MatchClass instr);

    R visitIntrinsic(Intrinsic instr);

    R visitJump(Jump instr);

    R visitBranch(Branch instr);

    R visitReturn(Return instr);

    R visitBindLocals(BindLocals instr);
}
