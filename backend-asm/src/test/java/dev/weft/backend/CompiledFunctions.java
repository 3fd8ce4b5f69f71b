package dev.weft.backend;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** Test support: compiles a module and visits the JVM method(s) of one of its Python functions. */
final class CompiledFunctions {
    private CompiledFunctions() { }

    /** Compiles {@code source} as module {@code m} and runs a fresh visitor over each method of Python function {@code fn}. */
    static void visit(String source, String fn, Supplier<MethodVisitor> visitor) {
        ModuleCompiler.ClassFile cf = SourceCompiler.compile(source.getBytes(StandardCharsets.UTF_8), "m.py", "m", false);
        new ClassReader(cf.bytes()).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return name.startsWith(fn + "$") ? visitor.get() : null;
            }
        }, 0);
    }
}
