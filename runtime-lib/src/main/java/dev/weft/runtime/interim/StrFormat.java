package dev.weft.runtime.interim;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

/** INTERIM {@code str.format} / {@code format_map}. */
public final class StrFormat {
    private StrFormat() { }

    public static String format(String fmt, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        PyDict kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) {
            kwargs.setItem(PyStr.of(kw[i]), args[npos + i]);
        }
        PyObject[] pos = new PyObject[npos];
        System.arraycopy(args, 0, pos, 0, npos);
        return render(fmt, pos, kwargs, new int[] {0, 0}, 2);
    }

    public static String formatMap(String fmt, PyObject mapping) {
        return render(fmt, new PyObject[0], mapping, new int[] {0, 0}, 2);
    }

    /** auto[0] = next automatic index; auto[1] = 1 if manual numbering was used, 2 if automatic. */
    private static String render(String fmt, PyObject[] pos, PyObject kwargs, int[] auto, int depth) {
        if (depth < 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i++;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i++;
                continue;
            }
            int level = 1, j = i + 1;
            while (j < n && level > 0) {
                if (fmt.charAt(j) == '{') level++;
                else if (fmt.charAt(j) == '}') level--;
                if (level > 0) j++;
            }
            if (j >= n) {
                throw Errors.valueError(level > 1 || fmt.indexOf(':', i) >= 0 || fmt.indexOf('!', i) >= 0
                        ? "expected '}' before end of string" : "Single '{' encountered in format string");
            }
            String field = fmt.substring(i + 1, j);
            i = j;
            String spec = "";
            char conv = 0;
            int colon = indexOutsideBrackets(field, ':');
            if (colon >= 0) {
                spec = field.substring(colon + 1);
                field = field.substring(0, colon);
            }
            int bang = field.indexOf('!');
            if (bang >= 0) {
                if (bang + 2 != field.length()) {
                    throw Errors.valueError("expected ':' after conversion specifier");
                }
                conv = field.charAt(bang + 1);
                field = field.substring(0, bang);
            }
            PyObject value = resolve(field, pos, kwargs, auto);
            if (conv == 'r' || conv == 'a') {
                value = Ops.repr(value);
            } else if (conv == 's') {
                value = Ops.str(value);
            } else if (conv != 0) {
                throw Errors.valueError("Unknown conversion specifier %c", conv);
            }
            if (spec.indexOf('{') >= 0) {
                spec = render(spec, pos, kwargs, auto, depth - 1);
            }
            out.append(Ops.format(value, PyStr.of(spec)).value());
        }
        return out.toString();
    }

    private static int indexOutsideBrackets(String s, char target) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == target && depth == 0) return i;
        }
        return -1;
    }

    private static PyObject resolve(String field, PyObject[] pos, PyObject kwargs, int[] auto) {
        int k = 0;
        while (k < field.length() && field.charAt(k) != '.' && field.charAt(k) != '[') {
            k++;
        }
        String first = field.substring(0, k);
        PyObject value;
        if (first.isEmpty()) {
            if (auto[1] == 1) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            auto[1] = 2;
            int idx = auto[0]++;
            if (idx >= pos.length) {
                throw Errors.indexError("Replacement index %d out of range for positional args tuple", idx);
            }
            value = pos[idx];
        } else if (first.chars().allMatch(Character::isDigit)) {
            if (auto[1] == 2) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            auto[1] = 1;
            int idx = Integer.parseInt(first);
            if (idx >= pos.length) {
                throw Errors.indexError("Replacement index %d out of range for positional args tuple", idx);
            }
            value = pos[idx];
        } else {
            value = Protocols.getItem(kwargs, PyStr.of(first));
        }
        while (k < field.length()) {
            char c = field.charAt(k);
            if (c == '.') {
                int e = k + 1;
                while (e < field.length() && field.charAt(e) != '.' && field.charAt(e) != '[') e++;
                value = Attr.getAttr(value, field.substring(k + 1, e));
                k = e;
            } else {
                int e = field.indexOf(']', k);
                if (e < 0) {
                    throw Errors.valueError("Missing ']' in format string");
                }
                String key = field.substring(k + 1, e);
                PyObject keyObj = !key.isEmpty() && key.chars().allMatch(Character::isDigit)
                        ? PyInt.of(Long.parseLong(key)) : PyStr.of(key);
                value = Protocols.getItem(value, keyObj);
                k = e + 1;
            }
        }
        return value;
    }
}
