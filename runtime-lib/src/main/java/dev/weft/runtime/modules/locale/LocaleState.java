package dev.weft.runtime.modules.locale;

import java.util.Map;

/**
 * The process's C locale, emulated: the JVM cannot switch the C library's locale, so Weft
 * knows only the locales every glibc system has — {@code C}/{@code POSIX} and {@code C.UTF-8}
 * (also spelled {@code C.utf8}) — which behave identically except for the character encoding.
 * Any other name is "unsupported", as on a system where it is not installed. Categories are
 * glibc's twelve; the module exposes the seven of POSIX. At startup LC_CTYPE is the
 * environment's locale, coerced to C.UTF-8 as CPython does (PEP 538) unless LC_ALL forces C.
 */
final class LocaleState {
    /** glibc's categories in the order of its composite names; indexes 0..5 are LC_CTYPE..LC_MESSAGES. */
    static final String[] CATEGORIES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
        "LC_MESSAGES", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"};
    static final int LC_ALL = 6;

    private final String[] current = new String[CATEGORIES.length];
    private final Map<String, String> env;

    LocaleState(Map<String, String> env) {
        this.env = env;
        java.util.Arrays.fill(current, "C");
        String all = env.get("LC_ALL");
        String ctype = fromEnvironment(0);
        if (all != null && !all.isEmpty()) {
            current[0] = isSupported(ctype) ? ctype : "C";
        } else {
            current[0] = isSupported(ctype) && !isPlainC(ctype) ? ctype : "C.UTF-8";
        }
    }

    static boolean isSupported(String name) {
        return isPlainC(name) || name.equals("C.UTF-8") || name.equals("C.utf8");
    }

    private static boolean isPlainC(String name) {
        return name.equals("C") || name.equals("POSIX");
    }

    /** The name {@code setlocale(category, "")} picks: LC_ALL, then the category's variable, then LANG, then C. */
    String fromEnvironment(int category) {
        for (String var : new String[] {"LC_ALL", CATEGORIES[category], "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "C";
    }

    /** {@code setlocale(category)}: the current name (LC_ALL: one name, or glibc's composite). */
    synchronized String query(int category) {
        if (category != LC_ALL) {
            return current[index(category)];
        }
        boolean same = true;
        for (String c : current) {
            same &= c.equals(current[0]);
        }
        if (same) {
            return current[0];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < CATEGORIES.length; i++) {
            sb.append(i == 0 ? "" : ";").append(CATEGORIES[i]).append('=').append(current[i]);
        }
        return sb.toString();
    }

    /** {@code setlocale(category, name)}: the new name, or null if the locale is not available. */
    synchronized String set(int category, String name) {
        String[] next = current.clone();
        if (category == LC_ALL) {
            if (name.contains("=")) {
                if (!setComposite(next, name)) {
                    return null;
                }
            } else {
                for (int i = 0; i < next.length; i++) {
                    String n = name.isEmpty() ? fromEnvironment(i) : name;
                    if (!isSupported(n)) {
                        return null;
                    }
                    next[i] = normalise(n);
                }
            }
        } else {
            int i = index(category);
            String n = name.isEmpty() ? fromEnvironment(i) : name;
            if (!isSupported(n)) {
                return null;
            }
            next[i] = normalise(n);
        }
        System.arraycopy(next, 0, current, 0, next.length);
        return query(category);
    }

    private static boolean setComposite(String[] next, String composite) {
        for (String part : composite.split(";")) {
            int eq = part.indexOf('=');
            int i = eq < 0 ? -1 : java.util.Arrays.asList(CATEGORIES).indexOf(part.substring(0, eq));
            String n = eq < 0 ? "" : part.substring(eq + 1);
            if (i < 0 || !isSupported(n)) {
                return false;
            }
            next[i] = normalise(n);
        }
        return true;
    }

    /** glibc reports POSIX as C. */
    private static String normalise(String name) {
        return name.equals("POSIX") ? "C" : name;
    }

    /** Whether LC_CTYPE's encoding is UTF-8 (else ASCII, glibc's ANSI_X3.4-1968). */
    synchronized boolean utf8() {
        return !isPlainC(current[0]);
    }

    private static int index(int category) {
        if (category < 0 || category > 5) {
            throw new IllegalArgumentException("category " + category);
        }
        return category;
    }
}
