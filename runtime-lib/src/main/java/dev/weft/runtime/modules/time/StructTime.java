package dev.weft.runtime.modules.time;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.StructSeq;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** {@code time.struct_time}: nine visible fields, plus {@code tm_zone} and {@code tm_gmtoff}. */
final class StructTime {
    private StructTime() { }

    static final StructSeq SEQ = new StructSeq("time", "struct_time", "time.struct_time", 9, "tm_year", "tm_mon",
            "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff");

    static PyTuple of(Instant instant, ZoneId zone) {
        ZonedDateTime z = ZonedDateTime.ofInstant(instant, zone);
        boolean dst = zone.getRules().isDaylightSavings(instant);
        return SEQ.make(PyInt.of(z.getYear()), PyInt.of(z.getMonthValue()), PyInt.of(z.getDayOfMonth()),
                PyInt.of(z.getHour()), PyInt.of(z.getMinute()), PyInt.of(z.getSecond()),
                PyInt.of(z.getDayOfWeek().getValue() - 1), PyInt.of(z.getDayOfYear()), PyInt.of(dst ? 1 : 0),
                PyStr.of(StrfTime.zoneName(z)), PyInt.of(z.getOffset().getTotalSeconds()));
    }

    /** The local date and time a 9-tuple describes (for {@code strftime}, {@code asctime}, {@code mktime}). */
    static ZonedDateTime toDateTime(PyObject t, String fn) {
        if (!(t instanceof PyTuple tup)) {
            throw Errors.typeError("Tuple or struct_time argument required");
        }
        if (tup.size() != 9) {
            throw Errors.typeError("%s(): illegal time tuple argument", fn);
        }
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) {
            f[i] = (int) Protocols.indexValue(tup.get(i), "int");
        }
        try {
            int mon = f[1] == 0 ? 1 : f[1];
            int day = f[2] == 0 ? 1 : f[2];
            if (mon < 1 || mon > 12) {
                throw Errors.valueError("month out of range");
            }
            if (day < 1 || day > 31) {
                throw Errors.valueError("day of month out of range");
            }
            if (f[3] < 0 || f[3] > 23) {
                throw Errors.valueError("hour out of range");
            }
            if (f[4] < 0 || f[4] > 59) {
                throw Errors.valueError("minute out of range");
            }
            if (f[5] < 0 || f[5] > 61) {
                throw Errors.valueError("seconds out of range");
            }
            LocalDateTime ldt = LocalDateTime.of(f[0], mon, 1, f[3], f[4], Math.min(f[5], 59)).plusDays(day - 1L);
            ZoneId zone = ZoneId.systemDefault();
            if (t instanceof PyTuple.Sub sub && sub.instanceDict() != null) {
                PyObject off = sub.instanceDict().getItemOrNull(PyStr.intern("tm_gmtoff"));
                if (off instanceof PyInt o && o.fitsLong() && o.longValue() == 0) {
                    zone = java.time.ZoneOffset.UTC;
                }
            }
            return ZonedDateTime.of(ldt, zone);
        } catch (DateTimeException e) {
            throw Errors.valueError("year out of range");
        }
    }

    static double toEpochSeconds(PyObject t) {
        ZonedDateTime z = toDateTime(t, "mktime");
        ZonedDateTime local = z.withZoneSameLocal(ZoneId.systemDefault());
        return local.toEpochSecond();
    }
}
