package dev.weft.runtime.modules.unicodedata;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.text.UnicodeDatabase;
import dev.weft.runtime.text.UnicodeNames;
import dev.weft.runtime.text.UnicodeNormalization;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

/**
 * {@code unicodedata} (Unicode 15.1, as CPython 3.13) on the runtime's own tables. The
 * module's functions are the methods of its current-version database; {@code ucd_3_2_0} is a
 * second database object for idna/stringprep that answers "unassigned" for code points added
 * after Unicode 3.2 and otherwise the current properties (partial: properties that changed
 * since 3.2 for characters that existed then are reported as they are now).
 */
public final class UnicodedataModule {
    private UnicodedataModule() { }

    /** A database: {@code unicodedata.UCD}. */
    static final class Ucd extends PyObject {
        static final PyType TYPE = ModuleDefs.type("unicodedata", "UCD", Ucd.class, PyType.OBJECT, t -> {
            defineMethods(t);
            t.defGetSet("unidata_version", s -> PyStr.of(((Ucd) s).version), null);
        }, 0);

        final String version;
        final boolean old;

        Ucd(String version, boolean old) {
            this.version = version;
            this.old = old;
        }

        @Override
        public PyType type() {
            return TYPE;
        }

        boolean unassigned(int cp) {
            return old && !UnicodeNormalization.assignedIn32(cp);
        }
    }

    private static final Ucd CURRENT = new Ucd(UnicodeDatabase.UNIDATA_VERSION, false);
    private static final Ucd V3_2 = new Ucd("3.2.0", true);

    public static PyModule create() {
        PyModule m = ModuleTypes.module("unicodedata", null);
        m.put("unidata_version", PyStr.of(UnicodeDatabase.UNIDATA_VERSION));
        m.put("ucd_3_2_0", V3_2);
        m.put("UCD", Ucd.TYPE);
        for (String name : new String[] {"lookup", "name", "decimal", "digit", "numeric", "category", "bidirectional",
            "combining", "east_asian_width", "mirrored", "decomposition", "normalize", "is_normalized"}) {
            PyObject bound = dev.weft.runtime.ops.Attr.getAttr(CURRENT, name);
            m.put(name, bound);
        }
        return m;
    }

    private static int cp(String fn, String which, PyObject o) {
        if (!(o instanceof PyStr s) || s.length() != 1) {
            throw Errors.typeError("%s() %s must be a unicode character, not %s", fn, which, o.type().name());
        }
        return s.codePointAt(0);
    }

    private static Ucd u(PyObject self) {
        return (Ucd) self;
    }

    private static String form(PyObject f, String fn) {
        if (!(f instanceof PyStr s)) {
            throw Errors.typeError("%s() argument 1 must be str, not %s", fn, f.type().name());
        }
        String v = s.value();
        if (!v.equals("NFC") && !v.equals("NFD") && !v.equals("NFKC") && !v.equals("NFKD")) {
            throw Errors.valueError("invalid normalization form");
        }
        return v;
    }

