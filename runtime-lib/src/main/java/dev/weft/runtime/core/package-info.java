/**
 * The object model: {@link dev.weft.runtime.core.PyObject}, {@link dev.weft.runtime.core.PyType}
 * (MRO, lookup cache, type version), instances of user classes, descriptors, class creation
 * ({@link dev.weft.runtime.core.ClassBuilder}) and the methods of {@code object} and {@code type}.
 */
package dev.weft.runtime.core;
