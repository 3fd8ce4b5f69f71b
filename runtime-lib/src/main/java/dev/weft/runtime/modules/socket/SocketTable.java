package dev.weft.runtime.modules.socket;

import dev.weft.runtime.modules.posix.FileDescriptors;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The descriptor numbers of open sockets (the JVM has none): each endpoint gets a number from
 * the same counter as os.open's files, so select and selectors can key on it as on Linux.
 */
public final class SocketTable {
    private SocketTable() { }

    private static final ConcurrentHashMap<Integer, SocketEndpoint> TABLE = new ConcurrentHashMap<>();

    static int add(SocketEndpoint e) {
        int fd = FileDescriptors.allocate();
        TABLE.put(fd, e);
        return fd;
    }

    /** The open socket under {@code fd}, or null if {@code fd} is no open socket. */
    public static SocketEndpoint get(int fd) {
        return TABLE.get(fd);
    }

    static void remove(int fd) {
        TABLE.remove(fd);
    }
}
