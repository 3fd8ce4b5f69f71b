package dev.weft.runtime.modules.posix;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.StructSeq;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code os.stat_result} from the JDK's "unix" file attributes: the ten items of the tuple
 * (whole-second times), and the attributes beyond them (float times, nanosecond times,
 * {@code st_rdev}, and {@code st_blksize}/{@code st_blocks}, which the JDK does not report
 * and are estimated from the size in 512-byte blocks of 4 KiB).
 */
final class StatResults {
    private StatResults() { }

    static final StructSeq STAT_RESULT = new StructSeq("os", "stat_result", "os.stat_result", 10,
            StatResults::floatTimes, "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize",
            "st_blocks", "st_rdev");

    /** {@code st_atime} and friends as attributes are floats; the tuple items are whole seconds. */
    private static void floatTimes(PyType t) {
        for (String name : new String[] {"st_atime", "st_mtime", "st_ctime"}) {
            t.defGetSet(name, self -> {
                PyObject ns = ((PyTuple.Sub) self).instanceDict().getItemOrNull(
                        dev.weft.runtime.types.PyStr.intern(name + "_ns"));
                if (!(ns instanceof PyInt)) {
                    return dev.weft.runtime.types.PyNone.NONE;
                }
                long v = dev.weft.runtime.ops.Protocols.indexValue(ns, "int");
                return PyFloat.of((double) Math.floorDiv(v, 1_000_000_000L)
                        + (double) Math.floorMod(v, 1_000_000_000L) * 1e-9);
            }, null);
        }
    }

    static PyObject stat(Path p, boolean followSymlinks) throws IOException {
        LinkOption[] opts = followSymlinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        Map<String, Object> a = Files.readAttributes(p, "unix:*", opts);
        long size = (Long) a.get("size");
        long atime = nanos((FileTime) a.get("lastAccessTime"));
        long mtime = nanos((FileTime) a.get("lastModifiedTime"));
        long ctime = nanos((FileTime) a.get("ctime"));
        return STAT_RESULT.make(PyInt.of((Integer) a.get("mode")), PyInt.of((Long) a.get("ino")),
                PyInt.of((Long) a.get("dev")), PyInt.of((Integer) a.get("nlink")), PyInt.of((Integer) a.get("uid")),
                PyInt.of((Integer) a.get("gid")), PyInt.of(size), PyInt.of(Math.floorDiv(atime, 1_000_000_000L)),
                PyInt.of(Math.floorDiv(mtime, 1_000_000_000L)), PyInt.of(Math.floorDiv(ctime, 1_000_000_000L)),
                PyInt.of(atime), PyInt.of(mtime), PyInt.of(ctime), PyInt.of(4096), PyInt.of((size + 4095) / 4096 * 8),
                PyInt.of((Long) a.get("rdev")));
    }

    /** What fstat reports for a pipe end: a FIFO (S_IFIFO | 0600) of size 0, owned by this process's user. */
    static PyObject fifo(int fd) {
        long now = System.currentTimeMillis() * 1_000_000L;
        PyInt zero = PyInt.of(0);
        PyInt secs = PyInt.of(Math.floorDiv(now, 1_000_000_000L));
        PyInt ns = PyInt.of(now);
        return STAT_RESULT.make(PyInt.of(0010600), PyInt.of(fd), PyInt.of(0xe), PyInt.of(1),
                PyInt.of(ProcessFunctions.ids("Uid:")[1]), PyInt.of(ProcessFunctions.ids("Gid:")[1]), zero, secs, secs,
                secs, ns, ns, ns, PyInt.of(4096), zero, zero);
    }

    private static long nanos(FileTime t) {
        return t == null ? 0 : t.to(TimeUnit.NANOSECONDS);
    }
}
