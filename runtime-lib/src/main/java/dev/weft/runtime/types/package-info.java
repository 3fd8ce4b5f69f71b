/**
 * The builtin value types (int, bool, float, complex, str, bytes, bytearray, tuple, list, dict,
 * set, frozenset, range, slice, None, Ellipsis, NotImplemented, iterators) and their methods.
 * Mutable containers follow the free-threading scheme described in {@link dev.weft.runtime.types.PyList}
 * and {@link dev.weft.runtime.types.PyDict} (a {@link dev.weft.runtime.types.SeqLock} per container).
 */
package dev.weft.runtime.types;
