package dev.weft.backend;

import dev.weft.ir.BasicBlock;
import dev.weft.ir.Instr;
import dev.weft.ir.IrFunction;
import dev.weft.ir.SourcePosition;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The source spans of one class's instructions, told apart through the {@code LineNumberTable}
 * (a JVM stack trace gives each frame its line, never its bytecode index). The first span met
 * on a line keeps the real line number; each other span on that line gets a line number of its
 * own past the module's last line (a "synthetic line"). The table, returned by the class's
 * {@code weft$positions()}, maps real lines to their first span and synthetic lines to theirs;
 * its format is in runtime-lib/ABI.md ("Source positions"). Lines only go up to 65,535: spans
 * that find no synthetic line left share their line's number, and that line then shows no span.
 */
final class PositionTable {
    static final int FORMAT_VERSION = 1;
    private static final int MAX_LINE = 65_535;
    /** Constant-pool strings hold at most 65,535 bytes; the table is ASCII. */
    private static final int CHUNK = 60_000;

    private final int firstSynthetic;
    private final Map<Integer, SourcePosition> firstOnLine = new TreeMap<>();
    private final Map<SourcePosition, Integer> synthetic = new LinkedHashMap<>();
    /** Lines with a span that found no synthetic line: their line number no longer identifies one span. */
    private final Set<Integer> shared = new HashSet<>();

    PositionTable(IrFunction root) {
        this.firstSynthetic = maxLine(root) + 1;
    }

    private static int maxLine(IrFunction f) {
        int max = f.firstLine();
        for (BasicBlock b : f.blocks()) {
            for (Instr i : b.instrs()) {
                max = Math.max(max, i.line());
                if (i.position() != null) {
                    max = Math.max(max, i.position().endLine());
                }
            }
        }
        for (IrFunction child : f.children()) {
            max = Math.max(max, maxLine(child));
        }
        return max;
    }

    /** The number the {@code LineNumberTable} gives the code of {@code instr} (0: none). */
    int lineOf(Instr instr) {
        int line = instr.line();
        if (line <= 0) {
            return line;
        }
        SourcePosition p = instr.position();
        SourcePosition key = p != null && p.line() == line && p.hasColumns() ? p : SourcePosition.lineOnly(line);
        SourcePosition first = firstOnLine.putIfAbsent(line, key);
        if (first == null || first.equals(key)) {
            return line;
        }
        Integer own = synthetic.get(key);
        if (own != null) {
            return own;
        }
        int next = firstSynthetic + synthetic.size();
        if (next > MAX_LINE) {
            shared.add(line);
            return line;
        }
        synthetic.put(key, next);
        return next;
    }

    /** {@code public static String weft$positions()}: the table (ldc'd in chunks, resolved on first call). */
    void emit(ClassVisitor cw) {
        String table = encode();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, ClassNaming.POSITIONS_METHOD,
                "()" + Abi.STR, null, null);
        mv.visitCode();
        mv.visitLdcInsn(table.substring(0, Math.min(CHUNK, table.length())));
        for (int from = CHUNK; from < table.length(); from += CHUNK) {
            mv.visitLdcInsn(table.substring(from, Math.min(from + CHUNK, table.length())));
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/String", "concat", "(" + Abi.STR + ")" + Abi.STR, false);
        }
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The table as ABI.md describes it. */
    String encode() {
        List<Map.Entry<Integer, SourcePosition>> firsts = new ArrayList<>();
        for (Map.Entry<Integer, SourcePosition> e : firstOnLine.entrySet()) {
            if (!shared.contains(e.getKey()) && e.getValue().hasColumns()) {
                firsts.add(e);
            }
        }
        StringBuilder sb = new StringBuilder();
        putUnsigned(sb, FORMAT_VERSION);
        putUnsigned(sb, firstSynthetic);
        putUnsigned(sb, firsts.size());
        putUnsigned(sb, synthetic.size());
        int previous = 0;
        for (Map.Entry<Integer, SourcePosition> e : firsts) {
            putUnsigned(sb, e.getKey() - previous);
            previous = e.getKey();
            putSpan(sb, e.getValue());
        }
        previous = 0;
        for (SourcePosition p : synthetic.keySet()) {
            putSigned(sb, p.line() - previous);
            previous = p.line();
            putSpan(sb, p);
        }
        return sb.toString();
    }

    /** A span after its line: end line, columns + 1 (0: none), flags, anchor points. */
    private static void putSpan(StringBuilder sb, SourcePosition p) {
        putUnsigned(sb, p.endLine() - p.line());
        putUnsigned(sb, p.col() + 1);
        putUnsigned(sb, p.endCol() + 1);
        putUnsigned(sb, p.anchor().ordinal() | (p.noCarets() ? 4 : 0) | (p.methodCall() ? 8 : 0));
        if (p.anchor() != SourcePosition.Anchor.NONE) {
            putSigned(sb, p.splitLine() - p.line());
            putUnsigned(sb, p.splitCol());
            if (p.anchor() == SourcePosition.Anchor.BINARY_OP) {
                putSigned(sb, p.rightLine() - p.line());
                putUnsigned(sb, p.rightCol());
            }
        }
    }

    /** Base-32 digits, least significant first, as the characters '0' + digit (+ 32 if more follow). */
    static void putUnsigned(StringBuilder sb, int v) {
        if (v < 0) {
            throw new IllegalArgumentException("negative: " + v);
        }
        while (v >= 32) {
            sb.append((char) ('0' + 32 + (v & 31)));
            v >>>= 5;
        }
        sb.append((char) ('0' + v));
    }

    static void putSigned(StringBuilder sb, int v) {
        putUnsigned(sb, (v << 1) ^ (v >> 31));
    }
}
