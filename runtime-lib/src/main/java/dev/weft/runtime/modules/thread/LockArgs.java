package dev.weft.runtime.modules.thread;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;

/** The {@code (blocking=True, timeout=-1)} arguments of {@code lock.acquire}, checked as CPython checks them. */
final class LockArgs {
    private LockArgs() { }

    private static final String[] NAMES = {"blocking", "timeout"};

    /** Nanoseconds to wait: −1 forever, 0 for a non-blocking attempt. */
    static long parse(PyObject[] args, String[] kwnames) {
        if (args.length == 0) {
            return -1; // acquire() and `with lock:`, the hot cases: nothing to parse
        }
        PyObject[] a = ArgParse.parse("acquire", args, kwnames, NAMES, 0);
        boolean blocking = a[0] == null || Ops.isTrue(a[0]);
        double timeout = a[1] == null ? -1 : Timeouts.seconds(a[1]);
        if (!blocking && timeout != -1) {
            throw Errors.valueError("can't specify a timeout for a non-blocking call");
        }
        if (timeout < 0 && timeout != -1) {
            throw Errors.valueError("timeout value must be a non-negative number");
        }
        if (!blocking) {
            return 0;
        }
        if (timeout == -1) {
            return -1;
        }
        if (timeout >= 9.223372036854775807E18) {
            throw Errors.overflowError("timestamp out of range for platform time_t");
        }
        if (timeout > Timeouts.TIMEOUT_MAX) {
            throw Errors.overflowError("timeout value is too large");
        }
        return Timeouts.toNanos(timeout);
    }
}
