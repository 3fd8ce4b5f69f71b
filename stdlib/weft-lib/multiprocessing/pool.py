# Pool and ThreadPool for Weft's multiprocessing: workers are threads (processes in name),
# which run in parallel because Weft has no GIL. Written for Weft; the API, the results and
# the errors follow CPython 3.13's multiprocessing.pool.

import itertools
import os
import queue
import threading

from . import process
from .context import TimeoutError

__all__ = ['Pool', 'ThreadPool', 'AsyncResult', 'ApplyResult', 'MapResult', 'IMapIterator']

RUN, CLOSE, TERMINATE = 0, 1, 2
_STOP = object()
_job_counter = itertools.count()


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


class _Worker(process.BaseProcess):
    """A pool worker: takes (job, index, func, args, kwds) tasks until told to stop."""

    def __init__(self, pool, name_prefix):
        super().__init__(name=None, daemon=True)
        self._identity = pool._creator._identity + self._identity[-1:]
        self._parent = pool._creator
        self._name = name_prefix + '-' + ':'.join(str(i) for i in self._identity)
        self._pool = pool

    def start(self):
        self._launch()  # a replacement worker is started by the worker it replaces

    def run(self):
        pool = self._pool
        if pool._initializer is not None:
            pool._initializer(*pool._initargs)
        done = 0
        while pool._maxtasks is None or done < pool._maxtasks:
            task = pool._tasks.get()
            if task is _STOP:
                break
            job, i, func, args, kwds = task
            try:
                result = (True, func(*args, **kwds))
            except Exception as e:
                result = (False, e)
            done += 1
            pool._deliver(job, i, result)
        pool._worker_exited(self)


class Pool:
    """A pool of worker processes (threads here) that run tasks submitted to it."""

    _worker_name = 'ForkPoolWorker'

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasks = maxtasksperchild
        self._tasks = queue.SimpleQueue()
        self._cache = {}
        self._lock = threading.Lock()
        self._state = RUN
        self._pool = []
        self._creator = process.current_process()
        with self._lock:
            for _ in range(processes):
                self._start_worker()

    def _start_worker(self):
        w = _Worker(self, self._worker_name)
        self._pool.append(w)
        w.start()

    def _worker_exited(self, w):
        with self._lock:
            if w in self._pool:
                self._pool.remove(w)
            if self._state == RUN:
                self._start_worker()  # maxtasksperchild: a fresh worker takes its place

    def _deliver(self, job, i, result):
        with self._lock:
            r = self._cache.get(job)
        if r is not None:
            r._set(i, result)

    def __repr__(self):
        state = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}[self._state]
        return f'<{self.__class__.__module__}.{self.__class__.__qualname__} state={state} pool_size={len(self._pool)}>'

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, result, tasks):
        with self._lock:
            self._cache[result._job] = result
        for t in tasks:
            self._tasks.put(t)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result, [(result._job, 0, func, args, kwds)])
        return result

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4 or 1)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        chunks = list(_chunks(func, iterable, chunksize))
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        self._submit(result, [(result._job, i, mapper, (c,), {}) for i, c in enumerate(chunks)])
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, IMapIterator)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(func, iterable, chunksize, IMapUnorderedIterator)

    def _imap(self, func, iterable, chunksize, kind):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        chunks = list(_chunks(func, list(iterable), chunksize))
        result = kind(self, len(chunks), chunksize > 1)
        self._submit(result, [(result._job, i, mapstar, (c,), {}) for i, c in enumerate(chunks)])
        return result

    def close(self):
        with self._lock:
            if self._state == RUN:
                self._state = CLOSE
                for _ in self._pool:
                    self._tasks.put(_STOP)

    def terminate(self):
        """Stops the pool: queued tasks are dropped; running tasks finish in the background."""
        with self._lock:
            self._state = TERMINATE
            try:
                while True:
                    self._tasks.get_nowait()
            except queue.Empty:
                pass
            for _ in self._pool:
                self._tasks.put(_STOP)

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        if self._state == TERMINATE:
            return
        while True:
            with self._lock:
                workers = list(self._pool)
            if not workers:
                return
            for w in workers:
                w.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


def _chunks(func, items, size):
    if size == 0:
        return
    for i in range(0, len(items), size):
        yield (func, items[i:i + size])


class ApplyResult:
    """The result of apply_async: get(), wait(), ready(), successful()."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._callback = callback
        self._error_callback = error_callback

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        self._finish()

    def _finish(self):
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        with self._pool._lock:
            self._pool._cache.pop(self._job, None)
        self._pool = None


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        self._left = 0 if chunksize <= 0 else length // chunksize + bool(length % chunksize)
        self._parts_lock = threading.Lock()
        if self._left == 0:
            self._finish()

    def _set(self, i, success_result):
        success, result = success_result
        with self._parts_lock:
            if success and self._success:
                self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            elif not success and self._success:
                self._success = False
                self._value = result
            self._left -= 1
            finished = self._left == 0
        if finished:
            self._finish()


class IMapIterator:
    """The iterator imap returns: results in order, as they become available."""

    def __init__(self, pool, chunks, chunked):
        self._pool = pool
        self._job = next(_job_counter)
        self._cond = threading.Condition()
        self._items = {}
        self._next = 0
        self._chunks = chunks
        self._received = 0
        self._chunked = chunked
        self._pending = []

    def __iter__(self):
        return self

    def _set(self, i, obj):
        with self._cond:
            self._items[i] = obj
            self._received += 1
            self._cond.notify_all()
            if self._received == self._chunks:
                with self._pool._lock:
                    self._pool._cache.pop(self._job, None)

    def _take(self, timeout):
        with self._cond:
            if self._next >= self._chunks:
                raise StopIteration
            if not self._cond.wait_for(lambda: self._next in self._items, timeout):
                raise TimeoutError
            item = self._items.pop(self._next)
            self._next += 1
            return item

    def next(self, timeout=None):
        while not self._pending:
            success, value = self._take(timeout)
            if not success:
                raise value
            self._pending = list(value)
        return self._pending.pop(0)

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    """Results in the order they complete."""

    def _take(self, timeout):
        with self._cond:
            if self._next >= self._chunks:
                raise StopIteration
            if not self._cond.wait_for(lambda: self._items, timeout):
                raise TimeoutError
            key = next(iter(self._items))
            self._next += 1
            return self._items.pop(key)


class ThreadPool(Pool):
    """multiprocessing.pool.ThreadPool: the same pool, its workers named as CPython's threads."""

    _worker_name = 'Thread'

    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, initargs)
