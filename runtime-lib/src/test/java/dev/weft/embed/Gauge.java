package dev.weft.embed;

/** An abstract Java class the peer tests extend from Python classes built through the runtime API. */
public abstract class Gauge {
    protected int reads;

    protected Gauge(int start) {
        reads = start;
    }

    public abstract double value();

    public String show() {
        reads++;
        return "value " + value() + " after " + reads + " reads";
    }

    public long twice(long x) {
        return 2 * x;
    }

    public final String fixed() {
        return "fixed";
    }
}
