package dev.weft.ir;

/** The in-place container updates displays, comprehensions and calls are built from. */
public enum ContainerOpKind {
    /** {@code list.append(value)}. */
    LIST_APPEND,
    /** {@code list.extend(value)} ({@code [*a]}). */
    LIST_EXTEND,
    /** {@code set.add(value)}. */
    SET_ADD,
    /** {@code set.update(value)} ({@code {*a}}). */
    SET_UPDATE,
    /** {@code dict.update(value)} ({@code {**d}}). */
    DICT_UPDATE,
    /** {@code f(**d)}: like update, but a duplicate keyword or a non-mapping raises TypeError as CPython. */
    DICT_MERGE
}
