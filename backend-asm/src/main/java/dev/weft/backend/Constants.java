package dev.weft.backend;

import dev.weft.frontend.ast.ConstantValue;
import dev.weft.ir.ConstTuple;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Python constants as dynamic constants ({@code ldc} of a CONSTANT_Dynamic): each is created
 * once per class by a bootstrap in the runtime and then shared, immutable, by every thread.
 * None, True, False and Ellipsis are the runtime's static singletons.
 */
final class Constants {
    private Constants() { }

    /** Class-file strings hold at most 65535 bytes of modified UTF-8: longer ones are split. */
    private static final int PIECE = 16_000;

    static void push(MethodVisitor mv, Object value) {
        if (value == ConstantValue.NONE) {
            mv.visitFieldInsn(Opcodes.GETSTATIC, Abi.PY_NONE, "NONE", "L" + Abi.PY_NONE + ";");
        } else if (value instanceof Boolean b) {
            mv.visitFieldInsn(Opcodes.GETSTATIC, Abi.PY_BOOL, b ? "TRUE" : "FALSE", "L" + Abi.PY_BOOL + ";");
        } else if (value == ConstantValue.ELLIPSIS) {
            mv.visitFieldInsn(Opcodes.GETSTATIC, Abi.PY_SINGLETON, "ELLIPSIS", "L" + Abi.PY_SINGLETON + ";");
        } else {
            mv.visitLdcInsn(dynamic(value));
        }
    }

    /** An interned str constant typed as PyStr (variable names). */
    static ConstantDynamic name(String s) {
        return new ConstantDynamic("str", Abi.PYSTR, Abi.STR_CONST, (Object[]) pieces(s));
    }

    static ConstantDynamic dynamic(Object value) {
        if (value instanceof BigInteger i) {
            return new ConstantDynamic("int", Abi.OBJ, Abi.INT_CONST, i.toString());
        }
        if (value instanceof Double d) {
            return new ConstantDynamic("float", Abi.OBJ, Abi.FLOAT_CONST,
                    Long.toHexString(Double.doubleToRawLongBits(d)));
        }
        if (value instanceof ConstantValue.Imaginary im) {
            return new ConstantDynamic("complex", Abi.OBJ, Abi.COMPLEX_CONST,
                    Long.toHexString(Double.doubleToRawLongBits(im.imag())));
        }
        if (value instanceof String s) {
            return new ConstantDynamic("str", Abi.OBJ, Abi.STR_CONST, (Object[]) pieces(s));
        }
        if (value instanceof ConstantValue.Bytes b) {
            byte[] data = b.toArray();
            char[] chars = new char[data.length];
            for (int i = 0; i < data.length; i++) {
                chars[i] = (char) (data[i] & 0xff);
            }
            return new ConstantDynamic("bytes", Abi.OBJ, Abi.BYTES_CONST, (Object[]) pieces(new String(chars)));
        }
        if (value instanceof ConstTuple t) {
            Object[] items = new Object[t.items().size()];
            for (int i = 0; i < items.length; i++) {
                Object item = t.items().get(i);
                items[i] = singletonName(item) != null
                        ? new ConstantDynamic("singleton", Abi.OBJ, Abi.SINGLETON_CONST, singletonName(item))
                        : dynamic(item);
            }
            return new ConstantDynamic("tuple", Abi.OBJ, Abi.TUPLE_CONST, items);
        }
        String single = singletonName(value);
        if (single != null) {
            return new ConstantDynamic("singleton", Abi.OBJ, Abi.SINGLETON_CONST, single);
        }
        throw new IllegalArgumentException("not a constant: " + value);
    }

    private static String singletonName(Object v) {
        if (v == ConstantValue.NONE) {
            return "None";
        }
        if (v == ConstantValue.ELLIPSIS) {
            return "Ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return null;
    }

    private static String[] pieces(String s) {
        if (s.length() <= PIECE) {
            return new String[] {s};
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int end = Math.min(s.length(), i + PIECE);
            if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            out.add(s.substring(i, end));
            i = end;
        }
        return out.toArray(new String[0]);
    }
}
