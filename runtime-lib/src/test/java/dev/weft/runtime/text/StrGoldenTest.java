package dev.weft.runtime.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every str function against CPython 3.13's results on tricky inputs (str_cases.jsonl.gz). */
class StrGoldenTest {
    /** The translate table of gen_text_expected.py. */
    private static final Map<Integer, Object> TABLE = new HashMap<>();

    static {
        TABLE.put((int) 'a', "A");
        TABLE.put((int) 'b', null);
        TABLE.put(0x1F600, "[smile]");
        TABLE.put(0x3A3, 0x3C3);
        TABLE.put((int) ' ', "");
        TABLE.put((int) 'l', (int) 'L');
    }

    private static int start(GoldenCases.Case c, int k) {
        Object v = c.arg(k);
        return v == null ? 0 : ((Long) v).intValue();
    }

    private static int end(GoldenCases.Case c, int k) {
        Object v = c.arg(k);
        return v == null ? StrSearch.END : ((Long) v).intValue();
    }

    /** PySlice_AdjustIndices, as the object model will do before calling CodePoints.slice. */
    private static String slice(String s, Object startArg, Object stopArg, int step) {
        int n = CodePoints.length(s);
        int start;
        int stop;
        if (startArg == null) {
            start = step < 0 ? n - 1 : 0;
        } else {
            start = ((Long) startArg).intValue();
            if (start < 0) {
                start += n;
                if (start < 0) {
                    start = step < 0 ? -1 : 0;
                }
            } else if (start >= n) {
                start = step < 0 ? n - 1 : n;
            }
        }
        if (stopArg == null) {
            stop = step < 0 ? -1 : n;
        } else {
            stop = ((Long) stopArg).intValue();
            if (stop < 0) {
                stop += n;
                if (stop < 0) {
                    stop = step < 0 ? -1 : 0;
                }
            } else if (stop >= n) {
                stop = step < 0 ? n - 1 : n;
            }
        }
        return CodePoints.slice(s, start, stop, step);
    }

