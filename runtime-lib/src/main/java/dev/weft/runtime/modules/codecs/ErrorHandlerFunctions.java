package dev.weft.runtime.modules.codecs;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.LibraryErrors;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.text.CodecFunctions;
import dev.weft.runtime.text.Codecs;
import dev.weft.runtime.text.CustomErrorHandler;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code register_error} / {@code lookup_error} and the built-in handlers as callables
 * ({@code codecs.strict_errors} ...). A handler registered from Python is also given to the
 * runtime's codecs, so {@code 'x'.encode('ascii', 'myhandler')} calls it.
 */
final class ErrorHandlerFunctions {
    private ErrorHandlerFunctions() { }

    private static final Map<String, PyObject> HANDLERS = new ConcurrentHashMap<>();

    static void define(PyModule m) {
        builtin("strict", (exc) -> {
            if (exc instanceof PyBaseException b) {
                throw new PyException(b);
            }
            throw Errors.typeError("codec must pass exception instance");
        });
        builtin("ignore", exc -> PyTuple.of(PyStr.EMPTY, end(exc)));
        builtin("replace", exc -> {
            if (isEncode(exc) || isTranslate(exc)) {
                long n = end(exc).longValue() - start(exc);
                return PyTuple.of(PyStr.of((isTranslate(exc) ? "\ufffd" : "?").repeat((int) Math.max(0, n))),
                        end(exc));
            }
            checkDecode(exc, "replace");
            return PyTuple.of(PyStr.of("\ufffd"), end(exc));
        });
        builtin("backslashreplace", exc -> {
            StringBuilder sb = new StringBuilder();
            int s = start(exc);
            int e = (int) end(exc).longValue();
            PyObject obj = Attr.getAttr(exc, "object");
            if (isEncode(exc) || isTranslate(exc)) {
                String str = Ops.strString(obj);
                int[] cps = str.codePoints().toArray();
                for (int k = s; k < e && k < cps.length; k++) {
                    sb.append(CodecFunctions.encodeReplacement("backslashreplace", cps[k]));
                }
            } else {
                checkDecode(exc, "backslashreplace");
                byte[] b = dev.weft.runtime.io.IOBaseTypes.bytesLike(obj);
                for (int k = s; k < e && k < b.length; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
            }
            return PyTuple.of(PyStr.of(sb.toString()), end(exc));
        });
        for (String name : new String[] {"xmlcharrefreplace", "namereplace"}) {
            builtin(name, exc -> {
                if (!isEncode(exc)) {
                    throw Errors.typeError("don't know how to handle %s in error callback", exc.type().name());
                }
                int[] cps = Ops.strString(Attr.getAttr(exc, "object")).codePoints().toArray();
                StringBuilder sb = new StringBuilder();
                for (int k = start(exc); k < end(exc).longValue() && k < cps.length; k++) {
                    sb.append(CodecFunctions.encodeReplacement(name, cps[k]));
                }
                return PyTuple.of(PyStr.of(sb.toString()), end(exc));
            });
        }
        builtin("surrogateescape", exc -> {
            int s = start(exc);
            int e = (int) end(exc).longValue();
            PyObject obj = Attr.getAttr(exc, "object");
            if (isEncode(exc)) {
                int[] cps = Ops.strString(obj).codePoints().toArray();
                byte[] out = new byte[e - s];
                for (int k = s; k < e; k++) {
                    if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                        throw new PyException((PyBaseException) exc);
                    }
                    out[k - s] = (byte) (cps[k] - 0xdc00);
                }
                return PyTuple.of(PyBytes.of(out), end(exc));
            }
            checkDecode(exc, "surrogateescape");
            byte[] b = dev.weft.runtime.io.IOBaseTypes.bytesLike(obj);
            StringBuilder sb = new StringBuilder();
            int k = s;
            for (; k < e && k < s + 4 && (b[k] & 0xff) >= 128; k++) {
                sb.append((char) (0xdc00 + (b[k] & 0xff)));
            }
            if (k == s) {
                throw new PyException((PyBaseException) exc);
            }
            return PyTuple.of(PyStr.of(sb.toString()), PyInt.of(k));
        });
        builtin("surrogatepass", exc -> {
            // the runtime's codecs apply surrogatepass themselves; called directly it only refuses
            throw exc instanceof PyBaseException b ? new PyException(b)
                    : Errors.typeError("codec must pass exception instance");
        });
        ModuleTypes.f2(m, "register_error", 2, (s, name, handler) -> {
            String n = CodecsModule.str("register_error", name);
            if (!Protocols.isCallable(handler)) {
                throw Errors.typeError("handler must be callable");
            }
            HANDLERS.put(n, handler);
            if (!CodecFunctions.isBuiltinErrorHandler(n)) {
                Codecs.registerErrorHandler(n, error -> callPython(handler, error));
            }
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "lookup_error", (s, name) -> {
            String n = CodecsModule.str("lookup_error", "argument", name);
            PyObject h = HANDLERS.get(n);
            if (h == null) {
                throw Errors.make(ExceptionTypes.LookupError, "unknown error handler name '%s'", n);
            }
            return h;
        });
    }

    private static CustomErrorHandler.Result callPython(PyObject handler, dev.weft.runtime.text.UnicodeCodecError error) {
        PyBaseException exc = LibraryErrors.convert(error).value;
        PyObject r = Calls.call(handler, new PyObject[] {exc}, null);
        boolean decoding = error.isDecodeError();
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(1) instanceof PyInt pos)
                || !(t.get(0) instanceof PyStr || !decoding && t.get(0) instanceof PyBytes)) {
            throw Errors.typeError(decoding ? "decoding error handler must return (str, int) tuple"
                    : "encoding error handler must return (str/bytes, int) tuple");
        }
        Object rep = t.get(0) instanceof PyStr s ? s.value() : ((PyBytes) t.get(0)).array();
        return new CustomErrorHandler.Result(rep, (int) pos.longValue());
    }

    private interface Handler {
        PyObject handle(PyObject exc);
    }

    private static void builtin(String name, Handler h) {
        // CPython names the two surrogate handlers without the _errors suffix
        String fn = name.startsWith("surrogate") ? name : name + "_errors";
        HANDLERS.put(name, new PyBuiltinFunction(fn, 1, 1,
                (dev.weft.runtime.call.Fn.F1) (self, exc) -> {
                    if (name.equals("strict") && !Ops.isInstance(exc, ExceptionTypes.BaseException)) {
                        throw Errors.typeError("codec must pass exception instance");
                    }
                    if (!name.equals("strict") && !Ops.isInstance(exc, ExceptionTypes.UnicodeError)) {
                        throw Errors.typeError("don't know how to handle %s in error callback", exc.type().name());
                    }
                    return h.handle(exc);
                }));
    }

    private static boolean isEncode(PyObject exc) {
        return Ops.isInstance(exc, ExceptionTypes.UnicodeEncodeError);
    }

    /** UnicodeTranslateError does not exist in weft yet. */
    private static boolean isTranslate(PyObject exc) {
        return false;
    }

    private static void checkDecode(PyObject exc, String name) {
        if (!Ops.isInstance(exc, ExceptionTypes.UnicodeDecodeError)) {
            throw Errors.typeError("don't know how to handle %s in error callback", exc.type().name());
        }
    }

    private static int start(PyObject exc) {
        return (int) Protocols.index(Attr.getAttr(exc, "start"), null).longValue();
    }

    private static PyInt end(PyObject exc) {
        return Protocols.index(Attr.getAttr(exc, "end"), null);
    }
}
