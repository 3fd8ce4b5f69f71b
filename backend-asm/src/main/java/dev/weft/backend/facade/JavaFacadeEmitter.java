package dev.weft.backend.facade;

import dev.weft.backend.ModuleCompiler;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.List;

/**
 * Emits the Java class of a {@link JavaFacadeSpec}: a final class holding the Python instance
 * (a {@code dev.weft.embed.PythonObject}); each constructor builds the Python object through
 * {@code JavaFacade.construct}, each method calls it through {@code JavaFacade.call} and unboxes
 * the converted result. The class implements {@code JavaPeer}, so handing it back to Python code
 * gives the Python object; {@code toString}, {@code equals} and {@code hashCode} are Python's
 * {@code str()}, {@code ==} and {@code hash()} of it (unless the signatures declare them),
 * {@code python()} returns it;
 * the static {@code weft$wrap(PythonObject)} wraps an existing instance (the runtime uses it when a
 * Python result is converted to this type).
 * The code is straight-line, so no stack map frames are needed.
 */
public final class JavaFacadeEmitter implements Opcodes {
    private JavaFacadeEmitter() { }

    private static final String FACADE = "dev/weft/embed/JavaFacade";
    private static final String PYTHON_OBJECT = "Ldev/weft/embed/PythonObject;";
    private static final String FIELD = "python";

    public static ModuleCompiler.ClassFile emit(JavaFacadeSpec spec, String sourceFile) {
        String self = spec.internalName();
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, self, null, "java/lang/Object",
                new String[] {"dev/weft/embed/JavaPeer"});
        cw.visitSource(sourceFile, null);
        cw.visitField(ACC_PRIVATE | ACC_FINAL, FIELD, PYTHON_OBJECT, null, null).visitEnd();
        for (JavaFacadeSpec.Signature c : spec.constructors()) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "<init>", descriptor(c.parameters(), "V"), null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
            mv.visitVarInsn(ALOAD, 0);
            mv.visitLdcInsn(spec.module());
            mv.visitLdcInsn(spec.pythonClass());
            argumentArray(mv, c.parameters(), 1);
            mv.visitMethodInsn(INVOKESTATIC, FACADE, "construct",
                    "(Ljava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)" + PYTHON_OBJECT, false);
            mv.visitFieldInsn(PUTFIELD, self, FIELD, PYTHON_OBJECT);
            mv.visitInsn(RETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        // Python objects of this class returned where Java expects this type are wrapped by weft$wrap
        // (through a private constructor no declared signature can clash with: its second parameter is a Void)
        MethodVisitor wrapCtor = cw.visitMethod(ACC_PRIVATE, "<init>", "(" + PYTHON_OBJECT + "Ljava/lang/Void;)V", null,
                null);
        wrapCtor.visitCode();
        wrapCtor.visitVarInsn(ALOAD, 0);
        wrapCtor.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        wrapCtor.visitVarInsn(ALOAD, 0);
        wrapCtor.visitVarInsn(ALOAD, 1);
        wrapCtor.visitFieldInsn(PUTFIELD, self, FIELD, PYTHON_OBJECT);
        wrapCtor.visitInsn(RETURN);
        wrapCtor.visitMaxs(0, 0);
        wrapCtor.visitEnd();
        MethodVisitor wrap = cw.visitMethod(ACC_PUBLIC | ACC_STATIC, "weft$wrap", "(" + PYTHON_OBJECT + ")L" + self + ";",
                null, null);
        wrap.visitCode();
        wrap.visitTypeInsn(NEW, self);
        wrap.visitInsn(DUP);
        wrap.visitVarInsn(ALOAD, 0);
        wrap.visitInsn(ACONST_NULL);
        wrap.visitMethodInsn(INVOKESPECIAL, self, "<init>", "(" + PYTHON_OBJECT + "Ljava/lang/Void;)V", false);
        wrap.visitInsn(ARETURN);
        wrap.visitMaxs(0, 0);
        wrap.visitEnd();

        boolean ownToString = false;
        boolean ownEquals = false;
        boolean ownHashCode = false;
        boolean ownPython = false;
        for (JavaFacadeSpec.Signature m : spec.methods()) {
            ownToString |= m.pythonName().equals("toString") && m.parameters().isEmpty();
            ownEquals |= m.pythonName().equals("equals") && m.parameters().equals(List.of("Ljava/lang/Object;"));
            ownHashCode |= m.pythonName().equals("hashCode") && m.parameters().isEmpty();
            ownPython |= m.pythonName().equals(FIELD) && m.parameters().isEmpty();
            int access = ACC_PUBLIC | (m.isStatic() ? ACC_STATIC : 0);
            MethodVisitor mv = cw.visitMethod(access, m.pythonName(), descriptor(m.parameters(), m.result()), null, null);
            mv.visitCode();
            if (m.isStatic()) {
                mv.visitLdcInsn(spec.module());
                mv.visitLdcInsn(spec.pythonClass());
                mv.visitLdcInsn(m.pythonName());
                argumentArray(mv, m.parameters(), 0);
                classConstant(mv, m.result());
                mv.visitMethodInsn(INVOKESTATIC, FACADE, "callStatic", "(Ljava/lang/String;Ljava/lang/String;"
                        + "Ljava/lang/String;[Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/Object;", false);
            } else {
                mv.visitVarInsn(ALOAD, 0);
                mv.visitFieldInsn(GETFIELD, self, FIELD, PYTHON_OBJECT);
                mv.visitLdcInsn(m.pythonName());
                argumentArray(mv, m.parameters(), 1);
                classConstant(mv, m.result());
                mv.visitMethodInsn(INVOKESTATIC, FACADE, "call",
                        "(" + PYTHON_OBJECT + "Ljava/lang/String;[Ljava/lang/Object;Ljava/lang/Class;)Ljava/lang/Object;",
                        false);
            }
            returnConverted(mv, Type.getType(m.result()));
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        if (!ownPython) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, FIELD, "()" + PYTHON_OBJECT, null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, self, FIELD, PYTHON_OBJECT);
            mv.visitInsn(ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        if (!ownToString) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "toString", "()Ljava/lang/String;", null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, self, FIELD, PYTHON_OBJECT);
            mv.visitMethodInsn(INVOKESTATIC, FACADE, "str", "(" + PYTHON_OBJECT + ")Ljava/lang/String;", false);
            mv.visitInsn(ARETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        if (!ownEquals) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "equals", "(Ljava/lang/Object;)Z", null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, self, FIELD, PYTHON_OBJECT);
            mv.visitVarInsn(ALOAD, 1);
            mv.visitMethodInsn(INVOKESTATIC, FACADE, "equals", "(" + PYTHON_OBJECT + "Ljava/lang/Object;)Z", false);
            mv.visitInsn(IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        if (!ownHashCode) {
            MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "hashCode", "()I", null, null);
            mv.visitCode();
            mv.visitVarInsn(ALOAD, 0);
            mv.visitFieldInsn(GETFIELD, self, FIELD, PYTHON_OBJECT);
            mv.visitMethodInsn(INVOKESTATIC, FACADE, "hashCode", "(" + PYTHON_OBJECT + ")I", false);
            mv.visitInsn(IRETURN);
            mv.visitMaxs(0, 0);
            mv.visitEnd();
        }
        MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "weft$pythonSelf", "()Ldev/weft/runtime/core/PyObject;", null,
                null);
        mv.visitCode();
        mv.visitVarInsn(ALOAD, 0);
        mv.visitFieldInsn(GETFIELD, self, FIELD, PYTHON_OBJECT);
        mv.visitMethodInsn(INVOKESTATIC, FACADE, "pythonSelf", "(" + PYTHON_OBJECT + ")Ldev/weft/runtime/core/PyObject;",
                false);
        mv.visitInsn(ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return new ModuleCompiler.ClassFile(self, cw.toByteArray());
    }

