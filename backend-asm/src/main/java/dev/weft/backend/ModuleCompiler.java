package dev.weft.backend;

import dev.weft.ir.IrFunction;
import dev.weft.ir.IrModule;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Compiles the IR of one Python module to one JVM class (see {@link ClassNaming}): a private
 * static method per code object, {@code weft$run(PyDict globals)} running the module body,
 * and {@code weft$file()}. Calls, operators and attribute accesses are {@code invokedynamic}
 * sites bootstrapped by the runtime's {@code dev.weft.runtime.link.Bootstraps}; constants
 * and code descriptions are dynamic constants.
 */
public final class ModuleCompiler {
    /** A generated class: its internal name and bytes. */
    public record ClassFile(String internalName, byte[] bytes) { }

    final String owner;
    final String filename;
    final ClosureLayout closures;
    /** Code compiled at run time for exec/eval (its globals' {@code __builtins__} apply). */
    final boolean execCode;
    private final Map<IrFunction, String> methodNames = new IdentityHashMap<>();
    private final ClassNaming.MethodNames names = new ClassNaming.MethodNames();
    /** Functions compiled as several methods, with their part-size budget (estimated bytes). */
    private final Map<IrFunction, Integer> splitBudgets = new IdentityHashMap<>();
    private static final int FIRST_SPLIT_BUDGET = 24_000;
    private static final int SMALLEST_SPLIT_BUDGET = 1_000;

    private ModuleCompiler(String owner, String filename, IrFunction root) {
        this.owner = owner;
        this.filename = filename;
        this.closures = new ClosureLayout(root);
        this.execCode = root.namespaceInFrame();
        nameAll(root);
    }

    /** Compiles {@code module}; a package's {@code __init__} when {@code isPackage}. */
    public static ClassFile compile(IrModule module, boolean isPackage) {
        return compile(module, isPackage, ClassNaming.PREFIX);
    }

    /** Compiles {@code module} into a class under class-name prefix {@code classPrefix} (see {@link ClassNaming}). */
    public static ClassFile compile(IrModule module, boolean isPackage, String classPrefix) {
        String owner = ClassNaming.moduleClass(classPrefix, module.name(), isPackage);
        ModuleCompiler c = new ModuleCompiler(owner, module.filename(), module.body());
        return new ClassFile(owner, c.generate(module.body()));
    }

    /**
     * Compiles code lowered for {@code exec}/{@code eval} ({@code ModuleLowering.lowerForExec} or
     * {@code lowerExpression}): instead of {@code weft$run}, the class has
     * {@code public static PyObject weft$exec(PyDict globals, PyObject locals)}, which runs the
     * code with its names in {@code locals} and returns its value (None for exec).
     */
    public static ClassFile compileForExec(IrModule module) {
        if (!module.body().namespaceInFrame()) {
            throw new IllegalArgumentException("module code not lowered for exec: " + module.name());
        }
        return compile(module, false);
    }

    private void nameAll(IrFunction f) {
        methodNames.put(f, names.allocate(f));
        if (clearlyTooLarge(f)) {
            splitBudgets.put(f, FIRST_SPLIT_BUDGET);
        }
        for (IrFunction child : f.children()) {
            nameAll(child);
        }
    }

    /**
     * Whether a function is split without trying one method first: when its bytecode would
     * surely exceed 64 KB, or when computing stack map frames for it would take too much
     * memory (ASM keeps a frame of all locals per label: temporaries times line labels).
     */
    private static boolean clearlyTooLarge(IrFunction f) {
        long bytes = 0;
        long labels = 0;
        int lastLine = -1;
        for (dev.weft.ir.BasicBlock b : f.blocks()) {
            labels++;
            for (dev.weft.ir.Instr i : b.instrs()) {
                bytes += 6 + 4L * (i.uses().size() + i.defs().size());
                if (i.line() != lastLine) {
                    labels++;
                    lastLine = i.line();
                }
            }
        }
        long locals = f.tempCount() + f.variables().size();
        return bytes > 64_000 || labels * locals > 20_000_000L;
    }

    String methodName(IrFunction f) {
        return methodNames.get(f);
    }

    /**
     * Generates the class; a function whose method exceeds the JVM's 64 KB is compiled again
     * split into parts ({@link MethodSplitter}), with smaller parts until they fit.
     */
    private byte[] generate(IrFunction root) {
        while (true) {
            try {
                return generateOnce(root);
            } catch (MethodTooLargeException e) {
                IrFunction f = byMethodName(e.getMethodName());
                if (f == null) {
                    throw new BackendLimitError("a function too large for one JVM method (" + e.getMethodName() + ")",
                            filename, 1);
                }
                Integer budget = splitBudgets.get(f);
                int next = budget == null ? FIRST_SPLIT_BUDGET : budget / 2;
                if (next < SMALLEST_SPLIT_BUDGET) {
                    throw new BackendLimitError("a function too large for one JVM method (" + f.qualname() + ", "
                            + e.getCodeSize() + " bytes of bytecode in one part)", filename, f.firstLine());
                }
                splitBudgets.put(f, next);
            }
        }
    }

    /**
     * Python constants of a first generation whose constant pool overflowed: the next ones
     * pack them into tables ({@link PackedConstants}); null until then.
     */
    private java.util.List<org.objectweb.asm.ConstantDynamic> packedConstants;

