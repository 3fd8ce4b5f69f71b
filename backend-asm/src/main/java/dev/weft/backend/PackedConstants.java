package dev.weft.backend;

import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For a module whose constants overflow the class's constant pool (65535 entries; each
 * Python constant costs about three): packs the Python constants into tables, each one
 * dynamic constant ({@code Bootstraps.constantTable}, a {@code PyObject[]}) built from one
 * encoded string, and loads a constant as {@code ldc table; sipush index; aaload}. Identical
 * constants share a slot, so each is still one object per class. Code infos and builtins stay
 * plain dynamic constants.
 *
 * <p>Encoding, read by the runtime's {@code ConstantTables}: each constant is a tag, a decimal
 * count, {@code ':'} and a payload: {@code i} int (decimal), {@code f} float and {@code c}
 * imaginary (raw bits in hex), {@code s} str, {@code b} bytes (one char per byte), {@code n}
 * None/True/False/Ellipsis by name (count = payload length in chars), and {@code t} tuple (count
 * = number of items, encoded after the colon).
 */
final class PackedConstants extends ClassVisitor {
    /** Constants per table: each table is resolved at once, and its index fits a sipush. */
    static final int TABLE_SIZE = 4096;
    /** Class-file strings hold at most 65535 bytes of modified UTF-8 (3 per char at worst). */
    private static final int PIECE = 16_000;
    private static final Set<String> PACKABLE = Set.of("int", "float", "complex", "str", "bytes", "tuple", "singleton");
    private static final String TABLE_DESC = Abi.OBJS;

    private record Slot(ConstantDynamic table, int index) { }

    private final Map<ConstantDynamic, Slot> slots = new HashMap<>();

    /** Tables for {@code constants} (those of a first, too large, generation of the class). */
    PackedConstants(ClassVisitor next, List<ConstantDynamic> constants) {
        super(Opcodes.ASM9, next);
        List<ConstantDynamic> packable = new ArrayList<>();
        for (ConstantDynamic c : constants) {
            if (isPackable(c) && !slots.containsKey(c)) {
                slots.put(c, null);
                packable.add(c);
            }
        }
        for (int start = 0; start < packable.size(); start += TABLE_SIZE) {
            List<ConstantDynamic> chunk = packable.subList(start, Math.min(packable.size(), start + TABLE_SIZE));
            StringBuilder sb = new StringBuilder();
            for (ConstantDynamic c : chunk) {
                encode(c, sb);
            }
            ConstantDynamic table = new ConstantDynamic("constants", TABLE_DESC, Abi.CONSTANT_TABLE,
                    (Object[]) pieces(sb.toString()));
            for (int i = 0; i < chunk.size(); i++) {
                slots.put(chunk.get(i), new Slot(table, i));
            }
        }
    }

    static boolean isPackable(ConstantDynamic c) {
        return c.getBootstrapMethod().getOwner().equals(Abi.BOOTSTRAPS) && PACKABLE.contains(c.getName());
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                     String[] exceptions) {
        return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
            @Override
            public void visitLdcInsn(Object value) {
                Slot slot = value instanceof ConstantDynamic c ? slots.get(c) : null;
                if (slot == null) {
                    super.visitLdcInsn(value);
                    return;
                }
                super.visitLdcInsn(slot.table());
                InstructionEmitter.pushInt(this, slot.index());
                super.visitInsn(Opcodes.AALOAD);
                String desc = ((ConstantDynamic) value).getDescriptor();
                if (!desc.equals(Abi.OBJ)) {
                    super.visitTypeInsn(Opcodes.CHECKCAST, Type.getType(desc).getInternalName());
                }
            }
        };
    }

    private static void encode(ConstantDynamic c, StringBuilder sb) {
        String kind = c.getName();
        if (kind.equals("tuple")) {
            sb.append('t').append(c.getBootstrapMethodArgumentCount()).append(':');
            for (int i = 0; i < c.getBootstrapMethodArgumentCount(); i++) {
                encode((ConstantDynamic) c.getBootstrapMethodArgument(i), sb);
            }
            return;
        }
        StringBuilder payload = new StringBuilder();
        for (int i = 0; i < c.getBootstrapMethodArgumentCount(); i++) {
            payload.append((String) c.getBootstrapMethodArgument(i));
        }
        char tag = switch (kind) {
            case "int" -> 'i';
            case "float" -> 'f';
            case "complex" -> 'c';
            case "str" -> 's';
            case "bytes" -> 'b';
            case "singleton" -> 'n';
            default -> throw new IllegalArgumentException("not a packable constant: " + c);
        };
        sb.append(tag).append(payload.length()).append(':').append(payload);
    }

    private static String[] pieces(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        do {
            int end = Math.min(s.length(), i + PIECE);
            if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            out.add(s.substring(i, end));
            i = end;
        } while (i < s.length());
        return out.toArray(new String[0]);
    }
}
