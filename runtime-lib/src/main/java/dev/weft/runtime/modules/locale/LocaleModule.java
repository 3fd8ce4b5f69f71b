package dev.weft.runtime.modules.locale;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.ResourceTable;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code _locale} over the emulated C locale of {@link LocaleState}: setlocale, localeconv
 * (the C locale's conventions), nl_langinfo (the C locale's texts, langinfo.tsv, generated
 * from CPython 3.13 by tools/gen_cmod_tables.py), strcoll/strxfrm (code-point order, as the
 * C locale collates), getencoding and the gettext functions (no message catalogs: messages
 * are returned untranslated, as CPython does without catalogs).
 */
public final class LocaleModule {
    private LocaleModule() { }

    private static final int CHAR_MAX = 127;
    private static final LocaleState STATE = new LocaleState(System.getenv());

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_locale", "Support for POSIX locales.");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_locale");
        PyType error = ModuleTypes.exceptionClass("locale", "Error", ExceptionTypes.Exception);
        m.put("Error", error);
        m.put("CHAR_MAX", PyInt.of(CHAR_MAX));
        String[] lc = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES", "LC_ALL"};
        for (int i = 0; i < lc.length; i++) {
            m.put(lc[i], PyInt.of(i));
        }
        Map<Long, String[]> langinfo = new HashMap<>();
        for (String[] row : ResourceTable.read(LocaleModule.class, "langinfo.tsv")) {
            long value = Long.parseLong(row[1]);
            m.put(row[0], PyInt.of(value));
            langinfo.put(value, row);
        }
        f.f2("setlocale", 1, (self, category, locale) -> setlocale(error, category, locale));
        f.f0("localeconv", self -> localeconv());
        f.f1("nl_langinfo", (self, key) -> {
            String[] row = langinfo.get((long) dev.weft.runtime.modules.CInts.asInt(key));
            if (row == null) {
                throw Errors.valueError("unsupported langinfo constant");
            }
            if (row[0].equals("CODESET")) {
                return PyStr.of(STATE.utf8() ? "UTF-8" : "ANSI_X3.4-1968");
            }
            return PyStr.of(row[2]);
        });
        f.f0("getencoding", self -> PyStr.of(STATE.utf8() ? "UTF-8" : "ANSI_X3.4-1968"));
        f.f2("strcoll", 2, (self, a, b) -> PyInt.of(Integer.signum(compareCodePoints(str("strcoll", 1, a),
                str("strcoll", 2, b)))));
        f.f1("strxfrm", (self, s) -> PyStr.of(str("strxfrm", 0, s)));
        f.f1("gettext", (self, msg) -> msg);
        f.f2("dgettext", 2, (self, domain, msg) -> msg);
        f.f3("dcgettext", 3, (self, domain, msg, category) -> msg);
        f.f1("textdomain", (self, domain) -> domain == PyNone.NONE ? PyStr.intern("messages") : domain);
        f.f2("bindtextdomain", 2, (self, domain, dir) -> dir == PyNone.NONE ? PyStr.of("/usr/share/locale") : dir);
        f.f2("bind_textdomain_codeset", 2, (self, domain, codeset) -> codeset);
        return m;
    }

    private static PyObject setlocale(PyType error, PyObject category, PyObject locale) {
        long cat = dev.weft.runtime.modules.CInts.asInt(category);
        if (cat < 0 || cat > LocaleState.LC_ALL) {
            throw new PyException(dev.weft.runtime.exc.ExceptionTypes.create(error,
                    PyStr.of(locale == null || locale == PyNone.NONE ? "locale query failed" : "unsupported locale setting")));
        }
        if (locale == null || locale == PyNone.NONE) {
            return PyStr.of(STATE.query((int) cat));
        }
        if (!(locale instanceof PyStr s)) {
            throw Errors.typeError("setlocale() argument 2 must be str or None, not %s", locale.type().name());
        }
        String result = STATE.set((int) cat, s.value());
        if (result == null) {
            throw new PyException(dev.weft.runtime.exc.ExceptionTypes.create(error,
                    PyStr.of("unsupported locale setting")));
        }
        return PyStr.of(result);
    }

    /** The C locale's conventions (the same in C.UTF-8). */
    private static PyObject localeconv() {
        PyDict d = new PyDict();
        for (String k : new String[] {"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"}) {
            d.setItem(PyStr.intern(k), PyStr.intern(""));
        }
        d.setItem(PyStr.intern("mon_grouping"), new PyList());
        d.setItem(PyStr.intern("positive_sign"), PyStr.intern(""));
        d.setItem(PyStr.intern("negative_sign"), PyStr.intern(""));
        for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
            "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            d.setItem(PyStr.intern(k), PyInt.of(CHAR_MAX));
        }
        d.setItem(PyStr.intern("decimal_point"), PyStr.intern("."));
        d.setItem(PyStr.intern("thousands_sep"), PyStr.intern(""));
        d.setItem(PyStr.intern("grouping"), new PyList());
        return d;
    }

    private static String str(String fn, int arg, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw Errors.typeError(arg == 0 ? "%s() argument must be str, not %s" : "%s() argument " + arg
                    + " must be str, not %s", fn, o.type().name());
        }
        return s.value();
    }

    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
