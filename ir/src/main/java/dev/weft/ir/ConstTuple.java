package dev.weft.ir;

import java.util.List;

/** A tuple of constants folded at compile time. */
public record ConstTuple(List<Object> items) {
}
