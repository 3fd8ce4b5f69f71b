package dev.weft.runtime.io;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** Newline kinds seen by universal-newline reading, reported as {@code newlines} is in CPython. */
final class Newlines {
    private Newlines() { }

    static final int CR = 1;
    static final int LF = 2;
    static final int CRLF = 4;

    /** The kinds present in {@code s} (whole text: a trailing CR counts as CR). */
    static int scan(CharSequence s) {
        int seen = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                seen |= LF;
            } else if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    seen |= CRLF;
                    i++;
                } else {
                    seen |= CR;
                }
            }
        }
        return seen;
    }

    static PyObject report(int seen) {
        switch (seen) {
            case 0: return PyNone.NONE;
            case CR: return PyStr.of("\r");
            case LF: return PyStr.of("\n");
            case CRLF: return PyStr.of("\r\n");
            default:
                java.util.List<PyObject> kinds = new java.util.ArrayList<>();
                if ((seen & CR) != 0) {
                    kinds.add(PyStr.of("\r"));
                }
                if ((seen & LF) != 0) {
                    kinds.add(PyStr.of("\n"));
                }
                if ((seen & CRLF) != 0) {
                    kinds.add(PyStr.of("\r\n"));
                }
                return PyTuple.of(kinds.toArray(new PyObject[0]));
        }
    }

    /** {@code \r\n} and lone {@code \r} become {@code \n}. */
    static String translate(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * The end (exclusive) of the line starting at {@code start} in {@code text[start, end)}, or -1 if
     * no terminator is there. {@code universal}: any of CR, LF, CRLF ends a line (a CR at the very end
     * ends it too when {@code atEof}); else {@code terminator} does.
     */
    static int lineEnd(int[] text, int start, int end, boolean universal, String terminator, boolean atEof) {
        if (universal) {
            for (int i = start; i < end; i++) {
                if (text[i] == '\n') {
                    return i + 1;
                }
                if (text[i] == '\r') {
                    if (i + 1 < end) {
                        return text[i + 1] == '\n' ? i + 2 : i + 1;
                    }
                    return atEof ? i + 1 : -1;
                }
            }
            return -1;
        }
        int t0 = terminator.charAt(0);
        int tl = terminator.length();
        for (int i = start; i < end; i++) {
            if (text[i] == t0 && (tl == 1 || i + 1 < end && text[i + 1] == terminator.charAt(1))) {
                return i + tl;
            }
        }
        return -1;
    }

    /** Validates a {@code newline} argument as TextIOWrapper and StringIO do; returns its value (null = None). */
    static String check(PyObject arg) {
        return check(arg, true);
    }

    /** {@code quoted}: StringIO shows the bad value's repr, open() and TextIOWrapper its text. */
    static String check(PyObject arg, boolean quoted) {
        if (arg == null || arg == PyNone.NONE) {
            return null;
        }
        if (!(arg instanceof PyStr s)) {
            throw dev.weft.runtime.exc.Errors.typeError("newline must be str or None, not %s", arg.type().name());
        }
        String v = s.value();
        if (!v.isEmpty() && !v.equals("\n") && !v.equals("\r") && !v.equals("\r\n")) {
            throw dev.weft.runtime.exc.Errors.valueError("illegal newline value: %s",
                    quoted ? dev.weft.runtime.ops.Ops.reprString(arg) : v);
        }
        return v;
    }
}
