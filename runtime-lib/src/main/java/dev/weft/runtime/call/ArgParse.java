package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;

/**
 * Argument parsing for builtins that take keywords. {@code names} lists the parameters;
 * a name starting with '*' is keyword-only; the first {@code required} are required.
 */
public final class ArgParse {
    private ArgParse() { }

    public static PyObject[] parse(String fn, PyObject[] args, String[] kwnames, String[] names, int required) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int maxPos = 0;
        while (maxPos < names.length && !names[maxPos].startsWith("*")) {
            maxPos++;
        }
        if (npos > maxPos) {
            if (maxPos == names.length) {
                throw Errors.typeError("%s() takes at most %d argument%s (%d given)", fn, maxPos, maxPos == 1 ? "" : "s", npos);
            }
            throw Errors.typeError("%s() takes at most %d positional argument%s (%d given)", fn, maxPos,
                    maxPos == 1 ? "" : "s", npos);
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int slot = -1;
            for (int p = 0; p < names.length; p++) {
                String n = names[p].startsWith("*") ? names[p].substring(1) : names[p];
                if (n.equals(kw)) {
                    slot = p;
                    break;
                }
            }
            if (slot < 0) {
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", fn, kw);
            }
            if (out[slot] != null) {
                throw Errors.typeError("argument for %s() given by name ('%s') and position (%d)", fn, kw, slot + 1);
            }
            out[slot] = args[npos + k];
        }
        for (int p = 0; p < required; p++) {
            if (out[p] == null) {
                String n = names[p].startsWith("*") ? names[p].substring(1) : names[p];
                throw Errors.typeError("%s() missing required argument '%s' (pos %d)", fn, n, p + 1);
            }
        }
        return out;
    }

    /** Positional-only builtins: rejects keywords. */
    public static void noKeywords(String fn, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError("%s() takes no keyword arguments", fn);
        }
    }
}
