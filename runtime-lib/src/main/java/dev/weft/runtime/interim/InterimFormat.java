package dev.weft.runtime.interim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** INTERIM: shortest round-trip float repr by search over precisions (slow, correct). */
public final class InterimFormat {
    private InterimFormat() { }

    public static String floatRepr(double x, boolean addDotZero) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0.0) {
            String z = (Double.doubleToRawLongBits(x) < 0 ? "-0" : "0");
            return addDotZero ? z + ".0" : z;
        }
        BigDecimal exact = new BigDecimal(x);
        BigDecimal shortest = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == x) {
                shortest = r;
                break;
            }
        }
        if (shortest == null) {
            shortest = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        }
        String digits = shortest.unscaledValue().abs().toString();
        digits = digits.replaceAll("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        // value = 0.d1d2... * 10**decpt
        int decpt = shortest.precision() - shortest.scale();
        String sign = x < 0 ? "-" : "";
        int n = digits.length();
        if (decpt > -4 && decpt <= 16) {
            StringBuilder sb = new StringBuilder(sign);
            if (decpt <= 0) {
                sb.append("0.");
                sb.append("0".repeat(-decpt));
                sb.append(digits);
            } else if (decpt >= n) {
                sb.append(digits);
                sb.append("0".repeat(decpt - n));
                if (addDotZero) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, n);
            }
            return sb.toString();
        }
        int exp = decpt - 1;
        StringBuilder sb = new StringBuilder(sign);
        sb.append(digits.charAt(0));
        if (n > 1) {
            sb.append('.').append(digits, 1, n);
        }
        sb.append('e').append(exp < 0 ? '-' : '+');
        int ae = Math.abs(exp);
        if (ae < 10) {
            sb.append('0');
        }
        sb.append(ae);
        return sb.toString();
    }

    /** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
    static final class Spec {
        char fill = ' ';
        char align = 0;
        char sign = 0;
        boolean alt;
        boolean zeroPad;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    static Spec parse(String s) {
        Spec sp = new Spec();
        int i = 0, n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            sp.fill = s.charAt(0);
            sp.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            sp.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            sp.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == 'z') {
            i++;
        }
        if (i < n && s.charAt(i) == '#') {
            sp.alt = true;
            i++;
        }
        if (i < n && s.charAt(i) == '0') {
            sp.zeroPad = true;
            i++;
        }
        int st = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > st) {
            sp.width = Integer.parseInt(s.substring(st, i));
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            sp.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            st = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == st) {
                throw dev.weft.runtime.exc.Errors.valueError("Format specifier missing precision");
            }
            sp.precision = Integer.parseInt(s.substring(st, i));
        }
        if (i < n) {
            sp.type = s.charAt(i++);
        }
        if (i < n) {
            throw dev.weft.runtime.exc.Errors.valueError("Invalid format specifier '%s' for object of type '%s'", s, "?");
        }
        if (sp.zeroPad && sp.align == 0) {
            sp.fill = '0';
            sp.align = '=';
        }
        return sp;
    }

    private static String group(String digits, char sep, int every) {
        if (sep == 0) {
            return digits;
        }
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int k = 0; k < n; k++) {
            if (k > 0 && (n - k) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(k));
        }
        return sb.toString();
    }

    private static String pad(Spec sp, String sign, String body, char defaultAlign) {
        int len = sign.length() + body.codePointCount(0, body.length());
        if (sp.width <= len) {
            return sign + body;
        }
        String f = String.valueOf(sp.fill).repeat(sp.width - len);
        char a = sp.align == 0 ? defaultAlign : sp.align;
        switch (a) {
            case '<': return sign + body + f;
            case '=': return sign + f + body;
            case '^': {
                int left = (sp.width - len) / 2;
                String fl = String.valueOf(sp.fill);
                return fl.repeat(left) + sign + body + fl.repeat(sp.width - len - left);
            }
            default: return f + sign + body;
        }
    }

    private static String signOf(boolean negative, Spec sp) {
        if (negative) {
            return "-";
        }
        return sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
    }

    public static String formatInt(java.math.BigInteger v, String spec, String typeName) {
        Spec sp = parse(spec);
        if ("eEfFgG%".indexOf(sp.type == 0 ? 'd' : sp.type) >= 0) {
            return formatFloat(v.doubleValue(), spec);
        }
        if (sp.precision >= 0) {
            throw dev.weft.runtime.exc.Errors.valueError("Precision not allowed in integer format specifier");
        }
        java.math.BigInteger a = v.abs();
        String digits, prefix = "";
        int every = 3;
        switch (sp.type) {
            case 0: case 'd': case 'n': digits = a.toString(); break;
            case 'x': digits = a.toString(16); prefix = "0x"; every = 4; break;
            case 'X': digits = a.toString(16).toUpperCase(); prefix = "0X"; every = 4; break;
            case 'o': digits = a.toString(8); prefix = "0o"; every = 4; break;
            case 'b': digits = a.toString(2); prefix = "0b"; every = 4; break;
            case 'c':
                if (v.bitLength() > 63) {
                    throw dev.weft.runtime.exc.Errors.overflowError("Python int too large to convert to C long");
                }
                if (v.signum() < 0 || v.bitLength() > 21 || v.intValue() > 0x10ffff) {
                    throw dev.weft.runtime.exc.Errors.overflowError("%%c arg not in range(0x110000)", 0);
                }
                return pad(sp, "", new String(Character.toChars(v.intValue())), '<');
            default:
                throw dev.weft.runtime.exc.Errors.valueError("Unknown format code '%c' for object of type '%s'", sp.type,
                        typeName);
        }
        String sign = signOf(v.signum() < 0, sp) + (sp.alt ? prefix : "");
        if (sp.align == '=' && sp.fill == '0' && sp.grouping != 0) {
            int target = sp.width - sign.length();
            while (group(digits, sp.grouping, every).length() < target) {
                digits = "0" + digits;
            }
        }
        return pad(sp, sign, group(digits, sp.grouping, every), '>');
    }

    public static String formatFloat(double x, String spec) {
        Spec sp = parse(spec);
        boolean neg = x < 0 || (x == 0 && Double.doubleToRawLongBits(x) < 0);
        double a = Math.abs(x);
        char type = sp.type;
        if ("eEfFgGn%".indexOf(type) < 0 && type != 0) {
            throw dev.weft.runtime.exc.Errors.valueError("Unknown format code '%c' for object of type 'float'", type);
        }
        String body;
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            body = Double.isNaN(x) ? "nan" : "inf";
            if (type == 'E' || type == 'F' || type == 'G') {
                body = body.toUpperCase();
            }
            if (type == '%') {
                body += "%";
            }
            neg = Double.isInfinite(x) && x < 0;
            return pad(sp, signOf(neg, sp), body, '>');
        }
        int p = sp.precision;
        java.math.BigDecimal bd = new java.math.BigDecimal(a);
        switch (type) {
            case 'f': case 'F':
                body = bd.setScale(p < 0 ? 6 : p, java.math.RoundingMode.HALF_EVEN).toPlainString();
                if (sp.alt && !body.contains(".")) {
                    body += ".";
                }
                break;
            case '%':
                body = bd.multiply(java.math.BigDecimal.valueOf(100))
                        .setScale(p < 0 ? 6 : p, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
                break;
            case 'e': case 'E':
                body = sci(bd, p < 0 ? 6 : p, sp.alt);
                if (type == 'E') {
                    body = body.toUpperCase();
                }
                break;
            case 'g': case 'G': case 'n': case 0:
                if (type == 0 && p < 0) {
                    body = floatRepr(a, true);
                    break;
                }
                int P = p < 0 ? 6 : (p == 0 ? 1 : p);
                if (a == 0) {
                    body = type == 0 ? "0.0" : (sp.alt ? "0." + "0".repeat(P - 1) : "0");
                    if (sp.alt && P == 1) {
                        body = "0.";
                    }
                    break;
                }
                java.math.BigDecimal r = bd.round(new java.math.MathContext(P, java.math.RoundingMode.HALF_EVEN));
                int exp = r.precision() - r.scale() - 1;
                if (exp >= -4 && exp < (type == 0 ? P - 1 : P)) {
                    body = r.setScale(Math.max(0, P - 1 - exp), java.math.RoundingMode.HALF_EVEN).toPlainString();
                    if (!sp.alt) {
                        body = stripZeros(body);
                    }
                    if (type == 0 && !body.contains(".")) {
                        body += ".0";
                    }
                } else {
                    body = sci(bd, P - 1, sp.alt);
                    if (!sp.alt) {
                        int e = body.indexOf('e');
                        body = stripZeros(body.substring(0, e)) + body.substring(e);
                    }
                }
                if (type == 'G') {
                    body = body.toUpperCase();
                }
                break;
            default:
                throw dev.weft.runtime.exc.Errors.valueError("Unknown format code '%c' for object of type 'float'", type);
        }
        if (sp.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : body.length();
            int e = body.indexOf('e');
            if (e >= 0 && e < end) {
                end = e;
            }
            String intPart = body.substring(0, end);
            if (sp.align == '=' && sp.fill == '0') {
                int target = sp.width - signOf(neg, sp).length() - (body.length() - end);
                while (group(intPart, sp.grouping, 3).length() < target) {
                    intPart = "0" + intPart;
                }
            }
            body = group(intPart, sp.grouping, 3) + body.substring(end);
        }
        return pad(sp, signOf(neg, sp), body, '>');
    }

    private static String stripZeros(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String sci(java.math.BigDecimal a, int digitsAfter, boolean alt) {
        if (a.signum() == 0) {
            return (digitsAfter > 0 ? "0." + "0".repeat(digitsAfter) : (alt ? "0." : "0")) + "e+00";
        }
        java.math.BigDecimal r = a.round(new java.math.MathContext(digitsAfter + 1, java.math.RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String digits = r.unscaledValue().toString();
        while (digits.length() < digitsAfter + 1) {
            digits += "0";
        }
        digits = digits.substring(0, digitsAfter + 1);
        String mant = digits.substring(0, 1) + (digitsAfter > 0 ? "." + digits.substring(1) : (alt ? "." : ""));
        int ae = Math.abs(exp);
        return mant + "e" + (exp < 0 ? "-" : "+") + (ae < 10 ? "0" : "") + ae;
    }

    public static String formatStr(String v, String spec) {
        Spec sp = parse(spec);
        if (sp.type != 0 && sp.type != 's') {
            throw dev.weft.runtime.exc.Errors.valueError("Unknown format code '%c' for object of type 'str'", sp.type);
        }
        if (sp.sign != 0) {
            throw dev.weft.runtime.exc.Errors.valueError("Sign not allowed in string format specifier");
        }
        if (sp.alt) {
            throw dev.weft.runtime.exc.Errors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (sp.align == '=') {
            throw dev.weft.runtime.exc.Errors.valueError("'=' alignment not allowed in string format specifier");
        }
        if (sp.grouping != 0) {
            throw dev.weft.runtime.exc.Errors.valueError("Cannot specify '%c' with 's'.", sp.grouping);
        }
        String body = v;
        if (sp.precision >= 0 && v.codePointCount(0, v.length()) > sp.precision) {
            body = v.substring(0, v.offsetByCodePoints(0, sp.precision));
        }
        return pad(sp, "", body, '<');
    }
}
