package dev.weft.embed;

import dev.weft.runtime.core.PyObject;

/**
 * Implemented by the classes the runtime generates when a Python class extends a Java class
 * ({@link JavaSubclasses}): the Java half of such an object leads back to its Python half. Not
 * for use by hand-written code; it is public because the generated classes live in another
 * class loader.
 */
public interface JavaPeer {
    /** The Python object this Java object is the superclass part of. */
    PyObject weft$pythonSelf();
}
