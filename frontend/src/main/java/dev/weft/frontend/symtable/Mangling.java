package dev.weft.frontend.symtable;

import java.util.Set;

/** Private name mangling ({@code __x} in class {@code C} becomes {@code _C__x}), as CPython's {@code _Py_Mangle}. */
public final class Mangling {
    private Mangling() {}

    /**
     * Mangles {@code name} for the class named {@code privateName} (null outside classes): only
     * names that start with two underscores, do not end with two underscores and contain no dot
     * are mangled; leading underscores of the class name are dropped, and an all-underscore
     * class name mangles nothing.
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }

    /**
     * CPython 3.13's {@code _Py_MaybeMangle}: inside the type-parameter scope of a generic class
     * (and scopes nested in it up to the class body) only the type parameters themselves are
     * mangled; {@code mangledNames} is that set, or null where every name is mangled.
     */
    static String maybeMangle(String privateName, Set<String> mangledNames, String name) {
        if (mangledNames != null && !mangledNames.contains(name)) {
            return name;
        }
        return mangle(privateName, name);
    }
}