    @SuppressWarnings("unchecked")
    static Object call(GoldenCases.Case c) {
        String s = c.str(0);
        int n = c.args.size();
        switch (c.method) {
            case "str.capitalize": return StrCase.capitalize(s);
            case "str.casefold": return StrCase.casefold(s);
            case "str.lower": return StrCase.lower(s);
            case "str.upper": return StrCase.upper(s);
            case "str.swapcase": return StrCase.swapcase(s);
            case "str.title": return StrCase.title(s);
            case "str.isalnum": return StrCase.isalnum(s);
            case "str.isalpha": return StrCase.isalpha(s);
            case "str.isascii": return StrCase.isascii(s);
            case "str.isdecimal": return StrCase.isdecimal(s);
            case "str.isdigit": return StrCase.isdigit(s);
            case "str.isidentifier": return StrCase.isidentifier(s);
            case "str.islower": return StrCase.islower(s);
            case "str.isnumeric": return StrCase.isnumeric(s);
            case "str.isprintable": return StrCase.isprintable(s);
            case "str.isspace": return StrCase.isspace(s);
            case "str.istitle": return StrCase.istitle(s);
            case "str.isupper": return StrCase.isupper(s);
            case "str.split":
                return n == 1 ? StrSearch.split(s) : StrSearch.split(s, c.str(1), c.integer(2));
            case "str.rsplit":
                return n == 1 ? StrSearch.rsplit(s, null, -1)
                        : StrSearch.rsplit(s, c.str(1), c.integer(2));
            case "str.strip": return StrLayout.strip(s, n == 1 ? null : c.str(1));
            case "str.lstrip": return StrLayout.lstrip(s, n == 1 ? null : c.str(1));
            case "str.rstrip": return StrLayout.rstrip(s, n == 1 ? null : c.str(1));
            case "str.splitlines":
                return StrLayout.splitlines(s, n > 1 && (Boolean) c.arg(1));
            case "str.expandtabs": return StrLayout.expandtabs(s, n == 1 ? 8 : c.integer(1));
            case "repr": return StrRepr.repr(s);
            case "ascii": return StrRepr.ascii(s);
            case "len": return CodePoints.length(s);
            case "str.zfill": return StrLayout.zfill(s, c.integer(1));
            case "str.center":
                return StrLayout.center(s, c.integer(1), n == 2 ? ' ' : StrLayout.fillChar(c.str(2)));
            case "str.ljust": return StrLayout.ljust(s, c.integer(1), StrLayout.fillChar(c.str(2)));
            case "str.rjust": return StrLayout.rjust(s, c.integer(1), StrLayout.fillChar(c.str(2)));
            case "transform_decimal": return StrLayout.transformDecimalAndSpaceToAscii(s);
            case "str.partition": return StrSearch.partition(s, c.str(1));
            case "str.rpartition": return StrSearch.rpartition(s, c.str(1));
            case "str.removeprefix": return StrSearch.removeprefix(s, c.str(1));
            case "str.removesuffix": return StrSearch.removesuffix(s, c.str(1));
            case "str.contains": return StrSearch.contains(s, c.str(1));
            case "str.replace": return StrSearch.replace(s, c.str(1), c.str(2), c.integer(3));
            case "str.find": return StrSearch.find(s, c.str(1), start(c, 2), end(c, 3));
            case "str.rfind": return StrSearch.rfind(s, c.str(1), start(c, 2), end(c, 3));
            case "str.index": return StrSearch.index(s, c.str(1), start(c, 2), end(c, 3));
            case "str.rindex": return StrSearch.rindex(s, c.str(1), start(c, 2), end(c, 3));
            case "str.count": return StrSearch.count(s, c.str(1), start(c, 2), end(c, 3));
            case "str.startswith":
                if (c.arg(1) instanceof List) {
                    return StrSearch.startswith(s, ((List<String>) c.arg(1)).toArray(new String[0]),
                            start(c, 2), end(c, 3));
                }
                return StrSearch.startswith(s, c.str(1), start(c, 2), end(c, 3));
            case "str.endswith":
                if (c.arg(1) instanceof List) {
                    return StrSearch.endswith(s, ((List<String>) c.arg(1)).toArray(new String[0]),
                            start(c, 2), end(c, 3));
                }
                return StrSearch.endswith(s, c.str(1), start(c, 2), end(c, 3));
            case "str.join": return StrLayout.join(s, (List<String>) c.arg(1));
            case "str.translate": return StrTranslate.translate(s,
                    cp -> TABLE.containsKey(cp) ? TABLE.get(cp) : StrTranslate.UNMAPPED);
            case "str.translate_value": {
                Object v = c.arg(1);
                Object mapped = v instanceof Double ? (Object) v : v;
                return StrTranslate.translate(s, cp -> cp == 'a' ? mapped : StrTranslate.UNMAPPED);
            }
            case "slice": return slice(s, c.arg(1), c.arg(2), c.integer(3));
            case "compare": return Integer.signum(CodePoints.compare(s, c.str(1)));
            case "str.maketrans": {
                Map<String, Object> d = new java.util.LinkedHashMap<>();
                java.util.List<Object> pairs = new java.util.ArrayList<>();
                StrTranslate.maketrans(s, c.str(1), c.str(2)).forEach(
                        (k, v) -> pairs.add(java.util.Arrays.asList((long) k,
                                v == null ? null : (long) (int) v)));
                d.put("d", pairs);
                return d;
            }
            case "str.maketrans_key": return StrTranslate.maketransKey(s);
            default:
                throw new IllegalArgumentException("no dispatch for " + c.method);
        }
    }

    @TestFactory
    List<DynamicTest> strFunctionsMatchCPython() {
        return GoldenCases.tests("str_cases.jsonl.gz", StrGoldenTest::call);
    }
}
