package dev.weft.backend.facade;

import java.util.List;

/**
 * A Java class to emit for a Python class marked {@code @weft.java_class("pkg.Name")}: its Java
 * name, the Python module and class it calls, its constructors and methods. Types are JVM
 * descriptors ({@code J}, {@code Ljava/lang/String;}, {@code V}).
 */
public record JavaFacadeSpec(String javaName, String module, String pythonClass, List<Signature> constructors,
                             List<Signature> methods) {

    /** One constructor or method: the Python name, parameter and return descriptors, whether static. */
    public record Signature(String pythonName, List<String> parameters, String result, boolean isStatic) { }

    /** The internal name ({@code com/example/Greeter}). */
    public String internalName() {
        return javaName.replace('.', '/');
    }
}
