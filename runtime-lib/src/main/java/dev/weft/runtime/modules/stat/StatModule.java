package dev.weft.runtime.modules.stat;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.ResourceTable;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import java.math.BigInteger;
import java.util.function.LongPredicate;

/**
 * {@code _stat}: the constants of Linux x86-64 (stat.tsv, generated from CPython 3.13 by
 * tools/gen_cmod_tables.py), the {@code S_IS*} tests, {@code S_IMODE}, {@code S_IFMT} and
 * {@code filemode}, with CPython's conversion of the mode to a C {@code mode_t}.
 */
public final class StatModule {
    private StatModule() { }

    private static final long S_IFMT = 0170000;
    private static final long S_IFDIR = 0040000;
    private static final long S_IFCHR = 0020000;
    private static final long S_IFBLK = 0060000;
    private static final long S_IFREG = 0100000;
    private static final long S_IFIFO = 0010000;
    private static final long S_IFLNK = 0120000;
    private static final long S_IFSOCK = 0140000;
    private static final long MODE_MAX = 0xFFFFFFFFL; // mode_t is a 32-bit unsigned int

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_stat", "S_IFMT_: file type bits");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_stat");
        test(f, "S_ISDIR", mode -> (mode & S_IFMT) == S_IFDIR);
        test(f, "S_ISCHR", mode -> (mode & S_IFMT) == S_IFCHR);
        test(f, "S_ISBLK", mode -> (mode & S_IFMT) == S_IFBLK);
        test(f, "S_ISREG", mode -> (mode & S_IFMT) == S_IFREG);
        test(f, "S_ISFIFO", mode -> (mode & S_IFMT) == S_IFIFO);
        test(f, "S_ISLNK", mode -> (mode & S_IFMT) == S_IFLNK);
        test(f, "S_ISSOCK", mode -> (mode & S_IFMT) == S_IFSOCK);
        // Solaris doors, event ports and BSD whiteouts do not exist on Linux
        test(f, "S_ISDOOR", mode -> false);
        test(f, "S_ISPORT", mode -> false);
        test(f, "S_ISWHT", mode -> false);
        f.f1("S_IMODE", (self, mode) -> PyInt.of(mode(mode) & 07777));
        f.f1("S_IFMT", (self, mode) -> PyInt.of(mode(mode) & S_IFMT));
        f.f1("filemode", (self, mode) -> PyStr.of(filemode(mode(mode))));
        for (String[] row : ResourceTable.read(StatModule.class, "stat.tsv")) {
            m.put(row[0], PyInt.of(Long.parseLong(row[1])));
        }
        return m;
    }

    private static void test(ModuleDefs.Funcs f, String name, LongPredicate p) {
        f.f1(name, (self, mode) -> PyBool.of(p.test(mode(mode))));
    }

    /** CPython's {@code _PyLong_AsMode_t}: an int (not merely an index) that fits an unsigned 32-bit mode_t. */
    static long mode(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Errors.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw Errors.overflowError("can't convert negative value to unsigned int");
        }
        if (!i.fitsLong() && i.bigValue().bitLength() > 64) {
            throw Errors.overflowError("Python int too large to convert to C unsigned long");
        }
        BigInteger v = i.fitsLong() ? BigInteger.valueOf(i.longValue()) : i.bigValue();
        if (v.compareTo(BigInteger.valueOf(MODE_MAX)) > 0) {
            throw Errors.overflowError("mode out of range");
        }
        return v.longValue();
    }

    /** {@code -rwxr-xr-x}: the file type letter and the nine permission letters (with setuid/setgid/sticky). */
    static String filemode(long mode) {
        StringBuilder sb = new StringBuilder(10);
        sb.append(typeLetter(mode));
        sb.append((mode & 0400) != 0 ? 'r' : '-');
        sb.append((mode & 0200) != 0 ? 'w' : '-');
        sb.append(execLetter(mode, 0100, 04000, 's'));
        sb.append((mode & 040) != 0 ? 'r' : '-');
        sb.append((mode & 020) != 0 ? 'w' : '-');
        sb.append(execLetter(mode, 010, 02000, 's'));
        sb.append((mode & 04) != 0 ? 'r' : '-');
        sb.append((mode & 02) != 0 ? 'w' : '-');
        sb.append(execLetter(mode, 01, 01000, 't'));
        return sb.toString();
    }

    private static char execLetter(long mode, long exec, long special, char letter) {
        boolean x = (mode & exec) != 0;
        if ((mode & special) != 0) {
            return x ? letter : Character.toUpperCase(letter);
        }
        return x ? 'x' : '-';
    }

    private static char typeLetter(long mode) {
        long t = mode & S_IFMT;
        if (t == S_IFREG) {
            return '-';
        } else if (t == S_IFDIR) {
            return 'd';
        } else if (t == S_IFLNK) {
            return 'l';
        } else if (t == S_IFBLK) {
            return 'b';
        } else if (t == S_IFCHR) {
            return 'c';
        } else if (t == S_IFIFO) {
            return 'p';
        } else if (t == S_IFSOCK) {
            return 's';
        }
        return '?';
    }
}
