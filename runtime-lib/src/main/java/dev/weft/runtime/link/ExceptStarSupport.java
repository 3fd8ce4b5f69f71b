package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyBaseExceptionGroup;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * {@code try}/{@code except*}: what {@code except_star_match} (CPython's
 * {@code CHECK_EG_MATCH}) and {@code prep_reraise_star} ({@code _PyExc_PrepReraiseStar})
 * compile to.
 *
 * <p>A traceback here is the stack of the Java exception that last carried an exception.
 * The parts split off a caught group get carriers with the group's stack, so that a part
 * re-raised with a bare {@code raise} is recognised as re-raised (same metadata as the
 * original) and printed with the original's frames, as CPython's parts share the original's
 * traceback.
 */
public final class ExceptStarSupport {
    private ExceptStarSupport() { }

    /** {@code {match, rest}} of {@code exception} for an {@code except* type} clause. */
    public static PyObject[] match(PyObject exception, PyObject type) {
        checkType(type);
        if (exception == PyNone.NONE) {
            return new PyObject[] {PyNone.NONE, PyNone.NONE};
        }
        PyBaseException exc = (PyBaseException) exception;
        if (ExceptionSupport.matches(exc, type)) {
            if (exc instanceof PyBaseExceptionGroup) {
                return new PyObject[] {exc, PyNone.NONE};
            }
            PyObject wrapped = Calls.call2(ExceptionTypes.BaseExceptionGroup, PyStr.EMPTY, PyTuple.of(exc));
            // Re-raised as is by a bare raise, it shows the callers' frames only, as in CPython.
            PyBaseException w = (PyBaseException) wrapped;
            withCallersStack(w);
            return new PyObject[] {wrapped, PyNone.NONE};
        }
        if (exc instanceof PyBaseExceptionGroup) {
            PyObject pair = Ops.callMethod(exc, "split", type);
            if (!(pair instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("%s.split must return a 2-tuple, got %s", exc.type().name(),
                        pair.type().name());
            }
            PyObject match = t.get(0);
            PyObject rest = t.get(1);
            inheritCarrier(match, exc);
            inheritCarrier(rest, exc);
            return new PyObject[] {match, rest};
        }
        return new PyObject[] {PyNone.NONE, exc};
    }

    private static void checkType(PyObject type) {
        if (type instanceof PyTuple t) {
            for (int k = 0; k < t.size(); k++) {
                checkOne(t.get(k));
            }
        } else {
            checkOne(type);
        }
    }

    private static void checkOne(PyObject type) {
        if (!(type instanceof PyType t) || !t.isSubtypeOf(ExceptionTypes.BaseException)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        if (t.isSubtypeOf(ExceptionTypes.BaseExceptionGroup)) {
            throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /** Gives a part split off {@code original} a carrier with the original's stack. */
    private static void inheritCarrier(PyObject part, PyBaseException original) {
        PyException carrier = original.lastThrown();
        if (part instanceof PyBaseException p && p != original && carrier != null) {
            PyException c = new PyException(p);
            c.setStackTrace(carrier.getStackTrace());
        }
    }

    /**
     * What the {@code try}/{@code except*} statement raises: None, or the exception that
     * combines the clauses' raised exceptions and the unhandled rest ({@code raised}, a list).
     */
    public static PyObject prepReraise(PyObject original, PyObject raised) {
        PyObject[] items = ((PyList) raised).toArray();
        if (items.length == 0) {
            return PyNone.NONE;
        }
        if (!(original instanceof PyBaseExceptionGroup orig)) {
            // A naked exception was wrapped: at most one clause ran.
            return items[0];
        }
        List<PyObject> raisedNew = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (PyObject e : items) {
            if (e == PyNone.NONE) {
                continue;
            }
            (sameMetadata((PyBaseException) e, orig) ? reraised : raisedNew).add(e);
        }
        PyObject reraisedPart = projection(orig, reraised);
        if (raisedNew.isEmpty()) {
            return reraisedPart;
        }
        List<PyObject> keep = new ArrayList<>(raisedNew);
        if (reraisedPart != PyNone.NONE) {
            keep.add(reraisedPart);
        }
        if (keep.size() == 1) {
            return keep.get(0);
        }
        PyObject group = Calls.call2(ExceptionTypes.BaseExceptionGroup, PyStr.EMPTY,
                new PyList(keep.toArray(new PyObject[0])));
        withCallersStack((PyBaseException) group);
        return group;
    }

    /**
     * Gives a group the statement re-raises a carrier whose stack starts at the caller of the
     * current Python function: CPython re-raises it without a traceback entry for this frame,
     * and the frames it then unwinds through add theirs.
     */
    private static void withCallersStack(PyBaseException group) {
        PyException carrier = new PyException(group);
        StackTraceElement[] st = carrier.getStackTrace();
        int k = 0;
        while (k < st.length && (st[k].getFileName() == null || !st[k].getFileName().endsWith(".py"))) {
            k++;
        }
        carrier.setStackTrace(java.util.Arrays.copyOfRange(st, Math.min(k + 1, st.length), st.length));
    }

    /**
     * CPython compares the traceback, cause, context and notes objects. Here the traceback is
     * the carrier's stack: a part re-raised with a bare {@code raise} still has the carrier with
     * the original's stack it got when split off; {@code raise part} gives it a new one.
     */
    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return sameStack(a.lastThrown(), b.lastThrown()) && a.cause() == b.cause() && a.context() == b.context()
                && notes(a) == notes(b);
    }

    private static boolean sameStack(PyException a, PyException b) {
        if (a == b) {
            return true;
        }
        return a != null && b != null && java.util.Arrays.equals(a.getStackTrace(), b.getStackTrace());
    }

    private static PyObject notes(PyBaseException e) {
        return e.instanceDict().getItemOrNull(PyStr.intern("__notes__"));
    }

    /** {@code original} restricted to the leaves of {@code keep} (by identity), keeping its nesting; None when empty. */
    private static PyObject projection(PyBaseExceptionGroup original, List<PyObject> keep) {
        if (keep.isEmpty()) {
            return PyNone.NONE;
        }
        Set<PyObject> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject e : keep) {
            collectLeaves(e, leaves);
        }
        PyObject part = original.subgroup(leaves::contains);
        inheritCarrier(part, original);
        return part;
    }

    private static void collectLeaves(PyObject e, Set<PyObject> leaves) {
        if (e instanceof PyBaseExceptionGroup g) {
            for (PyObject sub : g.exceptions().toArray()) {
                collectLeaves(sub, leaves);
            }
        } else {
            leaves.add(e);
        }
    }
}
