package dev.weft.runtime.modules.codecs;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.io.IOBaseTypes;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.text.CodecFunctions;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code charmap_build}, {@code charmap_encode} and {@code charmap_decode}: the table codecs of
 * {@code encodings/cp1252.py} and friends. A mapping is a decoding-table str, an EncodingMap from
 * {@code charmap_build}, or a dict of ints (dicts mapping to str/bytes of several units are refused).
 */
final class CharmapFunctions {
    private CharmapFunctions() { }

    /** The result of {@code charmap_build}: an encoding map. */
    static final class EncodingMap extends PyObject {
        static final PyType TYPE = new PyType("EncodingMap", EncodingMap.class, PyType.OBJECT, t -> {
            t.def0("size", s -> PyInt.of(((EncodingMap) s).size));
        }, 0);
        final CodecFunctions.Charmap charmap;
        final int size;

        EncodingMap(CodecFunctions.Charmap charmap, int size) {
            this.charmap = charmap;
            this.size = size;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }

    /** Charmaps built from tables, by identity of the table str (the encodings modules keep theirs). */
    private static final Map<String, CodecFunctions.Charmap> TABLES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static CodecFunctions.Charmap fromTable(String table) {
        return TABLES.computeIfAbsent(table, CodecFunctions::fromTable);
    }

    private static Map<Integer, Integer> intMap(PyDict d, String what) {
        Map<Integer, Integer> m = new HashMap<>();
        PyObject[][] items = d.snapshot();
        for (int i = 0; i < items[0].length; i++) {
            PyObject k = items[0][i];
            PyObject v = items[1][i];
            if (!(k instanceof PyInt ki)) {
                throw Errors.typeError("%s mapping keys must be integers", what);
            }
            Integer value;
            if (v == PyNone.NONE) {
                value = null;
            } else if (v instanceof PyInt vi) {
                value = (int) vi.longValue();
            } else if (v instanceof PyStr s && s.length() == 1) {
                value = s.codePointAt(0);
            } else if (v instanceof PyBytes b && b.array().length == 1) {
                value = b.array()[0] & 0xff;
            } else {
                throw Errors.notImplemented("charmap %s mappings to '%s' values of several units are not supported "
                        + "by weft", what, v.type().name());
            }
            m.put((int) ki.longValue(), value);
        }
        return m;
    }

    static void define(PyModule m) {
        ModuleTypes.f1(m, "charmap_build", (s, table) -> {
            String t = CodecsModule.str("charmap_build", "argument", table);
            return new EncodingMap(fromTable(t), t.length());
        });
        ModuleTypes.fv(m, "charmap_decode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("charmap_decode", args, kw, new String[] {"data", "errors", "mapping"}, 1);
            byte[] data = IOBaseTypes.bytesLike(a[0]);
            String errors = CodecsModule.errors(a[1]);
            PyObject mapping = a[2] == null ? PyNone.NONE : a[2];
            String out;
            if (mapping == PyNone.NONE) {
                out = CodecsModule.text(() -> CodecFunctions.decode("latin_1", data, errors, true).text());
            } else if (mapping instanceof PyStr table) {
                out = CodecsModule.text(() -> fromTable(table.value()).decode(data, errors));
            } else if (mapping instanceof PyDict d) {
                CodecFunctions.Charmap c = CodecFunctions.fromMaps(intMap(d, "decoding"), null);
                out = CodecsModule.text(() -> c.decode(data, errors));
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
            return PyTuple.of(PyStr.of(out), PyInt.of(data.length));
        });
        ModuleTypes.fv(m, "charmap_encode", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("charmap_encode", args, kw, new String[] {"str", "errors", "mapping"}, 1);
            String in = CodecsModule.str("charmap_encode", a[0]);
            String errors = CodecsModule.errors(a[1]);
            PyObject mapping = a[2] == null ? PyNone.NONE : a[2];
            byte[] out;
            if (mapping == PyNone.NONE) {
                out = CodecsModule.text(() -> CodecFunctions.encode("latin_1", in, errors));
            } else if (mapping instanceof EncodingMap em) {
                out = CodecsModule.text(() -> em.charmap.encode(in, errors));
            } else if (mapping instanceof PyDict d) {
                CodecFunctions.Charmap c = CodecFunctions.fromMaps(null, intMap(d, "encoding"));
                out = CodecsModule.text(() -> c.encode(in, errors));
            } else {
                throw Errors.typeError("character mapping must return integer, bytes or None, not %s",
                        mapping.type().name());
            }
            return PyTuple.of(PyBytes.of(out), PyInt.of(in.codePointCount(0, in.length())));
        });
    }
}
