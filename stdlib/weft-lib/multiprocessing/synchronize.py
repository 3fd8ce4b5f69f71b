# Synchronisation primitives of Weft's multiprocessing: its processes are threads, so these
# wrap threading's, with multiprocessing's signatures (acquire(block=True, timeout=None),
# Semaphore.get_value()) and reprs. Written for Weft; the API follows CPython 3.13's.

import threading

from threading import Event, Barrier

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']


def _timeout(block, timeout):
    if not block:
        return False, -1
    return True, -1 if timeout is None else max(timeout, 0)


class _Acquirable:
    def acquire(self, block=True, timeout=None):
        blocking, t = _timeout(block, timeout)
        return self._inner.acquire(blocking, t)

    def release(self):
        self._inner.release()

    def __enter__(self):
        return self._inner.__enter__()

    def __exit__(self, *args):
        return self._inner.__exit__(*args)


class Lock(_Acquirable):
    def __init__(self, *, ctx=None):
        self._inner = threading.Lock()
        self._owner = None

    def acquire(self, block=True, timeout=None):
        got = super().acquire(block, timeout)
        if got:
            self._owner = threading.current_thread()
        return got

    def release(self):
        self._owner = None
        super().release()

    def __enter__(self):
        self.acquire()
        return True

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        if not self._inner.locked():
            name = 'None'
        elif self._owner is threading.current_thread():
            name = 'MainProcess' if self._owner is threading.main_thread() else self._owner.name
        else:
            name = 'SomeOtherThread'
        return '<%s(owner=%s)>' % (type(self).__name__, name)


class RLock(_Acquirable):
    def __init__(self, *, ctx=None):
        self._inner = threading.RLock()

    def __repr__(self):
        return '<%s(None, 0)>' % type(self).__name__


class Semaphore:
    """A counting semaphore whose value can be read (get_value), as multiprocessing's."""

    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = threading.Condition(threading.Lock())
        self._value = value
        self._max = None

    def acquire(self, block=True, timeout=None):
        with self._cond:
            if not block:
                timeout = 0
            if not self._cond.wait_for(lambda: self._value > 0, timeout):
                return False
            self._value -= 1
            return True

    def release(self):
        with self._cond:
            if self._max is not None and self._value >= self._max:
                raise ValueError('semaphore or lock released too many times')
            self._value += 1
            self._cond.notify()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def get_value(self):
        return self._value

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self._value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        super().__init__(value)
        self._max = value

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self._value, self._max)


class Condition:
    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._cond = threading.Condition(self._lock._inner if isinstance(self._lock, _Acquirable) else self._lock)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        return self._cond.wait(timeout)

    def wait_for(self, predicate, timeout=None):
        return self._cond.wait_for(predicate, timeout)

    def notify(self, n=1):
        self._cond.notify(n)

    def notify_all(self):
        self._cond.notify_all()
