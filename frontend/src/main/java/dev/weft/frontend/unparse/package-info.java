/**
 * Expressions back to source text, as CPython's compiler writes them for postponed annotations
 * ({@code from __future__ import annotations}); see {@link dev.weft.frontend.unparse.ExprUnparser}.
 */
package dev.weft.frontend.unparse;