    /** The source spans of the class being generated ({@link #generateOnce}). */
    PositionTable positions;

    private byte[] generateOnce(IrFunction root) {
        positions = new PositionTable(root);
        ClassWriter writer = new NonLoadingClassWriter();
        EagerConstants eager = new EagerConstants(writer, owner);
        ClassVisitor cw = packedConstants == null ? eager : new PackedConstants(eager, packedConstants);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, owner, null,
                "java/lang/Object", null);
        cw.visitSource(filename, null);
        emitAll(cw, root);
        if (root.namespaceInFrame()) {
            emitExec(cw, root);
        } else {
            emitRun(cw, root);
        }
        emitFile(cw);
        positions.emit(cw);
        cw.visitEnd();
        try {
            return writer.toByteArray();
        } catch (ClassTooLargeException e) {
            if (packedConstants == null) {
                packedConstants = eager.constants();
                return generateOnce(root);
            }
            throw new BackendLimitError("a module too large for one JVM class (" + e.getConstantPoolCount()
                    + " constants)", filename, 1);
        }
    }

    private IrFunction byMethodName(String jvmName) {
        for (Map.Entry<IrFunction, String> e : methodNames.entrySet()) {
            String m = e.getValue();
            if (jvmName.equals(m) || jvmName.equals(m + FunctionEmitter.CREATOR_SUFFIX) || jvmName.startsWith(m + "$p")) {
                return e.getKey();
            }
        }
        return null;
    }

    private void emitAll(ClassVisitor cw, IrFunction f) {
        Integer budget = splitBudgets.get(f);
        if (budget == null) {
            new FunctionEmitter(this, f).emit(cw);
        } else {
            LargeDisplays.rewrite(f, Math.max(16, budget / 40));
            new MethodSplitter(new FunctionEmitter(this, f, true), budget).emit(cw);
        }
        for (IrFunction child : f.children()) {
            // Code objects only unreachable code creates are never run: they are not emitted.
            if (closures.isCreated(child)) {
                emitAll(cw, child);
            }
        }
    }

    /** {@code public static PyObject weft$run(PyDict globals)}: the module function over globals, called once. */
    private void emitRun(ClassVisitor cw, IrFunction root) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, ClassNaming.RUN_METHOD,
                "(" + Abi.DICT + ")" + Abi.OBJ, null, null);
        mv.visitCode();
        FunctionEmitter.pushCodeInfo(mv, root, filename);
        pushBody(mv, root);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.FUNCTIONS, "moduleFunction",
                "(L" + Abi.CODE_INFO + ";L" + Abi.FUNCTION_BODY + ";" + Abi.DICT + ")" + Abi.FUNCTION, false);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitTypeInsn(Opcodes.ANEWARRAY, Abi.PY_OBJECT);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, methodName(root), Abi.BODY_DESC, false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code public static PyObject weft$exec(PyDict globals, PyObject locals)}: runs exec'd code over a namespace. */
    private void emitExec(ClassVisitor cw, IrFunction root) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, ClassNaming.EXEC_METHOD,
                "(" + Abi.DICT + Abi.OBJ + ")" + Abi.OBJ, null, null);
        mv.visitCode();
        FunctionEmitter.pushCodeInfo(mv, root, filename);
        pushBody(mv, root);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, Abi.FUNCTIONS, "moduleFunction",
                "(L" + Abi.CODE_INFO + ";L" + Abi.FUNCTION_BODY + ";" + Abi.DICT + ")" + Abi.FUNCTION, false);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitTypeInsn(Opcodes.ANEWARRAY, Abi.PY_OBJECT);
        mv.visitInsn(Opcodes.DUP);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitInsn(Opcodes.AASTORE);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, methodName(root), Abi.BODY_DESC, false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void emitFile(ClassVisitor cw) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, ClassNaming.FILE_METHOD,
                "()" + Abi.STR, null, null);
        mv.visitCode();
        mv.visitLdcInsn(filename);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * Pushes the {@code FunctionBody} of code object {@code f}: a dynamic constant over a direct
     * handle on its method, so call sites can link to the method itself.
     */
    void pushBody(MethodVisitor mv, IrFunction f) {
        String impl = FunctionEmitter.isGenerator(f) ? methodName(f) + FunctionEmitter.CREATOR_SUFFIX : methodName(f);
        mv.visitLdcInsn(new ConstantDynamic("body", "L" + Abi.FUNCTION_BODY + ";", Abi.FUNCTION_BODY_CONST,
                new Handle(Opcodes.H_INVOKESTATIC, owner, impl, Abi.BODY_DESC, false)));
    }

    /** Pushes the {@code GeneratorFrame.Resume} of generator code object {@code f}. */
    void pushGeneratorBody(MethodVisitor mv, IrFunction f) {
        Type resumeType = Type.getMethodType(Abi.RESUME_DESC);
        mv.visitInvokeDynamicInsn("resume", "()L" + Abi.GENERATOR_RESUME + ";", Abi.LAMBDA_METAFACTORY, resumeType,
                new Handle(Opcodes.H_INVOKESTATIC, owner, methodName(f), Abi.RESUME_DESC, false), resumeType);
    }
}
