package dev.weft.runtime.modules.csv;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * {@code _csv.writer}: formats each row as one record (fields quoted or escaped as the dialect
 * says, then the line terminator) and passes it to the file's {@code write}, returning its result.
 */
final class CsvWriter extends PyObject {
    static final PyType TYPE = ModuleTypes.type("_csv", "writer", CsvWriter.class, null, false, CsvWriter::define);

    private final PyObject write;
    final CsvDialect dialect;

    CsvWriter(PyObject write, CsvDialect dialect) {
        this.write = write;
        this.dialect = dialect;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code PyNumber_Check}: what QUOTE_NONNUMERIC leaves unquoted. */
    private static boolean isNumber(PyObject v) {
        return v instanceof PyInt || v instanceof PyFloat || v instanceof PyComplex
                || v.type().lookup("__index__") != null || v.type().lookup("__int__") != null
                || v.type().lookup("__float__") != null;
    }

    PyObject writeRow(PyObject row) {
        PyObject it;
        try {
            it = Protocols.iter(row);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.TypeError)) {
                throw CsvModule.error("iterable expected, not " + row.type().name());
            }
            throw e;
        }
        CsvDialect d = dialect;
        StringBuilder record = new StringBuilder();
        int fields = 0;
        for (PyObject f = Protocols.next(it); f != null; f = Protocols.next(it)) {
            boolean quoted;
            switch (d.quoting) {
                case CsvDialect.QUOTE_NONNUMERIC: quoted = !isNumber(f); break;
                case CsvDialect.QUOTE_ALL: quoted = true; break;
                case CsvDialect.QUOTE_STRINGS: quoted = f instanceof PyStr; break;
                case CsvDialect.QUOTE_NOTNULL: quoted = f != PyNone.NONE; break;
                default: quoted = false; break;
            }
            String text = f instanceof PyStr s ? s.value() : f == PyNone.NONE ? "" : Ops.strString(f);
            appendField(record, fields++, text, quoted);
        }
        if (fields == 1 && record.length() == 0) {
            // a record of one empty field must be quoted, or it would read back as no field
            if (d.quoting == CsvDialect.QUOTE_NONE) {
                throw CsvModule.error("single empty field record must be quoted");
            }
            appendField(record, 0, "", true);
        }
        record.append(d.lineterminator);
        return Calls.call1(write, PyStr.of(record.toString()));
    }

    /** Appends one field, with its delimiter when it is not the first. */
    private void appendField(StringBuilder record, int index, String text, boolean quoted) {
        CsvDialect d = dialect;
        if (index > 0) {
            record.appendCodePoint(d.delimiter);
        }
        if (text.isEmpty() && d.delimiter == ' ' && d.skipinitialspace && d.quoting != CsvDialect.QUOTE_NONE
                && d.quotechar != CsvDialect.NOT_SET) {
            quoted = true; // an empty field would vanish among the skipped spaces
        }
        StringBuilder body = new StringBuilder(text.length() + 2);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean special = c == d.delimiter || c == d.escapechar || c == d.quotechar || c == '\n' || c == '\r'
                    || d.lineterminator.indexOf(c) >= 0;
            if (special) {
                boolean escape = false;
                if (d.quoting == CsvDialect.QUOTE_NONE || d.quotechar == CsvDialect.NOT_SET) {
                    escape = true;
                } else {
                    if (c == d.quotechar) {
                        if (d.doublequote) {
                            body.appendCodePoint(d.quotechar);
                        } else {
                            escape = true;
                        }
                    } else if (c == d.escapechar) {
                        escape = true;
                    }
                    if (!escape) {
                        quoted = true;
                    }
                }
                if (escape) {
                    if (d.escapechar == CsvDialect.NOT_SET) {
                        throw CsvModule.error("need to escape, but no escapechar set");
                    }
                    body.appendCodePoint(d.escapechar);
                }
            }
            body.appendCodePoint(c);
        }
        if (quoted) {
            record.appendCodePoint(d.quotechar).append(body).appendCodePoint(d.quotechar);
        } else {
            record.append(body);
        }
    }

    private static void define(PyType t) {
        t.def1("writerow", (s, row) -> ((CsvWriter) s).writeRow(row));
        t.def1("writerows", (s, rows) -> {
            PyObject it = Protocols.iter(rows);
            for (PyObject row = Protocols.next(it); row != null; row = Protocols.next(it)) {
                ((CsvWriter) s).writeRow(row);
            }
            return PyNone.NONE;
        });
        t.defGetSet("dialect", s -> ((CsvWriter) s).dialect, null);
    }
}
