package dev.weft.runtime.modules.posix;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The pipe behind {@code os.pipe()}: a bounded byte buffer between read ends and write ends,
 * with the semantics of a POSIX pipe (a read blocks until data arrives or every write end is
 * closed, then returns end of file; a write blocks while the buffer is full and fails with
 * EPIPE once every read end is closed). The JVM has no anonymous pipes it can hand to a child
 * process, so the descriptors a child process uses are served by pump threads
 * ({@link ChildProcesses}) that copy between the child's streams and these ends. Watchers
 * (select/poll) register a listener that runs on every change.
 */
public final class InProcessPipe {
    /** Linux's default pipe capacity. */
    static final int CAPACITY = 65536;

    private final byte[] buffer = new byte[CAPACITY];
    private int head;
    private int count;
    private int readers;
    private int writers;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    private InProcessPipe() { }

    /** A new pipe: its read end and its write end. */
    static End[] create() {
        InProcessPipe p = new InProcessPipe();
        p.readers = 1;
        p.writers = 1;
        return new End[] {new End(p, true), new End(p, false)};
    }

    /** Thrown when a non-blocking end would have to wait (EAGAIN). */
    public static final class WouldBlock extends Exception {
        WouldBlock() {
            super(null, null, false, false);
        }
    }

    /** Thrown by a write when no read end is open any more (EPIPE). */
    public static final class Broken extends Exception {
        Broken() {
            super(null, null, false, false);
        }
    }

    /** One end of a pipe, as one descriptor holds it; {@link #dup} makes another holder. */
    public static final class End {
        private final InProcessPipe pipe;
        private final boolean reading;
        private volatile boolean closed;
        private volatile boolean blocking = true;

        private End(InProcessPipe pipe, boolean reading) {
            this.pipe = pipe;
            this.reading = reading;
        }

        public boolean isReadEnd() {
            return reading;
        }

        boolean isBlocking() {
            return blocking;
        }

        void setBlocking(boolean b) {
            blocking = b;
        }

        /** Another holder of this end (a child process's copy): the pipe stays open until all close. */
        End dup() {
            pipe.lock.lock();
            try {
                if (reading) {
                    pipe.readers++;
                } else {
                    pipe.writers++;
                }
            } finally {
                pipe.lock.unlock();
            }
            return new End(pipe, reading);
        }

        /** Closes this holder; a second close does nothing. */
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            pipe.lock.lock();
            try {
                if (reading) {
                    pipe.readers--;
                } else {
                    pipe.writers--;
                }
                pipe.changed.signalAll();
            } finally {
                pipe.lock.unlock();
            }
            pipe.fire();
        }

        /**
         * Reads up to {@code len} bytes: at least one, or -1 at end of file (no data and every
         * write end closed).
         */
        public int read(byte[] b, int off, int len, boolean mayBlock) throws WouldBlock, InterruptedException {
            if (len == 0) {
                return 0;
            }
            int n;
            pipe.lock.lockInterruptibly();
            try {
                while (pipe.count == 0) {
                    if (pipe.writers == 0) {
                        return -1;
                    }
                    if (!mayBlock || !blocking) {
                        throw new WouldBlock();
                    }
                    pipe.changed.await();
                }
                n = Math.min(len, pipe.count);
                int first = Math.min(n, CAPACITY - pipe.head);
                System.arraycopy(pipe.buffer, pipe.head, b, off, first);
                System.arraycopy(pipe.buffer, 0, b, off + first, n - first);
                pipe.head = (pipe.head + n) % CAPACITY;
                pipe.count -= n;
                pipe.changed.signalAll();
            } finally {
                pipe.lock.unlock();
            }
            pipe.fire();
            return n;
        }

        /**
         * Writes all of {@code len} bytes when blocking (as write(2) on a pipe does); a
         * non-blocking end writes what fits and fails with {@link WouldBlock} when nothing does.
         */
        public int write(byte[] b, int off, int len) throws WouldBlock, Broken, InterruptedException {
            int done = 0;
            pipe.lock.lockInterruptibly();
            try {
                while (done < len) {
                    if (pipe.readers == 0) {
                        throw new Broken();
                    }
                    int room = CAPACITY - pipe.count;
                    if (room == 0) {
                        if (!blocking) {
                            if (done > 0) {
                                break;
                            }
                            throw new WouldBlock();
                        }
                        pipe.changed.await();
                        continue;
                    }
                    int n = Math.min(room, len - done);
                    int tail = (pipe.head + pipe.count) % CAPACITY;
                    int first = Math.min(n, CAPACITY - tail);
                    System.arraycopy(b, off + done, pipe.buffer, tail, first);
                    System.arraycopy(b, off + done + first, pipe.buffer, 0, n - first);
                    pipe.count += n;
                    done += n;
                    pipe.changed.signalAll();
                }
            } finally {
                pipe.lock.unlock();
            }
            pipe.fire();
            return done;
        }

        /** poll(2)'s answer for this end: readable (data or end of file) or writable (room or broken). */
        public boolean ready() {
            return pollEvents() != 0;
        }

        /**
         * The poll(2) events of this end, as Linux reports a pipe: the read end POLLIN with data
         * and POLLHUP once every write end closed; the write end POLLOUT with room and POLLERR
         * once every read end closed.
         */
        public int pollEvents() {
            pipe.lock.lock();
            try {
                if (reading) {
                    return (pipe.count > 0 ? 1 : 0) | (pipe.writers == 0 ? 16 : 0);
                }
                return pipe.readers == 0 ? 8 : pipe.count < CAPACITY ? 4 : 0;
            } finally {
                pipe.lock.unlock();
            }
        }

        /** Runs {@code r} after every change of the pipe (data, room, a closed end) until removed. */
        public void addListener(Runnable r) {
            pipe.listeners.addIfAbsent(r);
        }

        public void removeListener(Runnable r) {
            pipe.listeners.remove(r);
        }
    }

    private void fire() {
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
