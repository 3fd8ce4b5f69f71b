package dev.weft.runtime.types;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * The lock of the builtin containers: a sequence lock. Writers take it with one CAS (the
 * version becomes odd) and release it with a release store (version + 1, even again), which
 * costs no fence on x86 — cheaper than StampedLock's volatile unlock on the append/put path.
 * Readers read optimistically: {@link #tryOptimisticRead()}, read fields, {@link #validate}.
 * The rare fallback {@link #readLock()} is exclusive (it is the write lock): a reader that
 * failed validation waits for the writer and then reads alone. Not reentrant; no Python code
 * may run while it is held.
 */
final class SeqLock {
    private static final VarHandle VERSION;
    static {
        try {
            VERSION = MethodHandles.lookup().findVarHandle(SeqLock.class, "version", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Even: free; odd: held by a writer. Starts at 2 so that 0 can mean "no stamp". */
    @SuppressWarnings("unused")
    private volatile long version = 2;

    long writeLock() {
        for (int spins = 0; ; spins++) {
            long v = (long) VERSION.getVolatile(this);
            if ((v & 1) == 0 && VERSION.compareAndSet(this, v, v + 1)) {
                return v + 1;
            }
            if (spins < 100) {
                Thread.onSpinWait();
            } else if (spins < 200) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(20_000);
            }
        }
    }

    void unlockWrite(long stamp) {
        VERSION.setRelease(this, stamp + 1);
    }

    /** A stamp to validate later, or 0 while a writer holds the lock. */
    long tryOptimisticRead() {
        long v = (long) VERSION.getAcquire(this);
        return (v & 1) == 0 ? v : 0;
    }

    /** True if no writer held the lock since {@code stamp} was taken (reads in between were consistent). */
    boolean validate(long stamp) {
        VarHandle.acquireFence();
        return stamp != 0 && (long) VERSION.getAcquire(this) == stamp;
    }

    /** Exclusive access for a reader whose optimistic read failed. */
    long readLock() {
        return writeLock();
    }

    void unlockRead(long stamp) {
        unlockWrite(stamp);
    }
}
