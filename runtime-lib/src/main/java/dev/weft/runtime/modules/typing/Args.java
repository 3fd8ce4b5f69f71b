package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The arguments of a constructor call: positional ones and the allowed keywords (as argument clinic reports errors). */
final class Args {
    final PyObject[] positional;
    private final Map<String, PyObject> keywords = new HashMap<>();

    Args(String function, PyObject[] args, String[] kwnames, int maxPositional, String... allowed) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        positional = Arrays.copyOf(args, args.length - nkw);
        List<String> names = List.of(allowed);
        if (positional.length > maxPositional) {
            throw Errors.typeError("%s() takes at most %d positional argument%s (%d given)", function, maxPositional,
                    maxPositional == 1 ? "" : "s", positional.length);
        }
        for (int k = 0; k < nkw; k++) {
            String n = kwnames[k];
            if (!names.contains(n)) {
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", function, n);
            }
            keywords.put(n, args[positional.length + k]);
        }
    }

    /** The required first argument, by position or keyword. */
    PyObject first(String function, String name) {
        if (positional.length > 0) {
            if (keywords.containsKey(name)) {
                throw Errors.typeError("argument for %s() given by name ('%s') and position (1)", function, name);
            }
            return positional[0];
        }
        PyObject v = keywords.get(name);
        if (v == null) {
            throw Errors.typeError("%s() missing required argument '%s' (pos 1)", function, name);
        }
        return v;
    }

    PyObject keyword(String name) {
        return keywords.get(name);
    }
}
