package dev.weft.runtime.modules.threading;

import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;

import java.util.concurrent.locks.Condition;

/** Shared pieces of the synchronisation objects of {@code threading}. */
final class Sync {
    private Sync() { }

    /** {@code <module.Qualname at 0x...: } as the reprs of Event, Semaphore and Barrier begin. */
    static String reprPrefix(PyObject self) {
        String mod = ObjectMethods.moduleName(self.type());
        return "<" + mod + "." + self.type().qualname() + " at 0x" + Long.toHexString(Ops.identityHash(self)) + ": ";
    }

    /** Waits on {@code c} until {@code deadline} (from {@link Timeouts#deadline}); false if the time ran out. */
    static boolean awaitUntil(Condition c, long deadline) {
        try {
            if (deadline == Long.MAX_VALUE) {
                c.await();
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            c.awaitNanos(left);
            return true;
        } catch (InterruptedException e) {
            throw Timeouts.interrupted(e);
        }
    }
}
