package dev.weft.runtime.io;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code io.IncrementalNewlineDecoder}: wraps a decoder (or None for str input), records the
 * newline kinds seen and optionally translates them to LF; a CR at the end of a non-final chunk
 * waits for the next chunk. Methods hold the object's monitor.
 */
public final class PyIncrementalNewlineDecoder extends dev.weft.runtime.modules.DerivedObject {
    public static final PyType TYPE = new PyType("_io.IncrementalNewlineDecoder", PyIncrementalNewlineDecoder.class,
            PyType.OBJECT, PyIncrementalNewlineDecoder::define, PyType.BASETYPE | PyType.INSTANCE_DICT);

    private PyObject decoder = PyNone.NONE;
    private boolean translate;
    private boolean pendingCR;
    private int seen;

    private PyIncrementalNewlineDecoder(PyType type) {
        super(type);
    }

    synchronized String decode(PyObject input, boolean fin) {
        String out;
        if (decoder == PyNone.NONE) {
            if (!(input instanceof PyStr s)) {
                throw Errors.typeError("decoder should return a string result, not '%s'", input.type().name());
            }
            out = s.value();
        } else {
            PyObject r = Ops.callMethod(decoder, "decode", input, PyBool.of(fin));
            if (!(r instanceof PyStr s)) {
                throw Errors.typeError("decoder should return a string result, not '%s'", r.type().name());
            }
            out = s.value();
        }
        if (pendingCR && (fin || !out.isEmpty())) {
            out = "\r" + out;
            pendingCR = false;
        }
        if (!fin && out.endsWith("\r")) {
            out = out.substring(0, out.length() - 1);
            pendingCR = true;
        }
        seen |= Newlines.scan(out);
        return translate ? Newlines.translate(out) : out;
    }

    private static PyIncrementalNewlineDecoder self(PyObject o) {
        return (PyIncrementalNewlineDecoder) o;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyIncrementalNewlineDecoder(cls));
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("IncrementalNewlineDecoder", args, kw,
                    new String[] {"decoder", "translate", "errors"}, 2);
            synchronized (s) {
                self(s).decoder = a[0];
                self(s).translate = Ops.isTrue(a[1]);
                self(s).pendingCR = false;
                self(s).seen = 0;
            }
            return PyNone.NONE;
        });
        t.defV("decode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("decode", args, kw, new String[] {"input", "final"}, 1);
            return PyStr.of(self(s).decode(a[0], a[1] != null && Ops.isTrue(a[1])));
        });
        t.def0("getstate", s -> {
            PyIncrementalNewlineDecoder d = self(s);
            synchronized (d) {
                PyObject buf = PyBytes.of(new byte[0]);
                long flag = 0;
                if (d.decoder != PyNone.NONE) {
                    PyObject st = Ops.callMethod(d.decoder, "getstate");
                    PyObject[] parts = Protocols.unpack(st, 2);
                    buf = parts[0];
                    flag = Protocols.indexValue(parts[1], "int") << 1;
                }
                return PyTuple.of(buf, PyInt.of(flag | (d.pendingCR ? 1 : 0)));
            }
        });
        t.def1("setstate", (s, state) -> {
            PyIncrementalNewlineDecoder d = self(s);
            PyObject[] parts = Protocols.unpack(state, 2);
            long flag = Protocols.indexValue(parts[1], "int");
            synchronized (d) {
                d.pendingCR = (flag & 1) != 0;
                if (d.decoder != PyNone.NONE) {
                    Ops.callMethod(d.decoder, "setstate", PyTuple.of(parts[0], PyInt.of(flag >> 1)));
                }
            }
            return PyNone.NONE;
        });
        t.def0("reset", s -> {
            PyIncrementalNewlineDecoder d = self(s);
            synchronized (d) {
                d.seen = 0;
                d.pendingCR = false;
                if (d.decoder != PyNone.NONE) {
                    Ops.callMethod(d.decoder, "reset");
                }
            }
            return PyNone.NONE;
        });
        t.defGetSet("newlines", s -> Newlines.report(self(s).seen), null);
    }
}
