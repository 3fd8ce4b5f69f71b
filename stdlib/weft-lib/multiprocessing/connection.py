# Connections of Weft's multiprocessing: Pipe() joins two Connection objects through queues
# (its processes are threads). Written for Weft; the API follows CPython 3.13's
# multiprocessing.connection for Pipe and Connection.

import pickle
import queue
import time

__all__ = ['Pipe', 'Connection', 'wait']

_EOF = object()


class Connection:
    def __init__(self, incoming, outgoing, readable=True, writable=True):
        self._in = incoming
        self._out = outgoing
        self._readable = readable
        self._writable = writable
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise OSError("handle is closed")

    def _check_readable(self):
        if not self._readable:
            raise OSError("connection is write-only")

    def _check_writable(self):
        if not self._writable:
            raise OSError("connection is read-only")

    def send(self, obj):
        self._check_closed()
        self._check_writable()
        self._out.put(pickle.dumps(obj))

    def send_bytes(self, buf, offset=0, size=None):
        self._check_closed()
        self._check_writable()
        m = memoryview(buf).cast('B')
        n = len(m)
        if offset < 0:
            raise ValueError("offset is negative")
        if n < offset:
            raise ValueError("buffer length < offset")
        if size is None:
            size = n - offset
        elif size < 0:
            raise ValueError("size is negative")
        elif offset + size > n:
            raise ValueError("buffer length < offset + size")
        self._out.put(bytes(m[offset:offset + size]))

    def _take(self):
        self._check_closed()
        self._check_readable()
        item = self._in.get()
        if item is _EOF:
            self._in.put(_EOF)
            raise EOFError
        return item

    def recv(self):
        return pickle.loads(self._take())

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError("negative maxlength")
        data = self._take()
        if maxlength is not None and len(data) > maxlength:
            raise OSError("bad message length")
        return data

    def poll(self, timeout=0.0):
        self._check_closed()
        self._check_readable()
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            if not self._in.empty():
                return True
            if deadline is not None and time.monotonic() >= deadline:
                return False
            time.sleep(0.001)

    def close(self):
        if not self._closed:
            self._closed = True
            if self._writable:
                self._out.put(_EOF)

    @property
    def closed(self):
        return self._closed

    @property
    def readable(self):
        return self._readable

    @property
    def writable(self):
        return self._writable

    def fileno(self):
        raise NotImplementedError('Connection.fileno() is not supported by weft yet '
                                  '(multiprocessing runs processes as threads)')

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    a, b = queue.SimpleQueue(), queue.SimpleQueue()
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None, True, False), Connection(None, a, False, True)


def wait(object_list, timeout=None):
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        ready = [c for c in object_list if isinstance(c, Connection) and not c._in.empty()]
        if ready or (deadline is not None and time.monotonic() >= deadline):
            return ready
        time.sleep(0.001)
