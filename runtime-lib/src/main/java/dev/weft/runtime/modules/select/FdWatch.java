package dev.weft.runtime.modules.select;

import dev.weft.runtime.modules.posix.FileDescriptors;
import dev.weft.runtime.modules.posix.InProcessPipe;
import dev.weft.runtime.modules.socket.SocketEndpoint;
import dev.weft.runtime.modules.socket.SocketTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.CancelledKeyException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The descriptors a poll/epoll object (or one select() call) watches, with their event masks
 * (POLLIN/POLLOUT..., the same bits as EPOLLIN/EPOLLOUT on Linux), polled through one Java
 * {@link Selector}. Level-triggered as poll(2): a socket stays ready until it is drained.
 * The selector's registrations are brought up to date at each poll, since a socket's channel
 * and the operations that mean "writable" (OP_CONNECT while connecting) change over time.
 * Descriptors that are no socket (files, the standard streams) are always ready, as poll
 * reports regular files.
 */
final class FdWatch {
    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    private final Selector selector;
    /** Held while polling; a closing socket's flush only tries it (the poller flushes by itself). */
    private final java.util.concurrent.locks.ReentrantLock polling = new java.util.concurrent.locks.ReentrantLock();
    private final Runnable flushClosed = this::flushClosed;
    private final Runnable wakeup = this::wakeup;
    /** Pipes whose changes wake this watch (their listener is removed when the watch closes). */
    private final Set<InProcessPipe.End> watchedPipes = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Map<Integer, Integer> masks = new LinkedHashMap<>();
    /** poll() reports descriptors closed behind its back as POLLNVAL; epoll forgets them. */
    private final boolean reportInvalid;

