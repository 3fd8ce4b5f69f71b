package dev.weft.runtime.modules.posix;

import dev.weft.runtime.core.PyObject;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The file descriptors of {@code os.open}: the JVM has no integer descriptors, so this table
 * gives each opened channel the next number from 3 up (0, 1 and 2 are the process's standard
 * streams). Lookups take no lock; each descriptor's operations are atomic per call.
 */
public final class FileDescriptors {
    private FileDescriptors() { }

    static final int O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_EXCL = 0200, O_NOCTTY = 0400,
            O_TRUNC = 01000, O_APPEND = 02000, O_NONBLOCK = 04000, O_DSYNC = 010000, O_DIRECTORY = 0200000,
            O_NOFOLLOW = 0400000, O_CLOEXEC = 02000000, O_SYNC = 04010000, O_ACCMODE = 3;

    /** An open descriptor: its channel and the path it was opened with (for fstat). */
    record Open(FileChannel channel, Path path) { }

    /** Per descriptor an {@link Open} file or an {@link InProcessPipe.End}. */
    private static final ConcurrentHashMap<Integer, Object> TABLE = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger(3);
    private static final FileOutputStream STDOUT = new FileOutputStream(FileDescriptor.out);
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);
    private static final FileInputStream STDIN = new FileInputStream(FileDescriptor.in);

    static int open(PathArg p, int flags, PyObject filename) {
        Set<OpenOption> opts = new HashSet<>();
        int access = flags & O_ACCMODE;
        if (access == O_RDONLY || access == O_RDWR) {
            opts.add(StandardOpenOption.READ);
        }
        if (access == O_WRONLY || access == O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_APPEND) != 0) {
            opts.add(StandardOpenOption.APPEND);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && access != O_RDONLY) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flags & O_NOFOLLOW) != 0) {
            opts.add(LinkOption.NOFOLLOW_LINKS);
        }
        if ((flags & (O_SYNC | O_DSYNC)) != 0) {
            opts.add((flags & O_SYNC) == O_SYNC ? StandardOpenOption.SYNC : StandardOpenOption.DSYNC);
        }
        Path path = p.path();
        if (java.nio.file.Files.isDirectory(path)) {
            throw PosixErrors.error(PosixErrors.EISDIR, filename);
        }
        try {
            FileChannel ch = FileChannel.open(path, opts);
            int fd = NEXT.getAndIncrement();
            TABLE.put(fd, new Open(ch, path.toAbsolutePath()));
            return fd;
        } catch (IOException e) {
            throw PosixErrors.of(e, filename);
        }
    }

    /**
     * A descriptor number for an object kept in another table (a socket's): numbers come from
     * one counter so that a socket and a file never share one.
     */
    public static int allocate() {
        return NEXT.getAndIncrement();
    }

    /** Gives a channel opened elsewhere (by {@code open()}) the next descriptor number. */
    public static int register(FileChannel channel, Path path) {
        int fd = NEXT.getAndIncrement();
        TABLE.put(fd, new Open(channel, path.toAbsolutePath()));
        return fd;
    }

    /** The channel of descriptor {@code fd}, or null if no file is open under it. */
    public static FileChannel channelOrNull(int fd) {
        return TABLE.get(fd) instanceof Open o ? o.channel() : null;
    }

    /** The pipe end open under {@code fd}, or null if it is no pipe. */
    public static InProcessPipe.End pipeEndOrNull(int fd) {
        return TABLE.get(fd) instanceof InProcessPipe.End e ? e : null;
    }

    /** {@code os.pipe()}: a new pipe's read and write descriptors. */
    static int[] pipe() {
        InProcessPipe.End[] ends = InProcessPipe.create();
        int r = NEXT.getAndIncrement();
        TABLE.put(r, ends[0]);
        int w = NEXT.getAndIncrement();
        TABLE.put(w, ends[1]);
        return new int[] {r, w};
    }

    /** {@code os.set_blocking}: pipes honour it; files are always ready, so it changes nothing for them. */
    static void setBlocking(int fd, boolean blocking) {
        Object o = entry(fd);
        if (o instanceof InProcessPipe.End e) {
            e.setBlocking(blocking);
        }
    }

    static boolean isBlocking(int fd) {
        return !(entry(fd) instanceof InProcessPipe.End e) || e.isBlocking();
    }

    /** Whether {@code fd} is a pipe end (fstat reports a FIFO). */
    static boolean isPipe(int fd) {
        return entry(fd) instanceof InProcessPipe.End;
    }

    private static Object entry(int fd) {
        if (isStandard(fd)) {
            return null;
        }
        Object o = TABLE.get(fd);
        if (o == null) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        }
        return o;
    }

    /** Forgets {@code fd} without closing its channel (its owner closes it). */
    public static void forget(int fd) {
        TABLE.remove(fd);
    }

    /** The open file under {@code fd}: EBADF if nothing is open, {@code pipeErrno} for a pipe. */
    static Open get(int fd, int pipeErrno) {
        Object o = TABLE.get(fd);
        if (o instanceof Open f) {
            return f;
        }
        throw PosixErrors.error(o == null ? PosixErrors.EBADF : pipeErrno, null);
    }

    static Open get(int fd) {
        return get(fd, PosixErrors.EINVAL);
    }

    static boolean isStandard(int fd) {
        return fd >= 0 && fd <= 2;
    }

    static void close(int fd) {
        if (isStandard(fd)) {
            return; // the JVM's own standard streams stay open
        }
        Object o = TABLE.remove(fd);
        if (o == null) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        }
        try {
            closeEntry(o);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    private static void closeEntry(Object o) throws IOException {
        if (o instanceof InProcessPipe.End e) {
            e.close();
        } else {
            ((Open) o).channel().close();
        }
    }

    /** Closes {@code fd} if it is still open (a file object closing the descriptor it owns). */
    public static void closeQuietly(int fd) {
        Object o = TABLE.remove(fd);
        if (o != null) {
            try {
                closeEntry(o);
            } catch (IOException ignored) {
                // closing is best effort here, as close(2) of a pipe cannot fail usefully
            }
        }
    }

    static byte[] read(int fd, int n) {
        try {
            if (fd == 0) {
                byte[] b = new byte[n];
                int got = STDIN.read(b, 0, n);
                return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, got);
            }
            if (fd == 1 || fd == 2) {
                throw PosixErrors.error(PosixErrors.EBADF, null);
            }
            if (TABLE.get(fd) instanceof InProcessPipe.End e) {
                return readPipe(e, n);
            }
            ByteBuffer buf = ByteBuffer.allocate(n);
            int got = get(fd).channel().read(buf);
            return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(buf.array(), got);
        } catch (java.nio.channels.NonReadableChannelException e) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    static int write(int fd, byte[] data) {
        try {
            if (fd == 1 || fd == 2) {
                FileOutputStream out = fd == 1 ? STDOUT : STDERR;
                out.write(data);
                out.flush();
                return data.length;
            }
            if (fd == 0) {
                throw PosixErrors.error(PosixErrors.EBADF, null);
            }
            if (TABLE.get(fd) instanceof InProcessPipe.End e) {
                return writePipe(e, data);
            }
            return get(fd).channel().write(ByteBuffer.wrap(data));
        } catch (java.nio.channels.NonWritableChannelException e) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    static long lseek(int fd, long pos, int how) {
        if (isStandard(fd)) {
            throw PosixErrors.error(PosixErrors.ESPIPE, null);
        }
        FileChannel ch = get(fd, PosixErrors.ESPIPE).channel();
        try {
            long base = switch (how) {
                case 0 -> 0;
                case 1 -> ch.position();
                case 2 -> ch.size();
                default -> throw PosixErrors.error(PosixErrors.EINVAL, null);
            };
            long target = base + pos;
            if (target < 0) {
                throw PosixErrors.error(PosixErrors.EINVAL, null);
            }
            ch.position(target);
            return target;
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    static void truncate(int fd, long length) {
        try {
            FileChannel ch = get(fd).channel();
            if (length < ch.size()) {
                ch.truncate(length);
            } else if (length > ch.size()) {
                long keep = ch.position();
                ch.write(ByteBuffer.allocate(1), length - 1);
                ch.position(keep);
            }
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    static void fsync(int fd) {
        if (isStandard(fd)) {
            return;
        }
        try {
            get(fd).channel().force(true);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    private static byte[] readPipe(InProcessPipe.End e, int n) {
        if (!e.isReadEnd()) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        }
        byte[] b = new byte[n];
        try {
            int got = e.read(b, 0, n, true);
            return got <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, got);
        } catch (InProcessPipe.WouldBlock x) {
            throw PosixErrors.error(PosixErrors.EAGAIN, null);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(PosixErrors.EINTR, null);
        }
    }

    private static int writePipe(InProcessPipe.End e, byte[] data) {
        if (e.isReadEnd()) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        }
        try {
            return e.write(data, 0, data.length);
        } catch (InProcessPipe.WouldBlock x) {
            throw PosixErrors.error(PosixErrors.EAGAIN, null);
        } catch (InProcessPipe.Broken x) {
            throw PosixErrors.error(PosixErrors.EPIPE, null);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(PosixErrors.EINTR, null);
        }
    }

    static boolean isatty(int fd) {
        return isStandard(fd) && System.console() != null;
    }
}
