package dev.weft.runtime.modules;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;

/** Argument-count checks of positional-only builtins, with Argument Clinic's messages. */
public final class Positional {
    private Positional() { }

    /** Rejects keywords and fewer than {@code min} or more than {@code max} arguments; returns {@code args}. */
    public static PyObject[] check(String name, PyObject[] args, String[] kwnames, int min, int max) {
        ArgParse.noKeywords(name, kwnames);
        int n = args.length;
        if (n < min) {
            throw Errors.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min,
                    min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw Errors.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max,
                    max == 1 ? "" : "s", n);
        }
        return args;
    }

    /** Builtins of one positional parameter and keyword-only ones ({@code f(data, /, *, flag)}). */
    public static void exactlyOne(String name, PyObject[] args, String[] kwnames) {
        int n = args.length - (kwnames == null ? 0 : kwnames.length);
        if (n != 1) {
            throw Errors.typeError("%s() takes exactly 1 positional argument (%d given)", name, n);
        }
    }
}
