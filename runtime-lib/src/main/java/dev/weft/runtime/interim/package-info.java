/**
 * INTERIM implementations, to be replaced by {@code dev.weft.runtime.format} (float repr,
 * format specs) and {@code dev.weft.runtime.text} (str/bytes methods) when those branches
 * land. Everything here is correct for common inputs but not complete; nothing outside the
 * wiring classes ({@code FloatRepr}, {@code StrMethods}) calls it directly.
 */
package dev.weft.runtime.interim;
