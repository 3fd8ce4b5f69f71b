package dev.weft.runtime.modules.time;

import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** C's {@code strftime} in the C locale, over a {@link ZonedDateTime}. */
final class StrfTime {
    private StrfTime() { }

    static String zoneName(ZonedDateTime z) {
        String n = z.getZone().getDisplayName(TextStyle.SHORT, Locale.ROOT);
        boolean dst = z.getZone().getRules().isDaylightSavings(z.toInstant());
        String s = java.util.TimeZone.getTimeZone(z.getZone()).getDisplayName(dst, java.util.TimeZone.SHORT, Locale.ROOT);
        if (s.equals("GMT") && z.getOffset().getTotalSeconds() == 0 && (n.equals("Z") || n.equals("UTC"))) {
            return "UTC";
        }
        return s;
    }

    static String format(String fmt, ZonedDateTime t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= fmt.length()) {
                sb.append(c);
                continue;
            }
            char d = fmt.charAt(++i);
            switch (d) {
                case 'a' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'A' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
                case 'b', 'h' -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
                case 'B' -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
                case 'c' -> sb.append(format("%a %b %e %H:%M:%S %Y", t));
                case 'd' -> pad(sb, t.getDayOfMonth(), 2, '0');
                case 'e' -> pad(sb, t.getDayOfMonth(), 2, ' ');
                case 'D', 'x' -> sb.append(format("%m/%d/%y", t));
                case 'F' -> sb.append(format("%Y-%m-%d", t));
                case 'H' -> pad(sb, t.getHour(), 2, '0');
                case 'I' -> pad(sb, t.getHour() % 12 == 0 ? 12 : t.getHour() % 12, 2, '0');
                case 'j' -> pad(sb, t.getDayOfYear(), 3, '0');
                case 'm' -> pad(sb, t.getMonthValue(), 2, '0');
                case 'M' -> pad(sb, t.getMinute(), 2, '0');
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 'r' -> sb.append(format("%I:%M:%S %p", t));
                case 'R' -> sb.append(format("%H:%M", t));
                case 'S' -> pad(sb, t.getSecond(), 2, '0');
                case 'T', 'X' -> sb.append(format("%H:%M:%S", t));
                case 'u' -> sb.append(t.getDayOfWeek().getValue());
                case 'w' -> sb.append(t.getDayOfWeek().getValue() % 7);
                case 'U' -> pad(sb, (t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7, 2, '0');
                case 'W' -> pad(sb, (t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7, 2, '0');
                case 'V' -> pad(sb, t.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0');
                case 'G' -> sb.append(t.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR));
                case 'y' -> pad(sb, Math.floorMod(t.getYear(), 100), 2, '0');
                case 'Y' -> sb.append(t.getYear());
                case 'C' -> pad(sb, Math.floorDiv(t.getYear(), 100), 2, '0');
                case 'z' -> {
                    int off = t.getOffset().getTotalSeconds();
                    sb.append(off < 0 ? '-' : '+');
                    off = Math.abs(off);
                    pad(sb, off / 3600, 2, '0');
                    pad(sb, off / 60 % 60, 2, '0');
                }
                case 'Z' -> sb.append(zoneName(t));
                case 's' -> sb.append(t.toEpochSecond());
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, long v, int width, char fill) {
        String s = Long.toString(v);
        for (int k = s.length(); k < width; k++) {
            sb.append(fill);
        }
        sb.append(s);
    }

}
