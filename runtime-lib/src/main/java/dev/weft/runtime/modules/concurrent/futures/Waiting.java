package dev.weft.runtime.modules.concurrent.futures;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.StructSeq;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PyStr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code concurrent.futures.wait} and {@code as_completed}. */
final class Waiting {
    private Waiting() { }

    static final String FIRST_COMPLETED = "FIRST_COMPLETED";
    static final String FIRST_EXCEPTION = "FIRST_EXCEPTION";
    static final String ALL_COMPLETED = "ALL_COMPLETED";

    static final StructSeq DONE_AND_NOT_DONE = new StructSeq("concurrent.futures._base", "DoneAndNotDoneFutures",
            "DoneAndNotDoneFutures", 2, "done", "not_done");

    /** The distinct futures of an iterable, in first-seen order (a set by identity, as CPython's). */
    static List<PyFuture> distinct(PyObject fs) {
        Set<PyFuture> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PyFuture> out = new ArrayList<>();
        for (PyObject o : Protocols.toArray(fs)) {
            if (!(o instanceof PyFuture f)) {
                throw Errors.attributeError("'%s' object has no attribute '_condition'", o.type().name());
            }
            if (seen.add(f)) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean doneOrNotified(PyFuture f) {
        PyFuture.State s = f.state();
        return s == PyFuture.State.CANCELLED_AND_NOTIFIED || s == PyFuture.State.FINISHED;
    }

    static PyObject wait(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse("wait", args, kw, new String[] {"fs", "timeout", "return_when"}, 1);
        List<PyFuture> fs = distinct(a[0]);
        String when = a[2] == null ? ALL_COMPLETED : Ops.strString(a[2]);
        long nanos = Timeouts.optionalNanos(a[1]);
        Set<PyFuture> done = new LinkedHashSet<>();
        for (PyFuture f : fs) {
            if (doneOrNotified(f)) {
                done.add(f);
            }
        }
        boolean ready = done.size() == fs.size()
                || when.equals(FIRST_COMPLETED) && !done.isEmpty()
                || when.equals(FIRST_EXCEPTION) && done.stream().anyMatch(f -> !f.isCancelled() && f.exceptionOrNull() != null);
        if (!ready) {
            FutureWaiter.Mode mode = switch (when) {
                case FIRST_COMPLETED -> FutureWaiter.Mode.FIRST_COMPLETED;
                case FIRST_EXCEPTION -> FutureWaiter.Mode.FIRST_EXCEPTION;
                case ALL_COMPLETED -> FutureWaiter.Mode.ALL_COMPLETED;
                default -> throw Errors.valueError("Invalid return condition: %s", Ops.reprString(a[2]));
            };
            FutureWaiter w = new FutureWaiter(mode, fs.size() - done.size());
            List<PyFuture> installed = new ArrayList<>();
            for (PyFuture f : fs) {
                if (!done.contains(f)) {
                    if (f.installWaiter(w)) {
                        installed.add(f);
                    } else {
                        // finished between the first look and now: report it as it finished
                        if (f.isCancelled()) {
                            w.addCancelled(f);
                        } else if (f.exceptionOrNull() != null) {
                            w.addException(f);
                        } else {
                            w.addResult(f);
                        }
                    }
                }
            }
            try {
                w.await(nanos);
            } finally {
                for (PyFuture f : installed) {
                    f.waiters.remove(w);
                }
            }
            done.addAll(w.drain());
        }
        PySet doneSet = new PySet();
        PySet notDone = new PySet();
        for (PyFuture f : fs) {
            (done.contains(f) ? doneSet : notDone).add(f);
        }
        return DONE_AND_NOT_DONE.make(doneSet, notDone);
    }

    static PyObject asCompleted(PyObject self, PyObject[] args, String[] kw) {
        PyObject[] a = ArgParse.parse("as_completed", args, kw, new String[] {"fs", "timeout"}, 1);
        long nanos = Timeouts.optionalNanos(a[1]);
        return new AsCompleted(distinct(a[0]), nanos);
    }

    /** The generator of {@code as_completed}: finished futures first, then each as it completes. */
    private static final class AsCompleted extends PyIterator {
        private final List<PyFuture> fs;
        private final long nanos;
        private final ArrayDeque<PyFuture> ready = new ArrayDeque<>();
        private final Set<PyFuture> pending = Collections.newSetFromMap(new IdentityHashMap<>());
        private FutureWaiter waiter;
        private long deadline;
        private boolean finished;

        AsCompleted(List<PyFuture> fs, long nanos) {
            super(PyExecutor.GENERATOR);
            this.fs = fs;
            this.nanos = nanos;
        }

        private void start() {
            deadline = Timeouts.deadline(nanos);
            waiter = new FutureWaiter(FutureWaiter.Mode.AS_COMPLETED, fs.size());
            for (PyFuture f : fs) {
                if (f.installWaiter(waiter)) {
                    pending.add(f);
                } else {
                    ready.add(f);
                }
            }
        }

        @Override
        public synchronized PyObject next() {
            if (finished) {
                return null;
            }
            if (waiter == null) {
                start();
            }
            while (ready.isEmpty()) {
                if (pending.isEmpty()) {
                    close();
                    return null;
                }
                long left = deadline == Long.MAX_VALUE ? -1 : deadline - System.nanoTime();
                if (left != -1 && left < 0) {
                    int n = pending.size();
                    close();
                    throw new PyException(ExceptionTypes.create(ExceptionTypes.TimeoutError,
                            PyStr.of(n + " (of " + fs.size() + ") futures unfinished")));
                }
                waiter.await(left);
                for (PyFuture f : waiter.drain()) {
                    if (pending.remove(f)) {
                        ready.add(f);
                    }
                }
                if (ready.isEmpty() && left != -1 && deadline - System.nanoTime() <= 0) {
                    int n = pending.size();
                    close();
                    throw new PyException(ExceptionTypes.create(ExceptionTypes.TimeoutError,
                            PyStr.of(n + " (of " + fs.size() + ") futures unfinished")));
                }
            }
            return ready.pollFirst();
        }

        private void close() {
            finished = true;
            for (PyFuture f : fs) {
                f.waiters.remove(waiter);
            }
        }
    }

}
