package dev.weft.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * A straight-line run of instructions ending in exactly one terminator. An exception raised by
 * any instruction of the block transfers control to {@link #handler()} (if set), whose first
 * instruction is {@code caught_exception}; with no handler it propagates out of the function.
 */
public final class BasicBlock {
    private int id;
    private final List<Instr> instrs = new ArrayList<>();
    private BasicBlock handler;

    BasicBlock(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    void renumber(int newId) {
        this.id = newId;
    }

    public String label() {
        return "b" + id;
    }

    public List<Instr> instrs() {
        return instrs;
    }

    public BasicBlock handler() {
        return handler;
    }

    public void setHandler(BasicBlock handler) {
        this.handler = handler;
    }

    /** The last instruction if it is a terminator, else null. */
    public Instr terminator() {
        if (instrs.isEmpty()) {
            return null;
        }
        Instr last = instrs.get(instrs.size() - 1);
        return last.isTerminator() ? last : null;
    }

    public boolean isTerminated() {
        return terminator() != null;
    }

    @Override
    public String toString() {
        return label();
    }
}