    private static String text(PyObject o, String fn) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError("%s() argument 2 must be str, not %s", fn, o.type().name());
        }
        return s.value();
    }

    /** Normal form in the 3.2 database: characters unassigned then are left alone. */
    private static String normalize(Ucd u, String form, String s) {
        if (!u.old || s.codePoints().allMatch(UnicodeNormalization::assignedIn32)) {
            return UnicodeNormalization.normalize(form, s);
        }
        StringBuilder out = new StringBuilder();
        StringBuilder run = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (UnicodeNormalization.assignedIn32(c)) {
                run.appendCodePoint(c);
            } else {
                out.append(UnicodeNormalization.normalize(form, run.toString())).appendCodePoint(c);
                run.setLength(0);
            }
        });
        return out.append(UnicodeNormalization.normalize(form, run.toString())).toString();
    }

    static void defineMethods(PyType t) {
        t.def1("lookup", (s, n) -> {
            String name = n instanceof PyStr str ? str.value()
                    : new String(dev.weft.runtime.io.IOBaseTypes.bytesLike(n), java.nio.charset.StandardCharsets.ISO_8859_1);
            int cp = UnicodeNames.lookup(name);
            boolean alias = cp >= 0 && u(s).old && !name.equalsIgnoreCase(String.valueOf(UnicodeNames.name(cp)));
            if (cp < 0 || u(s).unassigned(cp) || alias) { // the 3.2 database has no name aliases
                throw Errors.make(ExceptionTypes.KeyError, "undefined character name '%s'", name);
            }
            return PyStr.ofCodePoint(cp);
        });
        t.def2("name", 1, (s, c, dflt) -> {
            int cp = cp("name", "argument 1", c);
            String n = u(s).unassigned(cp) ? null : UnicodeNames.name(cp);
            if (n == null) {
                if (dflt != null) {
                    return dflt;
                }
                throw Errors.valueError("no such name");
            }
            return PyStr.of(n);
        });
        t.def2("decimal", 1, (s, c, dflt) -> {
            int cp = cp("decimal", "argument 1", c);
            int v = u(s).unassigned(cp) ? -1 : UnicodeDatabase.decimal(cp);
            if (v < 0) {
                if (dflt != null) {
                    return dflt;
                }
                throw Errors.valueError("not a decimal");
            }
            return PyInt.of(v);
        });
        t.def2("digit", 1, (s, c, dflt) -> {
            int cp = cp("digit", "argument 1", c);
            int v = u(s).unassigned(cp) ? -1 : UnicodeDatabase.digit(cp);
            if (v < 0) {
                if (dflt != null) {
                    return dflt;
                }
                throw Errors.valueError("not a digit");
            }
            return PyInt.of(v);
        });
        t.def2("numeric", 1, (s, c, dflt) -> {
            int cp = cp("numeric", "argument 1", c);
            double v = u(s).unassigned(cp) ? Double.NaN : UnicodeDatabase.numeric(cp);
            if (Double.isNaN(v)) {
                if (dflt != null) {
                    return dflt;
                }
                throw Errors.valueError("not a numeric character");
            }
            return PyFloat.of(v);
        });
        t.def1("category", (s, c) -> {
            int cp = cp("category", "argument", c);
            return PyStr.of(u(s).unassigned(cp) ? "Cn" : UnicodeDatabase.category(cp));
        });
        t.def1("bidirectional", (s, c) -> {
            int cp = cp("bidirectional", "argument", c);
            return PyStr.of(u(s).unassigned(cp) ? "" : UnicodeDatabase.bidirectional(cp));
        });
        t.def1("combining", (s, c) -> {
            int cp = cp("combining", "argument", c);
            return PyInt.of(u(s).unassigned(cp) ? 0 : UnicodeNormalization.combining(cp));
        });
        t.def1("east_asian_width", (s, c) -> {
            int cp = cp("east_asian_width", "argument", c);
            return PyStr.of(u(s).unassigned(cp) ? "N" : UnicodeDatabase.eastAsianWidth(cp));
        });
        t.def1("mirrored", (s, c) -> {
            int cp = cp("mirrored", "argument", c);
            return PyInt.of(!u(s).unassigned(cp) && UnicodeDatabase.isMirrored(cp) ? 1 : 0);
        });
        t.def1("decomposition", (s, c) -> {
            int cp = cp("decomposition", "argument", c);
            return PyStr.of(u(s).unassigned(cp) ? "" : UnicodeNormalization.decomposition(cp));
        });
        t.def2("normalize", (s, f, str) -> {
            String form = form(f, "normalize");
            return PyStr.of(normalize(u(s), form, text(str, "normalize")));
        });
        t.def2("is_normalized", (s, f, str) -> {
            String form = form(f, "is_normalized");
            String v = text(str, "is_normalized");
            return PyBool.of(normalize(u(s), form, v).equals(v));
        });
    }
}
