package dev.weft.runtime.modules.weakref;

/** A weak reference (ref or proxy) whose referent the JVM has collected: its callback is due. */
interface DeadReference {
    /** Creation order; the callbacks of one collection run newest first, as CPython's. */
    long serial();

    void runCallback();
}