    FdWatch(boolean reportInvalid) {
        this.reportInvalid = reportInvalid;
        try {
            selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What kind of thing {@code fd} is: a socket, another open descriptor, or nothing open. */
    enum Kind { SOCKET, PIPE, OTHER, NONE }

    static Kind kindOf(int fd) {
        if (SocketTable.get(fd) != null) {
            return Kind.SOCKET;
        }
        if (FileDescriptors.pipeEndOrNull(fd) != null) {
            return Kind.PIPE;
        }
        if ((fd >= 0 && fd <= 2) || FileDescriptors.channelOrNull(fd) != null) {
            return Kind.OTHER;
        }
        return Kind.NONE;
    }

    synchronized boolean contains(int fd) {
        return masks.containsKey(fd);
    }

    synchronized void put(int fd, int mask) {
        masks.put(fd, mask);
    }

    synchronized boolean remove(int fd) {
        return masks.remove(fd) != null;
    }

    synchronized int size() {
        return masks.size();
    }

    private synchronized Map<Integer, Integer> snapshot() {
        return new LinkedHashMap<>(masks);
    }

    /**
     * Waits up to {@code timeoutNanos} (-1: without limit) until a watched descriptor is ready;
     * the ready ones as {fd, events}, at most {@code max} of them (max <= 0: all).
     */
    List<int[]> poll(long timeoutNanos, int max) throws IOException {
        long deadline = timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
        polling.lock();
        try {
            while (true) {
                List<int[]> ready = new ArrayList<>();
                boolean immediate = sync(ready);
                long left = deadline == Long.MAX_VALUE ? -1 : Math.max(0, deadline - System.nanoTime());
                if (immediate || left == 0) {
                    selector.selectNow();
                } else if (left < 0) {
                    selector.select();
                } else {
                    selector.select(Math.max(1, (left + 999_999) / 1_000_000));
                }
                collect(ready);
                // an empty return before the deadline is a wakeup (a registration changed, a socket
                // closed): look at the descriptors again and go on waiting, as epoll_wait does
                if (!ready.isEmpty() || (deadline != Long.MAX_VALUE && System.nanoTime() >= deadline)) {
                    return max > 0 && ready.size() > max ? new ArrayList<>(ready.subList(0, max)) : ready;
                }
            }
        } finally {
            polling.unlock();
        }
    }

    /**
     * Brings the selector's registrations up to date with the watched descriptors; adds those
     * that are ready without the selector (files, unconnected sockets, closed ones for poll) to
     * {@code ready} and says whether there were any.
     */
    private boolean sync(List<int[]> ready) throws IOException {
        Set<SelectionKey> live = new HashSet<>();
        boolean flushed = false;
        for (Map.Entry<Integer, Integer> en : snapshot().entrySet()) {
            int fd = en.getKey();
            int mask = en.getValue();
            InProcessPipe.End pipe = FileDescriptors.pipeEndOrNull(fd);
            if (pipe != null) {
                // pipes are not NIO channels: a change of the pipe wakes the selector, and
                // each round asks the pipe directly (errors and hang-ups are always reported)
                pipe.addListener(wakeup);
                watchedPipes.add(pipe);
                addReady(ready, fd, pipe.pollEvents() & (mask | POLLERR | POLLHUP));
                continue;
            }
            SocketEndpoint e = SocketTable.get(fd);
            SelectableChannel ch = e == null ? null : e.selectable();
            if (ch == null) {
                if (kindOf(fd) == Kind.OTHER) {
                    addReady(ready, fd, mask & (POLLIN | POLLOUT));
                } else if (reportInvalid) {
                    addReady(ready, fd, POLLNVAL);
                }
                continue;
            }
            if (e.isIdleStream()) {
                addReady(ready, fd, (mask & POLLOUT) | POLLHUP); // as Linux polls an unconnected TCP socket
                continue;
            }
            int ops = e.javaOps((mask & POLLIN) != 0, (mask & POLLOUT) != 0);
            SelectionKey k = ch.keyFor(selector);
            try {
                if (k != null && k.isValid()) {
                    // unchanged registrations are left alone: each change is queued for the selector
                    if (k.interestOps() != ops) {
                        k.interestOps(ops);
                    }
                    if (!(k.attachment() instanceof Integer a) || a != fd) {
                        k.attach(fd);
                    }
                } else {
                    if (k != null && !flushed) {
                        selector.selectNow(); // a cancelled key must leave before the channel registers again
                        selector.selectedKeys().clear();
                        flushed = true;
                    }
                    k = ch.register(selector, ops, fd);
                    e.onClose(flushClosed);
                }
                live.add(k);
            } catch (ClosedChannelException | CancelledKeyException x) {
                if (reportInvalid) {
                    addReady(ready, fd, POLLNVAL);
                }
            }
        }
        Set<SelectionKey> keys = selector.keys();
        if (keys.size() != live.size()) {   // some key is no longer watched
            for (SelectionKey k : keys) {
                if (!live.contains(k)) {
                    k.cancel();
                }
            }
        }
        return !ready.isEmpty();
    }

    /** Adds the descriptors the selector found ready to {@code ready}, with their poll events. */
    private void collect(List<int[]> ready) {
        for (SelectionKey k : selector.selectedKeys()) {
            if (!k.isValid()) {
                continue;
            }
            int r = k.readyOps();
            int events = 0;
            if ((r & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
                events |= POLLIN;
            }
            if ((r & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
                events |= POLLOUT;
            }
            addReady(ready, (Integer) k.attachment(), events);
        }
        selector.selectedKeys().clear();
    }

    /**
     * Lets the selector drop the keys of closed sockets now, so that their descriptors really
     * close (a listening port stops accepting); when a poll is under way it does so itself.
     */
    private void flushClosed() {
        if (polling.tryLock()) {
            try {
                if (selector.isOpen()) {
                    selector.selectNow();
                    selector.selectedKeys().clear(); // level-triggered: the next poll finds them again
                }
            } catch (IOException | java.nio.channels.ClosedSelectorException ignored) {
                // a closed selector has no keys left to flush
            } finally {
                polling.unlock();
            }
        } else {
            selector.wakeup();
        }
    }

    private static void addReady(List<int[]> ready, int fd, int events) {
        if (events != 0) {
            ready.add(new int[] {fd, events});
        }
    }

    /** Wakes a thread blocked in {@link #poll}. */
    void wakeup() {
        selector.wakeup();
    }

    void close() throws IOException {
        for (InProcessPipe.End p : watchedPipes) {
            p.removeListener(wakeup);
        }
        watchedPipes.clear();
        selector.wakeup();
        polling.lock();
        try {
            selector.close();
        } finally {
            polling.unlock();
        }
    }
}
