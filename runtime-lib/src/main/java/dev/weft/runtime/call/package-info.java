/**
 * Callables and their plumbing: Python functions ({@link dev.weft.runtime.call.PyFunction},
 * {@link dev.weft.runtime.call.CodeInfo}, argument binding), bound methods, builtin functions
 * and method descriptors, classmethod/staticmethod/property, super, cells, modules and
 * {@link dev.weft.runtime.call.ModuleSupport}.
 */
package dev.weft.runtime.call;
