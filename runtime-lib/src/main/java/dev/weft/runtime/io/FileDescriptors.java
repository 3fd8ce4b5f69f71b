package dev.weft.runtime.io;

import java.nio.channels.FileChannel;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Descriptor numbers for files opened by weft: the JVM has no POSIX descriptors, so a number
 * from 3 up names an open channel (for {@code fileno()}, {@code open(fd)} and openers); 0, 1
 * and 2 are the standard streams.
 */
public final class FileDescriptors {
    private FileDescriptors() { }

    private static final AtomicInteger NEXT = new AtomicInteger(3);
    private static final ConcurrentHashMap<Integer, FileChannel> OPEN = new ConcurrentHashMap<>();

    /** Gives {@code channel} a descriptor number. */
    public static int register(FileChannel channel) {
        int fd = NEXT.getAndIncrement();
        OPEN.put(fd, channel);
        return fd;
    }

    /** The channel of descriptor {@code fd}, or null if none is open under it. */
    public static FileChannel channel(int fd) {
        return OPEN.get(fd);
    }

    /** Forgets {@code fd} (the channel is closed by its owner). */
    public static void release(int fd) {
        OPEN.remove(fd);
    }
}
