package dev.weft.runtime;

import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Argument binding of Python functions against CPython 3.13 (tools/gen_call_binding.py). */
class CallBindingTest {

    @TestFactory
    List<DynamicTest> bindingMatchesCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/tables/binding.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                String[] p = line.split("\t", -1);
                tests.add(DynamicTest.dynamicTest(String.join(" ", p).substring(0, Math.min(120, line.length())),
                        () -> assertEquals(p[8], bindAndCall(p))));
            }
        }
        return tests;
    }

    private static String bindAndCall(String[] p) {
        String[] frame = p[0].isEmpty() ? new String[0] : p[0].split(",");
        int posonly = Integer.parseInt(p[1]);
        int kwonly = Integer.parseInt(p[2]);
        boolean varargs = p[3].contains("V"), varkw = p[3].contains("K");
        int ndef = Integer.parseInt(p[4]);
        int argc = frame.length - kwonly - (varargs ? 1 : 0) - (varkw ? 1 : 0);
        int flags = (varargs ? CodeInfo.VARARGS : 0) | (varkw ? CodeInfo.VARKEYWORDS : 0);
        CodeInfo code = new CodeInfo("f", "f", "t.py", 1, argc, posonly, kwonly, frame, flags);
        PyObject[] defaults = new PyObject[ndef];
        for (int k = 0; k < ndef; k++) {
            defaults[k] = PyInt.of(-(argc - ndef + k + 1));
        }
        PyDict kwdefaults = null;
        if (!p[5].equals("-")) {
            kwdefaults = new PyDict();
            for (String n : p[5].split(",")) {
                kwdefaults.setItem(PyStr.of(n), PyInt.of(-9));
            }
        }
        PyFunction f = Py.fn(code, (fn, fr) -> new PyList(fr.clone()), defaults, kwdefaults);
        int npos = Integer.parseInt(p[6]);
        String[] kws = p[7].equals("-") ? new String[0] : p[7].split(",");
        PyObject[] args = new PyObject[npos + kws.length];
        for (int k = 0; k < npos; k++) {
            args[k] = PyInt.of(10 + k);
        }
        for (int k = 0; k < kws.length; k++) {
            args[npos + k] = PyInt.of(100 + k);
        }
        try {
            return Ops.reprString(f.call(args, kws.length == 0 ? null : kws));
        } catch (PyException e) {
            return "!" + e.getMessage();
        }
    }

    @Test
    void exactPositionalCallPassesTheCallersArrayWithoutCopying() {
        PyObject[][] seen = new PyObject[1][];
        PyFunction f = Py.fn("f", (fn, fr) -> {
            seen[0] = fr;
            return fr[0];
        }, "a", "b");
        PyObject[] args = {Py.i(1), Py.i(2)};
        f.call(args, null);
        assertSame(args, seen[0]);
    }
}
