/**
 * Python frames, read from the JVM stack on demand ({@code sys._getframe},
 * {@code sys._getframemodulename}, the caller of {@code globals()}/{@code exec}): nothing is
 * recorded while code runs, so frames cost nothing until asked for. See runtime-lib/ABI.md §2b.
 */
package dev.weft.runtime.frame;
