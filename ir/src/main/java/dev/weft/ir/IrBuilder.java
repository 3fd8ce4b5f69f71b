package dev.weft.ir;

/**
 * Appends instructions to a function: tracks the current block, the current source line and the
 * exception handler that new blocks are protected by. Lowering code drives one builder per
 * function.
 */
public final class IrBuilder {
    private final IrFunction function;
    private BasicBlock current;
    private BasicBlock handler;
    private int line;
    private SourcePosition position;

    public IrBuilder(IrFunction function) {
        this.function = function;
        this.current = function.blocks().isEmpty() ? function.newBlock() : function.entry();
    }

    public IrFunction function() {
        return function;
    }

    public BasicBlock current() {
        return current;
    }

    public Temp temp() {
        return function.newTemp();
    }

    /** Creates a block protected by the current handler; it is not entered until {@link #enter}. */
    public BasicBlock newBlock() {
        BasicBlock b = function.newBlock();
        b.setHandler(handler);
        return b;
    }

    /** Continues emitting into {@code block}. */
    public void enter(BasicBlock block) {
        current = block;
    }

    /** The handler new blocks get; returns the previous one so callers can restore it. */
    public BasicBlock setHandler(BasicBlock newHandler) {
        BasicBlock previous = handler;
        handler = newHandler;
        return previous;
    }

    /**
     * Makes the code emitted from here on protected by {@code newHandler}: sets it for new blocks
     * and, if the current block has another handler, continues in a fresh block. Returns the
     * previous handler.
     */
    public BasicBlock protect(BasicBlock newHandler) {
        BasicBlock previous = setHandler(newHandler);
        if (current.handler() != newHandler) {
            BasicBlock next = newBlock();
            if (!current.isTerminated()) {
                current.instrs().add(new dev.weft.ir.instr.Jump(next).atLine(line).atPosition(position));
            }
            current = next;
        }
        return previous;
    }

    public BasicBlock handler() {
        return handler;
    }

    /** Sets the current line; the current source span is dropped unless it is on that line. */
    public void setLine(int line) {
        this.line = line;
        if (position != null && position.line() != line) {
            position = null;
        }
    }

    /** Sets the current source span (and line) of the instructions emitted from here on. */
    public void setPosition(SourcePosition position) {
        this.position = position;
        this.line = position.line();
    }

    public SourcePosition position() {
        return position;
    }

    public int line() {
        return line;
    }

    /** Whether the current block already ended (code after return/raise/break is unreachable). */
    public boolean isTerminated() {
        return current.isTerminated();
    }

    /**
     * Appends an instruction at the current line. Code after a terminator is unreachable; it goes
     * to a fresh block that nothing jumps to, which the backend drops.
     */
    public <T extends Instr> T emit(T instr) {
        if (current.isTerminated()) {
            current = newBlock();
        }
        instr.atLine(line);
        if (position != null) {
            instr.atPosition(position);
        }
        current.instrs().add(instr);
        return instr;
    }
}