    private static String descriptor(List<String> params, String result) {
        return "(" + String.join("", params) + ")" + result;
    }

    /** Pushes {@code new Object[] {boxed parameters}} read from the locals starting at {@code slot}. */
    private static void argumentArray(MethodVisitor mv, List<String> params, int slot) {
        mv.visitLdcInsn(params.size());
        mv.visitTypeInsn(ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < params.size(); i++) {
            Type t = Type.getType(params.get(i));
            mv.visitInsn(DUP);
            mv.visitLdcInsn(i);
            mv.visitVarInsn(t.getOpcode(ILOAD), slot);
            if (t.getSort() <= Type.DOUBLE) {
                Type box = boxed(t);
                mv.visitMethodInsn(INVOKESTATIC, box.getInternalName(), "valueOf",
                        "(" + t.getDescriptor() + ")" + box.getDescriptor(), false);
            }
            mv.visitInsn(AASTORE);
            slot += t.getSize();
        }
    }

    private static void classConstant(MethodVisitor mv, String desc) {
        Type t = Type.getType(desc);
        if (t.getSort() == Type.VOID) {
            mv.visitFieldInsn(GETSTATIC, "java/lang/Void", "TYPE", "Ljava/lang/Class;");
        } else if (t.getSort() <= Type.DOUBLE) {
            mv.visitFieldInsn(GETSTATIC, boxed(t).getInternalName(), "TYPE", "Ljava/lang/Class;");
        } else {
            mv.visitLdcInsn(t);
        }
    }

    private static void returnConverted(MethodVisitor mv, Type t) {
        if (t.getSort() == Type.VOID) {
            mv.visitInsn(POP);
            mv.visitInsn(RETURN);
            return;
        }
        if (t.getSort() <= Type.DOUBLE) {
            Type box = boxed(t);
            mv.visitTypeInsn(CHECKCAST, box.getInternalName());
            mv.visitMethodInsn(INVOKEVIRTUAL, box.getInternalName(), t.getClassName() + "Value",
                    "()" + t.getDescriptor(), false);
        } else {
            mv.visitTypeInsn(CHECKCAST, t.getInternalName());
        }
        mv.visitInsn(t.getOpcode(IRETURN));
    }

    private static Type boxed(Type primitive) {
        return switch (primitive.getSort()) {
            case Type.BOOLEAN -> Type.getType(Boolean.class);
            case Type.CHAR -> Type.getType(Character.class);
            case Type.BYTE -> Type.getType(Byte.class);
            case Type.SHORT -> Type.getType(Short.class);
            case Type.INT -> Type.getType(Integer.class);
            case Type.FLOAT -> Type.getType(Float.class);
            case Type.LONG -> Type.getType(Long.class);
            default -> Type.getType(Double.class);
        };
    }
}
