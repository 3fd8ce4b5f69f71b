package dev.weft.embed;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal class-file writer for the peer classes of {@link JavaSubclasses}: a constant pool,
 * fields, and methods whose code is straight-line except for forward branches to points where
 * the locals are those at entry and the stack is empty ({@link Code#branchIfFalse}), so the only
 * stack map frames needed are {@code same_frame}s. The runtime has no dependencies (it is
 * packed whole into users' jars), which is why this is written here instead of using ASM.
 */
final class ClassFileBuilder {
    static final int ACC_PUBLIC = 0x0001, ACC_STATIC = 0x0008, ACC_FINAL = 0x0010, ACC_SUPER = 0x0020;
    private static final int VERSION_JAVA_8 = 52;

    private final ByteArrayOutputStream pool = new ByteArrayOutputStream();
    private final DataOutputStream poolOut = new DataOutputStream(pool);
    private final Map<String, Integer> poolIndex = new HashMap<>();
    private int poolCount = 1;
    private final List<byte[]> fields = new ArrayList<>();
    private final List<byte[]> methods = new ArrayList<>();
    private final String thisClass;
    private final String superClass;
    private final List<String> interfaces;

    /** Names are internal names ({@code java/util/TimerTask}). */
    ClassFileBuilder(String thisClass, String superClass, List<String> interfaces) {
        this.thisClass = thisClass;
        this.superClass = superClass;
        this.interfaces = interfaces;
    }

    // ---- constant pool ----

    private interface IoAction {
        void run() throws IOException;
    }

    int utf8(String s) {
        return add("U" + s, () -> {
            poolOut.writeByte(1);
            poolOut.writeUTF(s);
        });
    }

    int classRef(String internalName) {
        int name = utf8(internalName);
        return add("C" + internalName, () -> {
            poolOut.writeByte(7);
            poolOut.writeShort(name);
        });
    }

    int string(String s) {
        int u = utf8(s);
        return add("S" + s, () -> {
            poolOut.writeByte(8);
            poolOut.writeShort(u);
        });
    }

    int integer(int v) {
        return add("I" + v, () -> {
            poolOut.writeByte(3);
            poolOut.writeInt(v);
        });
    }

    private int nameAndType(String name, String desc) {
        int n = utf8(name);
        int d = utf8(desc);
        return add("N" + name + ":" + desc, () -> {
            poolOut.writeByte(12);
            poolOut.writeShort(n);
            poolOut.writeShort(d);
        });
    }

    int fieldRef(String owner, String name, String desc) {
        return memberRef(9, owner, name, desc);
    }

    int methodRef(String owner, String name, String desc, boolean isInterface) {
        return memberRef(isInterface ? 11 : 10, owner, name, desc);
    }

    private int memberRef(int tag, String owner, String name, String desc) {
        int c = classRef(owner);
        int nt = nameAndType(name, desc);
        return add(tag + owner + "." + name + ":" + desc, () -> {
            poolOut.writeByte(tag);
            poolOut.writeShort(c);
            poolOut.writeShort(nt);
        });
    }

    private int add(String key, IoAction writer) {
        Integer i = poolIndex.get(key);
        if (i != null) {
            return i;
        }
        try {
            writer.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int index = poolCount++;
        poolIndex.put(key, index);
        return index;
    }

    // ---- members ----

    void field(int access, String name, String desc) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(b);
        try {
            o.writeShort(access);
            o.writeShort(utf8(name));
            o.writeShort(utf8(desc));
            o.writeShort(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fields.add(b.toByteArray());
    }

    /** A method whose body {@code code} has been written. */
    void method(int access, String name, String desc, Code code) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(b);
        try {
            o.writeShort(access);
            o.writeShort(utf8(name));
            o.writeShort(utf8(desc));
            o.writeShort(1);
            byte[] bytes = code.patchedBytes();
            byte[] frames = code.stackMapTable();
            int codeAttrs = frames == null ? 0 : 6 + frames.length;
            o.writeShort(utf8("Code"));
            o.writeInt(12 + bytes.length + codeAttrs);
            o.writeShort(code.maxStack);
            o.writeShort(code.maxLocals);
            o.writeInt(bytes.length);
            o.write(bytes);
            o.writeShort(0); // exception table
            if (frames == null) {
                o.writeShort(0);
            } else {
                o.writeShort(1);
                o.writeShort(utf8("StackMapTable"));
                o.writeInt(frames.length);
                o.write(frames);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        methods.add(b.toByteArray());
    }

    byte[] toBytes(int access) {
        int thisIndex = classRef(thisClass);
        int superIndex = classRef(superClass);
        int[] ifaceIndexes = interfaces.stream().mapToInt(this::classRef).toArray();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(b);
        try {
            o.writeInt(0xCAFEBABE);
            o.writeShort(0);
            o.writeShort(VERSION_JAVA_8);
            o.writeShort(poolCount);
            o.write(pool.toByteArray());
            o.writeShort(access | ACC_SUPER);
            o.writeShort(thisIndex);
            o.writeShort(superIndex);
            o.writeShort(ifaceIndexes.length);
            for (int i : ifaceIndexes) {
                o.writeShort(i);
            }
            o.writeShort(fields.size());
            for (byte[] f : fields) {
                o.write(f);
            }
            o.writeShort(methods.size());
            for (byte[] m : methods) {
                o.write(m);
            }
            o.writeShort(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    /** Bytecode with forward branches only; the caller sets the maximum stack depth it needs. */
    final class Code {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final int maxStack;
        final int maxLocals;
        /** Pairs (offset of a branch instruction, offset of its target). */
        private final List<int[]> branches = new ArrayList<>();

        Code(int maxStack, int maxLocals) {
            this.maxStack = maxStack;
            this.maxLocals = maxLocals;
        }

        Code op(int opcode) {
            bytes.write(opcode);
            return this;
        }

        Code op1(int opcode, int operand) {
            bytes.write(opcode);
            bytes.write(operand);
            return this;
        }

        Code op2(int opcode, int operand) {
            bytes.write(opcode);
            bytes.write(operand >> 8);
            bytes.write(operand);
            return this;
        }

        /** Pushes the int constant {@code v}. */
        Code intConstant(int v) {
            if (v >= -1 && v <= 5) {
                op(3 + v); // iconst_m1 .. iconst_5
            } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                op1(16, v); // bipush
            } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                op2(17, v); // sipush
            } else {
                op2(19, integer(v)); // ldc_w
            }
            return this;
        }

        /** Loads local {@code slot} holding a value of type {@code t}. */
        Code load(Class<?> t, int slot) {
            int opcode = !t.isPrimitive() ? 25 : t == long.class ? 22 : t == float.class ? 23
                    : t == double.class ? 24 : 21;
            return op1(opcode, slot);
        }

        /** Returns a value of type {@code t} from the top of the stack. */
        Code returnValue(Class<?> t) {
            int opcode = t == void.class ? 177 : !t.isPrimitive() ? 176 : t == long.class ? 173
                    : t == float.class ? 174 : t == double.class ? 175 : 172;
            return op(opcode);
        }

        Code invoke(int opcode, String owner, String name, String desc, boolean isInterface) {
            int ref = methodRef(owner, name, desc, isInterface);
            return op2(opcode, ref);
        }

        /** {@code ifeq} to a target set later by {@link #branchTarget}; returns the branch's handle. */
        int branchIfFalse() {
            int at = bytes.size();
            op2(153, 0);
            return at;
        }

        /**
         * Makes the current offset the target of {@code branch}. The locals there must be those
         * at method entry (unchanged parameters) and the stack empty: the frame is a same_frame.
         */
        Code branchTarget(int branch) {
            branches.add(new int[] {branch, bytes.size()});
            return this;
        }

        byte[] patchedBytes() {
            byte[] b = bytes.toByteArray();
            for (int[] br : branches) {
                int delta = br[1] - br[0];
                b[br[0] + 1] = (byte) (delta >> 8);
                b[br[0] + 2] = (byte) delta;
            }
            return b;
        }

        /** The StackMapTable attribute's body (same_frame entries), or null when there are no branches. */
        byte[] stackMapTable() {
            if (branches.isEmpty()) {
                return null;
            }
            int[] targets = branches.stream().mapToInt(br -> br[1]).distinct().sorted().toArray();
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            DataOutputStream o = new DataOutputStream(b);
            try {
                o.writeShort(targets.length);
                int previous = -1;
                for (int t : targets) {
                    int delta = t - previous - 1;
                    if (delta < 64) {
                        o.writeByte(delta); // same_frame
                    } else {
                        o.writeByte(251); // same_frame_extended
                        o.writeShort(delta);
                    }
                    previous = t;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return b.toByteArray();
        }
    }

    static int slots(Class<?> t) {
        return t == long.class || t == double.class ? 2 : t == void.class ? 0 : 1;
    }

    /** The JVM descriptor of a class ({@code I}, {@code Ljava/lang/String;}, {@code [J}). */
    static String descriptor(Class<?> c) {
        if (c.isPrimitive()) {
            return switch (c.getName()) {
                case "int" -> "I";
                case "long" -> "J";
                case "boolean" -> "Z";
                case "byte" -> "B";
                case "char" -> "C";
                case "short" -> "S";
                case "float" -> "F";
                case "double" -> "D";
                default -> "V";
            };
        }
        return c.isArray() ? c.getName().replace('.', '/') : "L" + c.getName().replace('.', '/') + ";";
    }

    static String methodDescriptor(Class<?>[] params, Class<?> result) {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : params) {
            sb.append(descriptor(p));
        }
        return sb.append(')').append(descriptor(result)).toString();
    }

    /** The name {@code checkcast}/{@code anewarray} take: internal name, or descriptor for arrays. */
    static String classOperand(Class<?> c) {
        return c.isArray() ? descriptor(c) : c.getName().replace('.', '/');
    }
}
