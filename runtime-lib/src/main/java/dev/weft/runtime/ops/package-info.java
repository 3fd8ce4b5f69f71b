/**
 * The protocols generated code calls: {@link dev.weft.runtime.ops.Ops} (operators, truth, hash,
 * repr), {@link dev.weft.runtime.ops.Attr} (attributes), {@link dev.weft.runtime.ops.Calls}
 * (vector calls, method calls, construction) and {@link dev.weft.runtime.ops.Protocols}
 * (len, iteration, subscripts, membership, unpacking). See runtime-lib/ABI.md.
 */
package dev.weft.runtime.ops;
