package dev.weft.runtime.modules.csv;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code _csv.reader}: an iterator of records (lists of fields) parsed from an iterator of
 * lines, by the state machine of CPython's _csv.c; one record may span lines (quoted newlines,
 * escaped line ends). Each record is parsed under the reader's monitor.
 */
final class CsvReader extends PyObject {
    static final PyType TYPE = ModuleTypes.type("_csv", "reader", CsvReader.class, null, false, CsvReader::define);

    /** The end of a line (no character): what _csv.c feeds after the last character of each line. */
    private static final int EOL = -2;

    private enum State {
        START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD, ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL
    }

    private final PyObject lines;
    final CsvDialect dialect;
    private long lineNum;

    private State state;
    private List<PyObject> fields;
    private final StringBuilder field = new StringBuilder();
    private int fieldLength; // in code points, for the field size limit
    private boolean unquotedField;

    CsvReader(PyObject lines, CsvDialect dialect) {
        this.lines = lines;
        this.dialect = dialect;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject nextRecord() {
        fields = new ArrayList<>();
        field.setLength(0);
        fieldLength = 0;
        unquotedField = true;
        state = State.START_RECORD;
        do {
            PyObject line = Protocols.next(lines);
            if (line == null) {
                if (fieldLength != 0 || state == State.IN_QUOTED_FIELD) {
                    if (dialect.strict) {
                        throw CsvModule.error("unexpected end of data");
                    }
                    saveField();
                    break;
                }
                throw Errors.stopIteration(null);
            }
            if (!(line instanceof PyStr s)) {
                throw CsvModule.error("iterator should return strings, not " + line.type().name()
                        + " (the file should be opened in text mode)");
            }
            lineNum++;
            String text = s.value();
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                process(c);
            }
            process(EOL);
        } while (state != State.START_RECORD);
        PyList record = new PyList(fields);
        fields = null;
        return record;
    }

    private void addChar(int c) {
        if (fieldLength >= CsvModule.fieldLimit()) {
            throw CsvModule.error("field larger than field limit (" + CsvModule.fieldLimit() + ")");
        }
        field.appendCodePoint(c);
        fieldLength++;
    }

    private void saveField() {
        String text = field.toString();
        PyObject value = PyStr.of(text);
        int quoting = dialect.quoting;
        if (unquotedField && fieldLength != 0
                && (quoting == CsvDialect.QUOTE_NONNUMERIC || quoting == CsvDialect.QUOTE_STRINGS)) {
            value = Calls.call1(PyFloat.TYPE, value);
        } else if (unquotedField && fieldLength == 0
                && (quoting == CsvDialect.QUOTE_NOTNULL || quoting == CsvDialect.QUOTE_STRINGS)) {
            value = PyNone.NONE;
        }
        fields.add(value);
        field.setLength(0);
        fieldLength = 0;
        unquotedField = true;
    }

    private static boolean isLineEnd(int c) {
        return c == '\n' || c == '\r';
    }

    private void endOfField(int c) {
        saveField();
        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
    }

    private void process(int c) {
        CsvDialect d = dialect;
        boolean quotes = d.quoting != CsvDialect.QUOTE_NONE;
        switch (state) {
            case START_RECORD:
                if (c == EOL) {
                    return; // an empty line: an empty record
                }
                if (isLineEnd(c)) {
                    state = State.EAT_CRNL;
                    return;
                }
                state = State.START_FIELD;
                startField(c, d, quotes);
                return;
            case START_FIELD:
                startField(c, d, quotes);
                return;
            case ESCAPED_CHAR:
                if (isLineEnd(c)) {
                    addChar(c);
                    state = State.AFTER_ESCAPED_CRNL;
                    return;
                }
                addChar(c == EOL ? '\n' : c);
                state = State.IN_FIELD;
                return;
            case AFTER_ESCAPED_CRNL:
                if (c == EOL) {
                    return;
                }
                inField(c, d);
                return;
            case IN_FIELD:
                inField(c, d);
                return;
            case IN_QUOTED_FIELD:
                if (c == EOL) {
                    return;
                }
                if (c == d.escapechar) {
                    state = State.ESCAPE_IN_QUOTED_FIELD;
                } else if (c == d.quotechar && quotes) {
                    state = d.doublequote ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                } else {
                    addChar(c);
                }
                return;
            case ESCAPE_IN_QUOTED_FIELD:
                addChar(c == EOL ? '\n' : c);
                state = State.IN_QUOTED_FIELD;
                return;
            case QUOTE_IN_QUOTED_FIELD:
                if (quotes && c == d.quotechar) {
                    addChar(c); // a doubled quote
                    state = State.IN_QUOTED_FIELD;
                } else if (c == d.delimiter) {
                    saveField();
                    state = State.START_FIELD;
                } else if (isLineEnd(c) || c == EOL) {
                    endOfField(c);
                } else if (!d.strict) {
                    addChar(c);
                    state = State.IN_FIELD;
                } else {
                    throw CsvModule.error("'" + new String(Character.toChars(d.delimiter)) + "' expected after '"
                            + new String(Character.toChars(d.quotechar)) + "'");
                }
                return;
            case EAT_CRNL:
                if (isLineEnd(c)) {
                    return;
                }
                if (c == EOL) {
                    state = State.START_RECORD;
                    return;
                }
                throw CsvModule.error("new-line character seen in unquoted field - do you need to open the file "
                        + "with newline=''?");
            default:
                throw new IllegalStateException(state.toString());
        }
    }

    private void startField(int c, CsvDialect d, boolean quotes) {
        if (isLineEnd(c) || c == EOL) {
            endOfField(c);
        } else if (c == d.quotechar && quotes) {
            unquotedField = false;
            state = State.IN_QUOTED_FIELD;
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == ' ' && d.skipinitialspace) {
            return; // ignore spaces at the start of a field
        } else if (c == d.delimiter) {
            saveField(); // an empty field
        } else {
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private void inField(int c, CsvDialect d) {
        if (isLineEnd(c) || c == EOL) {
            endOfField(c);
        } else if (c == d.escapechar) {
            state = State.ESCAPED_CHAR;
        } else if (c == d.delimiter) {
            saveField();
            state = State.START_FIELD;
        } else {
            addChar(c);
            state = State.IN_FIELD;
        }
    }

    private static void define(PyType t) {
        t.def0("__iter__", s -> s);
        t.def0("__next__", s -> ((CsvReader) s).nextRecord());
        t.defGetSet("dialect", s -> ((CsvReader) s).dialect, null);
        t.defGetSet("line_num", s -> PyInt.of(((CsvReader) s).lineNum), null);
    }
}
