package dev.weft.ir;

/**
 * A temporary: a virtual register of one function, assigned by exactly one kind of instruction
 * per path and read after it. The backend maps temporaries to JVM locals.
 */
public final class Temp implements Operand {
    public final int index;

    public Temp(int index) {
        this.index = index;
    }

    @Override
    public String toString() {
        return "%t" + index;
    }
}
