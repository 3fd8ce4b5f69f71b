package dev.weft.runtime.interim;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** INTERIM {@code str % args} (printf-style formatting). */
public final class PercentFormat {
    private PercentFormat() { }

    public static String format(String fmt, PyObject args) {
        PyObject[] items;
        PyObject mapping = null;
        if (args instanceof PyTuple t) {
            items = t.toArray();
        } else {
            items = new PyObject[] {args};
            if (args instanceof PyDict || (!(args instanceof PyStr) && args.type().lookup("__getitem__") != null
                    && !(args instanceof dev.weft.runtime.types.PyList))) {
                mapping = args;
            }
        }
        StringBuilder out = new StringBuilder();
        int ai = 0;
        int n = fmt.length();
        boolean usedMapping = false;
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            PyObject value = null;
            if (fmt.charAt(i) == '(') {
                if (mapping == null) {
                    throw Errors.typeError("format requires a mapping");
                }
                int depth = 1, ks = i + 1;
                while (++i < n && depth > 0) {
                    if (fmt.charAt(i) == '(') depth++;
                    if (fmt.charAt(i) == ')') depth--;
                }
                String key = fmt.substring(ks, i - 1);
                value = Protocols.getItem(mapping, PyStr.of(key));
                usedMapping = true;
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(fmt.charAt(i)) >= 0) {
                flags.append(fmt.charAt(i++));
            }
            int width = -1;
            if (i < n && fmt.charAt(i) == '*') {
                width = (int) Protocols.index(next(items, ai++), null).longValue();
                i++;
            } else {
                int ws = i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                if (i > ws) width = Integer.parseInt(fmt.substring(ws, i));
            }
            int prec = -1;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                if (i < n && fmt.charAt(i) == '*') {
                    prec = (int) Protocols.index(next(items, ai++), null).longValue();
                    i++;
                } else {
                    int ps = i;
                    while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                    prec = i > ps ? Integer.parseInt(fmt.substring(ps, i)) : 0;
                }
            }
            while (i < n && "hlL".indexOf(fmt.charAt(i)) >= 0) i++;
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            char conv = fmt.charAt(i);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (value == null) {
                if (mapping != null && usedMapping) {
                    throw Errors.typeError("format requires a mapping");
                }
                value = next(items, ai++);
            }
            String f = flags.toString();
            String body;
            switch (conv) {
                case 's': body = Ops.strString(value); if (prec >= 0 && body.length() > prec) body = body.substring(0, prec); break;
                case 'r': body = Ops.reprString(value); if (prec >= 0 && body.length() > prec) body = body.substring(0, prec); break;
                case 'a': body = Ops.reprString(value); break;
                case 'c':
                    if (value instanceof PyStr s && s.length() == 1) body = s.value();
                    else body = new String(Character.toChars((int) Protocols.index(value, "%c requires an int or a unicode character, not " + value.type().name()).longValue()));
                    break;
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': {
                    PyInt iv;
                    if (value instanceof PyFloat fv) {
                        iv = dev.weft.runtime.types.FloatMath.toInt(fv.value);
                    } else if (value instanceof PyInt pi) {
                        iv = pi;
                    } else if (conv == 'd' || conv == 'i' || conv == 'u') {
                        if (value.type().lookup("__int__") == null && value.type().lookup("__index__") == null) {
                            throw Errors.typeError("%%%c format: a real number is required, not %s", conv, value.type().name());
                        }
                        iv = (PyInt) Ops.callMethod(value, value.type().lookup("__int__") != null ? "__int__" : "__index__");
                    } else {
                        iv = Protocols.index(value, "%" + conv + " format: an integer is required, not " + value.type().name());
                    }
                    String spec = (f.contains("#") ? "#" : "") + (conv == 'i' || conv == 'u' ? "d" : String.valueOf(conv));
                    body = InterimFormat.formatInt(iv.bigValue().abs(), spec, "int");
                    if (prec > 0) {
                        int pfx = f.contains("#") && conv != 'd' && conv != 'i' && conv != 'u' ? 2 : 0;
                        String digits = body.substring(pfx);
                        while (digits.length() < prec) digits = "0" + digits;
                        body = body.substring(0, pfx) + digits;
                    }
                    if (iv.signum() < 0) body = "-" + body;
                    else if (f.contains("+")) body = "+" + body;
                    else if (f.contains(" ")) body = " " + body;
                    break;
                }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                    if (!(value instanceof PyFloat) && !(value instanceof PyInt) && value.type().lookup("__float__") == null) {
                        throw Errors.typeError("must be real number, not %s", value.type().name());
                    }
                    double d = value instanceof PyFloat fv ? fv.value : value instanceof PyInt pi
                            ? dev.weft.runtime.types.IntMath.toDouble(pi) : ((PyFloat) Ops.callMethod(value, "__float__")).value;
                    String spec = (f.contains("+") ? "+" : f.contains(" ") ? " " : "") + (f.contains("#") ? "#" : "")
                            + "." + (prec < 0 ? 6 : prec) + conv;
                    body = InterimFormat.formatFloat(d, spec);
                    break;
                }
                default:
                    throw Errors.valueError("unsupported format character '%c' (0x%x) at index %d", conv, (int) conv, i);
            }
            if (width > body.length()) {
                if (f.contains("-")) {
                    body = body + " ".repeat(width - body.length());
                } else if (f.contains("0") && "diuxXoeEfFgG".indexOf(conv) >= 0) {
                    int signLen = body.startsWith("-") || body.startsWith("+") || body.startsWith(" ") ? 1 : 0;
                    if (f.contains("#") && "xXo".indexOf(conv) >= 0) {
                        signLen += 2;
                    }
                    body = body.substring(0, signLen) + "0".repeat(width - body.length()) + body.substring(signLen);
                } else {
                    body = " ".repeat(width - body.length()) + body;
                }
            }
            out.append(body);
            if (start < 0) {
                break;
            }
        }
        if (mapping == null && ai < items.length) {
            throw Errors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static PyObject next(PyObject[] items, int i) {
        if (i >= items.length) {
            throw Errors.typeError("not enough arguments for format string");
        }
        return items[i];
    }
}
