package dev.weft.runtime.modules.select;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.ResourceTable;
import dev.weft.runtime.modules.socket.SocketErrors;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code select}: select(), poll() and epoll over the sockets of _socket (Java NIO selectors).
 * kqueue and devpoll are absent, as on Linux, so selectors.DefaultSelector is EpollSelector.
 */
public final class SelectModule {
    private SelectModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("select", "This module supports asynchronous I/O on multiple file descriptors.\n\n"
                + "*** IMPORTANT NOTICE ***\n"
                + "On Windows, only sockets are supported; on Unix, all file descriptors.");
        for (String[] row : ResourceTable.read(SelectModule.class, "constants.tsv")) {
            m.put(row[0], PyInt.of(Long.parseLong(row[1])));
        }
        m.put("error", ExceptionTypes.OSError);
        m.put("epoll", PyEpoll.TYPE);
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "select");
        f.f0("poll", self -> new PyPoll());
        f.fn("select", 3, 4, (self, a) -> select(a[0], a[1], a[2], a[3]));
        return m;
    }

    private static PyObject select(PyObject r, PyObject w, PyObject x, PyObject timeout) {
        PyObject[][] lists = {seq(r), seq(w), seq(x)};
        long nanos = Descriptors.secondsTimeout(timeout);
        if (timeout != null && timeout != dev.weft.runtime.types.PyNone.NONE
                && dev.weft.runtime.modules.Timeouts.seconds(timeout) < 0) {
            throw dev.weft.runtime.exc.Errors.valueError("timeout must be non-negative");
        }
        FdWatch watch = new FdWatch(true);
        Map<Integer, List<PyObject>> byFd = new HashMap<>();
        int[] fds0 = fds(lists[0]);
        int[] fds1 = fds(lists[1]);
        int[] fds2 = fds(lists[2]);
        for (int[] fds : new int[][] {fds0, fds1, fds2}) {
            for (int fd : fds) {
                if (FdWatch.kindOf(fd) == FdWatch.Kind.NONE) {
                    throw SocketErrors.error(SocketErrors.EBADF);
                }
            }
        }
        Map<Integer, Integer> masks = new HashMap<>();
        for (int fd : fds0) {
            masks.merge(fd, FdWatch.POLLIN, (p, q) -> p | q);
        }
        for (int fd : fds1) {
            masks.merge(fd, FdWatch.POLLOUT, (p, q) -> p | q);
        }
        masks.forEach(watch::put);
        List<int[]> ready;
        try {
            try {
                ready = watch.poll(nanos, 0); // nothing to watch and no timeout: waits forever, as select(2)
            } finally {
                watch.close();
            }
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
        Map<Integer, Integer> events = new HashMap<>();
        for (int[] e : ready) {
            events.put(e[0], e[1]);
        }
        return PyTuple.of(pick(lists[0], fds0, events, FdWatch.POLLIN | FdWatch.POLLHUP | FdWatch.POLLERR),
                pick(lists[1], fds1, events, FdWatch.POLLOUT | FdWatch.POLLERR), new PyList());
    }

    private static PyObject[] seq(PyObject o) {
        return Protocols.toArray(o);
    }

    private static int[] fds(PyObject[] items) {
        int[] out = new int[items.length];
        for (int i = 0; i < items.length; i++) {
            out[i] = Descriptors.fd(items[i]);
        }
        return out;
    }

    private static PyList pick(PyObject[] items, int[] fds, Map<Integer, Integer> events, int want) {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            Integer ev = events.get(fds[i]);
            if (ev != null && (ev & want) != 0) {
                out.add(items[i]);
            }
        }
        return new PyList(out);
    }
}
