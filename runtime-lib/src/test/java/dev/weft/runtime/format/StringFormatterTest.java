package dev.weft.runtime.format;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** str.format, _string.formatter_parser and formatter_field_name_split against CPython 3.13. */
class StringFormatterTest {

    /** FormatFields over the test object model, with CPython's lookup errors. */
    private record Fields(PyTestValues.Tuple args, Map<?, ?> kwargs) implements FormatFields<Object> {
        @Override
        public Object positional(long index) {
            if (index >= args.items().size()) {
                throw new FormatError("IndexError", StringFormatter.replacementIndexMessage(index));
            }
            return args.items().get((int) index);
        }

        @Override
        public Object keyword(String name) {
            if (!kwargs.containsKey(name)) {
                throw new FormatError("KeyError", name);
            }
            return kwargs.get(name);
        }

        @Override
        public Object getAttribute(Object obj, String name) {
            if (obj instanceof double[] c && (name.equals("real") || name.equals("imag"))) {
                return name.equals("real") ? c[0] : c[1];
            }
            if (obj instanceof BigInteger && name.equals("real")) {
                return obj;
            }
            throw new FormatError("AttributeError", "'" + PyTestValues.pyTypeName(obj) + "' object has no attribute '" + name + "'");
        }

        @Override
        public Object getItem(Object obj, long index) {
            if (obj instanceof List<?> l) {
                if (index >= l.size()) {
                    throw new FormatError("IndexError", "list index out of range");
                }
                return l.get((int) index);
            }
            if (obj instanceof String s) {
                if (index >= s.codePointCount(0, s.length())) {
                    throw new FormatError("IndexError", "string index out of range");
                }
                int at = s.offsetByCodePoints(0, (int) index);
                return new String(Character.toChars(s.codePointAt(at)));
            }
            if (obj instanceof Map<?, ?> m) {
                Object v = m.get(BigInteger.valueOf(index));
                if (v == null) {
                    throw new FormatError("KeyError", Long.toString(index));
                }
                return v;
            }
            throw FormatError.typeError("'" + PyTestValues.pyTypeName(obj) + "' object is not subscriptable");
        }

        @Override
        public Object getItem(Object obj, String key) {
            if (obj instanceof Map<?, ?> m) {
                if (!m.containsKey(key)) {
                    throw new FormatError("KeyError", key);
                }
                return m.get(key);
            }
            if (obj instanceof String) {
                throw FormatError.typeError("string indices must be integers, not 'str'");
            }
            if (obj instanceof List) {
                throw FormatError.typeError("list indices must be integers or slices, not str");
            }
            throw FormatError.typeError("'" + PyTestValues.pyTypeName(obj) + "' object is not subscriptable");
        }

        @Override
        public Object convert(Object obj, char conversion) {
            switch (conversion) {
                case 'r': return PyTestValues.pyRepr(obj);
                case 's': return PyTestValues.pyStr(obj);
                default: return PyTestValues.pyAscii(obj);
            }
        }

        @Override
        public String format(Object obj, String spec) {
            if (obj instanceof String s) {
                return BuiltinFormat.formatStr(s, spec);
            }
            if (obj instanceof BigInteger i) {
                return BuiltinFormat.formatInt(i, spec);
            }
            if (obj instanceof Boolean b) {
                return spec.isEmpty() ? (b ? "True" : "False") : BuiltinFormat.formatInt(b ? 1 : 0, spec, "bool");
            }
            if (obj instanceof Double d) {
                return BuiltinFormat.formatFloat(d, spec);
            }
            if (obj instanceof double[] c) {
                return BuiltinFormat.formatComplex(c[0], c[1], spec);
            }
            if (spec.isEmpty()) {
                return PyTestValues.pyStr(obj);
            }
            throw FormatError.typeError("unsupported format string passed to " + PyTestValues.pyTypeName(obj) + ".__format__");
        }
    }

    @Test
    void strFormatMethodMatchesCPython() {
        FormatTable.checkAll("str_format_method.tsv", row -> FormatTable.outcome(() -> StringFormatter.format(row[0],
                new Fields((PyTestValues.Tuple) PyTestValues.decode(row[1]), (Map<?, ?>) PyTestValues.decode(row[2])))), 3);
    }

    @Test
    void formatterParserMatchesCPython() {
        FormatTable.checkAll("formatter_parser.tsv", row -> FormatTable.outcome(() -> {
            List<String> tuples = new ArrayList<>();
            for (MarkupPiece p : MarkupIterator.parseAll(row[0])) {
                List<String> fields = new ArrayList<>();
                for (String f : p.formatterParserTuple()) {
                    fields.add(f == null ? "\0" : f);
                }
                tuples.add(String.join("\u001e", fields));
            }
            return String.join("\u001f", tuples);
        }), 1);
    }

    @Test
    void fieldNameSplitMatchesCPython() {
        FormatTable.checkAll("field_name_split.tsv", row -> FormatTable.outcome(() -> {
            FieldName name = FieldName.split(row[0], null);
            List<String> parts = new ArrayList<>();
            parts.add(name.firstIndex() >= 0 ? "#" + name.firstIndex() : name.first());
            for (FieldName.Accessor a : name.remainingAccessors()) {
                parts.add((a.isAttribute() ? "." : "[") + (a.isIndex() ? "#" + a.index() : a.name()));
            }
            return String.join("\u001f", parts);
        }), 1);
    }

    @Test
    void malformedTailIsReportedOnlyAfterEarlierFieldsAreLookedUp() {
        // CPython evaluates "{5}" (IndexError) before reaching the single '{' at the end.
        FormatError e = assertThrows(FormatError.class, () -> StringFormatter.format("{5} {",
                new Fields(new PyTestValues.Tuple(List.of("a")), Map.of())));
        assertEquals("IndexError", e.pythonType());
    }
}
