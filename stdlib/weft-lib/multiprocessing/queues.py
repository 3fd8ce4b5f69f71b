# Queues of Weft's multiprocessing (its processes are threads). Written for Weft; the API and
# the exceptions (queue.Empty, queue.Full) follow CPython 3.13's multiprocessing.queues.

import queue
import threading

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._queue = queue.Queue(maxsize)
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        self._queue.put(obj, block, timeout)

    def get(self, block=True, timeout=None):
        self._check_closed()
        return self._queue.get(block, timeout)

    def qsize(self):
        return self._queue.qsize()

    def empty(self):
        return self._queue.empty()

    def full(self):
        return self._queue.full()

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        self._queue.task_done()

    def join(self):
        self._queue.join()


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._queue = queue.SimpleQueue()
        self._closed = False

    def close(self):
        self._closed = True

    def empty(self):
        return self._queue.empty()

    def get(self):
        if self._closed:
            raise OSError("handle is closed")
        return self._queue.get()

    def put(self, obj):
        if self._closed:
            raise OSError("handle is closed")
        self._queue.put(obj)
