package dev.weft.runtime.modules.concurrent.futures;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What {@code wait} and {@code as_completed} install on futures (CPython's {@code _Waiter}
 * family): completed futures are collected, and the event fires when the waiting condition holds.
 */
final class FutureWaiter {
    enum Mode { AS_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED }

    private final Mode mode;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition fired = lock.newCondition();
    private final List<PyFuture> finished = new ArrayList<>();
    private int pending;
    private boolean event;

    FutureWaiter(Mode mode, int pending) {
        this.mode = mode;
        this.pending = pending;
    }

    void addResult(PyFuture f) {
        record(f, false);
    }

    void addException(PyFuture f) {
        record(f, mode == Mode.FIRST_EXCEPTION);
    }

    void addCancelled(PyFuture f) {
        record(f, false);
    }

    private void record(PyFuture f, boolean stop) {
        lock.lock();
        try {
            finished.add(f);
            boolean fire = switch (mode) {
                case AS_COMPLETED, FIRST_COMPLETED -> true;
                case FIRST_EXCEPTION, ALL_COMPLETED -> stop || --pending <= 0;
            };
            if (fire) {
                event = true;
                fired.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the event; {@code nanos} −1 forever. Returns whether it fired. */
    boolean await(long nanos) {
        long deadline = nanos < 0 ? Long.MAX_VALUE : System.nanoTime() + nanos;
        lock.lock();
        try {
            while (!event) {
                if (deadline == Long.MAX_VALUE) {
                    fired.await();
                } else {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    fired.await(left, TimeUnit.NANOSECONDS);
                }
            }
            return true;
        } catch (InterruptedException e) {
            throw dev.weft.runtime.modules.Timeouts.interrupted(e);
        } finally {
            lock.unlock();
        }
    }

    /** Takes the futures collected so far and clears the event (as_completed's loop). */
    List<PyFuture> drain() {
        lock.lock();
        try {
            List<PyFuture> out = new ArrayList<>(finished);
            finished.clear();
            event = false;
            return out;
        } finally {
            lock.unlock();
        }
    }
}
