package dev.weft.runtime.modules.json;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code _json}: the accelerator json's modules import when it exists, as CPython's C module.
 * {@code encode_basestring_ascii} and {@code encode_basestring} quote a str; {@code make_encoder}
 * makes the one-shot encoder {@code json.dumps} uses when no indent is asked for (the whole
 * document in one pass, instead of the library's chain of generators); {@code scanstring}
 * reads a string literal and {@code make_scanner} makes the decoder's value scanner.
 */
public final class JsonModule {
    private JsonModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_json", "json speedups");
        PyBuiltinFunction ascii = new PyBuiltinFunction("encode_basestring_ascii", m, (self, args, kw) -> {
            return PyStr.of(JsonStrings.quote(stringArgument("encode_basestring_ascii", args, kw), true));
        });
        PyBuiltinFunction plain = new PyBuiltinFunction("encode_basestring", m, (self, args, kw) -> {
            return PyStr.of(JsonStrings.quote(stringArgument("encode_basestring", args, kw), false));
        });
        m.put("encode_basestring_ascii", ascii);
        m.put("encode_basestring", plain);
        m.put("scanstring", new PyBuiltinFunction("scanstring", m, (self, args, kw) -> {
            PyObject[] a = dev.weft.runtime.call.ArgParse.parse("scanstring", args, kw,
                    new String[] {"string", "end", "strict"}, 2);
            if (!(a[0] instanceof PyStr s)) {
                throw Errors.typeError("first argument must be a string, not %s", a[0].type().name());
            }
            long end = dev.weft.runtime.ops.Protocols.indexValue(a[1], "int");
            return JsonStringScanner.scan(s, end, a[2] == null || Ops.isTrue(a[2]));
        }));
        m.put("make_scanner", new PyBuiltinFunction("make_scanner", m, (self, args, kw) -> {
            if ((kw != null && kw.length > 0) || args.length != 1) {
                throw Errors.typeError("make_scanner() takes exactly one argument (the decoder)");
            }
            JsonScanner scanner = new JsonScanner(args[0]);
            return new PyBuiltinFunction("scan_once", m, (s2, a2, k2) -> {
                PyObject[] a = dev.weft.runtime.call.ArgParse.parse("scan_once", a2, k2,
                        new String[] {"string", "idx"}, 2);
                return scanner.scanOnce(a[0], a[1]);
            });
        }));
        m.put("make_encoder", new PyBuiltinFunction("make_encoder", m, (self, args, kw) -> {
            if ((kw != null && kw.length > 0) || args.length != 9) {
                throw Errors.typeError("make_encoder() takes exactly 9 positional arguments (%d given)",
                        args.length - (kw == null ? 0 : kw.length));
            }
            if (args[3] != PyNone.NONE) {
                throw Errors.typeError("make_encoder() supports indent=None only");
            }
            JsonEncoder encoder = new JsonEncoder(args[0] != PyNone.NONE, args[1], args[2], ascii, plain,
                    separator(args[4], "key_separator"), separator(args[5], "item_separator"),
                    Ops.isTrue(args[6]), Ops.isTrue(args[7]), Ops.isTrue(args[8]));
            return new PyBuiltinFunction("_iterencode", m, (s2, a2, k2) -> {
                if (a2.length < 1) {
                    throw Errors.typeError("_iterencode() missing required argument 'obj'");
                }
                return PyTuple.of(PyStr.of(encoder.encode(a2[0])));
            });
        }));
        return m;
    }

    private static String stringArgument(String name, PyObject[] args, String[] kw) {
        if ((kw != null && kw.length > 0) || args.length != 1) {
            throw Errors.typeError("%s() takes exactly one argument (%d given)", name, args.length);
        }
        if (!(args[0] instanceof PyStr s)) {
            throw Errors.typeError("first argument must be a string, not %s", args[0].type().name());
        }
        return s.value();
    }

    private static String separator(PyObject o, String what) {
        if (!(o instanceof PyStr s)) {
            throw Errors.make(ExceptionTypes.TypeError, "make_encoder() argument " + what + " must be str, not "
                    + o.type().name());
        }
        return s.value();
    }
}
