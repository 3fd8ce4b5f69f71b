package dev.weft.backend;

import org.objectweb.asm.ClassWriter;

/**
 * A ClassWriter computing stack map frames without loading any class: generated code keeps
 * only runtime values ({@code PyObject} and subclasses) in locals that merge, so the common
 * super class of two runtime classes is {@code PyObject}, and anything else merges to Object.
 */
final class NonLoadingClassWriter extends ClassWriter {
    NonLoadingClassWriter() {
        super(ClassWriter.COMPUTE_FRAMES);
    }

    @Override
    protected String getCommonSuperClass(String type1, String type2) {
        if (type1.equals(type2)) {
            return type1;
        }
        if (isPyObject(type1) && isPyObject(type2)) {
            return Abi.PY_OBJECT;
        }
        return "java/lang/Object";
    }

    private static boolean isPyObject(String t) {
        return t.startsWith(Abi.RT) && !t.startsWith(Abi.RT + "exc/PyException") && !t.startsWith(Abi.RT + "link/")
                && !t.startsWith(Abi.RT + "imp/") && !t.startsWith(Abi.RT + "call/CodeInfo")
                && !t.startsWith(Abi.RT + "call/FunctionBody");
    }
}
