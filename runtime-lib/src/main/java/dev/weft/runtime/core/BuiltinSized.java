package dev.weft.runtime.core;

/**
 * A container implemented in Java whose {@code len()} is {@link #size()} and whose truth is
 * {@code size() != 0}, unless it is a Python subclass's instance ({@link Derived}), which may
 * override {@code __len__}/{@code __bool__}. Lets {@code len()} and truth tests skip the
 * {@code __len__} lookup and call (asyncio tests its deques this way on every step).
 */
public interface BuiltinSized {
    int size();
}
