package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.List;

/** Binds vector-call arguments to a function's parameters, with CPython's error messages. */
final class ArgBinder {
    private ArgBinder() { }

    static PyObject[] bind(PyFunction fn, PyObject[] args, String[] kwnames) {
        CodeInfo code = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int argc = code.argCount;
        PyObject[] frame = new PyObject[code.frameSize];
        int kwIndex = argc + code.kwOnlyCount + (code.hasVarargs() ? 1 : 0);
        PyDict kwargs = code.hasVarkeywords() ? new PyDict() : null;
        if (kwargs != null) {
            frame[kwIndex] = kwargs;
        }
        int ncopy = Math.min(npos, argc);
        System.arraycopy(args, 0, frame, 0, ncopy);
        if (code.hasVarargs()) {
            int extra = Math.max(0, npos - argc);
            PyObject[] rest = new PyObject[extra];
            if (extra > 0) {
                System.arraycopy(args, argc, rest, 0, extra);
            }
            frame[argc + code.kwOnlyCount] = PyTuple.of(rest);
        }
        // keywords first, as CPython: unknown or duplicate keywords are reported before positional counts
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            PyObject value = args[npos + k];
            int slot = -1;
            for (int p = code.posOnlyCount; p < argc + code.kwOnlyCount; p++) {
                if (code.paramNames[p].equals(kw)) {
                    slot = p;
                    break;
                }
            }
            if (slot < 0) {
                if (kwargs != null) {
                    kwargs.setItem(PyStr.of(kw), value);
                    continue;
                }
                List<String> posOnlyAsKw = new ArrayList<>();
                for (String other : kwnames) {
                    for (int p = 0; p < code.posOnlyCount; p++) {
                        if (code.paramNames[p].equals(other)) {
                            posOnlyAsKw.add(other);
                        }
                    }
                }
                if (!posOnlyAsKw.isEmpty()) {
                    throw Errors.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                            fn.qualname(), String.join(", ", posOnlyAsKw));
                }
                throw Errors.typeError("%s() got an unexpected keyword argument '%s'", fn.qualname(), kw);
            }
            if (frame[slot] != null) {
                throw Errors.typeError("%s() got multiple values for argument '%s'", fn.qualname(), kw);
            }
            frame[slot] = value;
        }
        if (npos > argc && !code.hasVarargs()) {
            throw tooManyPositional(fn, npos, args, kwnames);
        }
        // defaults for positional parameters
        PyObject[] defaults = fn.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int p = npos; p < argc; p++) {
            if (frame[p] == null) {
                int d = p - (argc - ndef);
                if (d >= 0) {
                    frame[p] = defaults[d];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.paramNames[p]);
                }
            }
        }
        if (missing != null) {
            throw missingError(fn, missing, "positional");
        }
        for (int p = argc; p < argc + code.kwOnlyCount; p++) {
            if (frame[p] == null) {
                PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getItemOrNull(PyStr.of(code.paramNames[p]));
                if (d != null) {
                    frame[p] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.paramNames[p]);
                }
            }
        }
        if (missing != null) {
            throw missingError(fn, missing, "keyword-only");
        }
        return frame;
    }

    private static RuntimeException missingError(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError("%s() missing %d required %s argument%s: %s", fn.qualname(), n, kind,
                n == 1 ? "" : "s", sb.toString());
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, PyObject[] args, String[] kwnames) {
        CodeInfo code = fn.code;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        int argc = code.argCount;
        String takes;
        if (ndef > 0) {
            takes = "from " + (argc - ndef) + " to " + argc + " positional arguments";
        } else {
            takes = argc + " positional argument" + (argc == 1 ? "" : "s");
        }
        int kwOnlyGiven = 0;
        if (kwnames != null) {
            for (String kw : kwnames) {
                for (int p = argc; p < argc + code.kwOnlyCount; p++) {
                    if (code.paramNames[p].equals(kw)) {
                        kwOnlyGiven++;
                    }
                }
            }
        }
        String given2;
        if (kwOnlyGiven > 0) {
            given2 = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwOnlyGiven
                    + " keyword-only argument" + (kwOnlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            given2 = given + (given == 1 ? " was given" : " were given");
        }
        return Errors.typeError("%s() takes %s but %s", fn.qualname(), takes, given2);
    }
}
