package dev.weft.runtime.types;

/**
 * An object of a module type that exports a buffer (as {@code array.array} does in CPython):
 * {@code bytes(o)}, {@code bytearray(o)} and the modules taking bytes-like objects read its
 * contents through this, not by iterating over its items.
 */
public interface BufferExporter {
    /** A copy of the exported bytes. */
    byte[] exportBytes();
}
