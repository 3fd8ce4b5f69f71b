package dev.weft.runtime.modules.csv;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * {@code _csv.Dialect}: the validated, immutable settings of a reader or writer. Characters are
 * code points; {@link #NOT_SET} stands for None (no escapechar, no quotechar).
 */
public final class CsvDialect extends DerivedObject {
    static final int NOT_SET = -1;

    static final int QUOTE_MINIMAL = 0;
    static final int QUOTE_ALL = 1;
    static final int QUOTE_NONNUMERIC = 2;
    static final int QUOTE_NONE = 3;
    static final int QUOTE_STRINGS = 4;
    static final int QUOTE_NOTNULL = 5;

    /** The keywords of Dialect(), reader() and writer(), in the order Dialect() takes them positionally. */
    static final String[] KEYWORDS = {"dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
        "quotechar", "quoting", "skipinitialspace", "strict"};

    public static final PyType TYPE = ModuleTypes.type("_csv", "Dialect", CsvDialect.class, null, true,
            CsvDialect::define);

    int delimiter = ',';
    boolean doublequote = true;
    int escapechar = NOT_SET;
    String lineterminator = "\r\n";
    int quotechar = '"';
    int quoting = QUOTE_MINIMAL;
    boolean skipinitialspace;
    boolean strict;

    private CsvDialect(PyType type) {
        super(type);
    }

    /**
     * CPython's {@code dialect_new}: {@code values} are the nine arguments in {@link #KEYWORDS}
     * order (null when not given). A dialect name is looked up in the registry; an existing
     * Dialect given alone is returned as it is; other attributes come from the dialect object.
     */
    static CsvDialect create(PyType cls, PyObject[] values) {
        PyObject dialect = values[0];
        if (dialect instanceof PyStr name) {
            dialect = CsvModule.getDialect(name);
        }
        boolean onlyDialect = true;
        for (int i = 1; i < values.length; i++) {
            onlyDialect &= values[i] == null;
        }
        if (dialect instanceof CsvDialect d && onlyDialect && cls == TYPE && d.type() == TYPE) {
            return d;
        }
        PyObject[] v = values.clone();
        if (dialect != null) {
            for (int i = 1; i < v.length; i++) {
                if (v[i] == null) {
                    v[i] = attributeOrNull(dialect, KEYWORDS[i]);
                }
            }
        }
        CsvDialect d = new CsvDialect(cls);
        d.delimiter = charSetting("delimiter", v[1], ',', false);
        d.doublequote = v[2] == null || Ops.isTrue(v[2]);
        d.escapechar = charSetting("escapechar", v[3], NOT_SET, true);
        d.lineterminator = lineterminator(v[4]);
        d.quotechar = charSetting("quotechar", v[5], '"', true);
        d.quoting = quoting(v[6]);
        d.skipinitialspace = v[7] != null && Ops.isTrue(v[7]);
        d.strict = v[8] != null && Ops.isTrue(v[8]);
        if (v[5] == PyNone.NONE && v[6] == null) {
            d.quoting = QUOTE_NONE;
        }
        if (d.quoting != QUOTE_NONE && d.quotechar == NOT_SET) {
            throw Errors.typeError("quotechar must be set if quoting enabled");
        }
        d.check();
        return d;
    }

    private static PyObject attributeOrNull(PyObject o, String name) {
        try {
            return Attr.getAttrOrNull(o, name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** The ValueErrors of characters that cannot work together (CPython 3.13's checks). */
    private void check() {
        if (delimiter == '\r' || delimiter == '\n') {
            throw Errors.valueError("bad delimiter value");
        }
        if (quotechar == '\r' || quotechar == '\n' || quotechar == ' ' && skipinitialspace) {
            throw Errors.valueError("bad quotechar value");
        }
        if (escapechar == '\r' || escapechar == '\n' || escapechar == ' ' && skipinitialspace) {
            throw Errors.valueError("bad escapechar value");
        }
        if (delimiter == quotechar) {
            throw Errors.valueError("bad delimiter or quotechar value");
        }
        if (escapechar != NOT_SET && delimiter == escapechar) {
            throw Errors.valueError("bad delimiter or escapechar value");
        }
        if (escapechar != NOT_SET && escapechar == quotechar) {
            throw Errors.valueError("bad escapechar or quotechar value");
        }
        if (lineterminator.indexOf(delimiter) >= 0) {
            throw Errors.valueError("bad delimiter or lineterminator value");
        }
        if (quotechar != NOT_SET && lineterminator.indexOf(quotechar) >= 0) {
            throw Errors.valueError("bad quotechar or lineterminator value");
        }
        if (escapechar != NOT_SET && lineterminator.indexOf(escapechar) >= 0) {
            throw Errors.valueError("bad escapechar or lineterminator value");
        }
    }

    private static int charSetting(String name, PyObject v, int dflt, boolean noneAllowed) {
        if (v == null) {
            return dflt;
        }
        if (noneAllowed && v == PyNone.NONE) {
            return NOT_SET;
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.make(ExceptionTypes.TypeError, "\"" + name + "\" must be string" + (noneAllowed ? " or None" : "")
                    + ", not " + v.type().name());
        }
        String text = s.value();
        if (text.isEmpty() || text.codePointCount(0, text.length()) != 1) {
            throw Errors.make(ExceptionTypes.TypeError, "\"" + name + "\" must be a 1-character string");
        }
        return text.codePointAt(0);
    }

    private static String lineterminator(PyObject v) {
        if (v == null) {
            return "\r\n";
        }
        if (v == PyNone.NONE) {
            throw Errors.typeError("lineterminator must be set");
        }
        if (!(v instanceof PyStr s)) {
            throw Errors.make(ExceptionTypes.TypeError, "\"lineterminator\" must be a string");
        }
        return s.value();
    }

    private static int quoting(PyObject v) {
        if (v == null) {
            return QUOTE_MINIMAL;
        }
        if (v.type() != PyInt.TYPE) {
            throw Errors.make(ExceptionTypes.TypeError, "\"quoting\" must be an integer");
        }
        PyInt i = (PyInt) v;
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        long q = i.longValue();
        if (q < QUOTE_MINIMAL || q > QUOTE_NOTNULL) {
            throw Errors.make(ExceptionTypes.TypeError, "bad \"quoting\" value");
        }
        return (int) q;
    }

    private static PyObject charValue(int c) {
        return c == NOT_SET ? PyNone.NONE : PyStr.of(new String(Character.toChars(c)));
    }

    private static CsvDialect d(PyObject o) {
        return (CsvDialect) o;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> create(cls, CsvModule.settings("Dialect", args, kw, 0, KEYWORDS.length)));
        t.defGetSet("delimiter", s -> charValue(d(s).delimiter), null);
        t.defGetSet("doublequote", s -> PyBool.of(d(s).doublequote), null);
        t.defGetSet("escapechar", s -> charValue(d(s).escapechar), null);
        t.defGetSet("lineterminator", s -> PyStr.of(d(s).lineterminator), null);
        t.defGetSet("quotechar", s -> charValue(d(s).quotechar), null);
        t.defGetSet("quoting", s -> PyInt.of(d(s).quoting), null);
        t.defGetSet("skipinitialspace", s -> PyBool.of(d(s).skipinitialspace), null);
        t.defGetSet("strict", s -> PyBool.of(d(s).strict), null);
    }
}
