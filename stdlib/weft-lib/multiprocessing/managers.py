# Managers of Weft's multiprocessing: its processes are threads that share memory, so a
# manager hands out the objects themselves (a dict is a dict) instead of proxies to a server
# process; their operations are atomic as Weft's containers are. Written for Weft; the API
# follows CPython 3.13's multiprocessing.managers.

import threading

from . import process, queues, sharedctypes, synchronize

__all__ = ['BaseManager', 'SyncManager', 'Namespace', 'Value', 'Array']


class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith('_'):
                temp.append('%s=%r' % (name, value))
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)

    value = property(get, set)


def Array(typecode, sequence, lock=True):
    return sharedctypes.RawArray(typecode, sequence)


class BaseManager:
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        self._address = address
        self._state = 'initial'

    def start(self, initializer=None, initargs=()):
        if self._state == 'started':
            raise ProcessLookupError('Already started server')
        if initializer is not None:
            initializer(*initargs)
        next(process._counter)  # CPython's manager is a server process: later processes are numbered after it
        self._state = 'started'

    def connect(self):
        self._state = 'started'

    def get_server(self):
        raise NotImplementedError('manager servers are not supported by weft yet '
                                  '(multiprocessing runs processes as threads)')

    def shutdown(self):
        self._state = 'shutdown'

    def join(self, timeout=None):
        pass

    @property
    def address(self):
        return self._address

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        if self._state != 'started':
            raise OSError("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = dict(cls._registry)
        cls._registry[typeid] = callable
        if create_method and callable is not None:
            def create(self, /, *args, **kwds):
                return callable(*args, **kwds)
            create.__name__ = typeid
            setattr(cls, typeid, create)


class SyncManager(BaseManager):
    pass


for _name, _callable in [('Queue', queues.Queue), ('JoinableQueue', queues.JoinableQueue),
                         ('Event', synchronize.Event), ('Lock', synchronize.Lock), ('RLock', synchronize.RLock),
                         ('Semaphore', synchronize.Semaphore),
                         ('BoundedSemaphore', synchronize.BoundedSemaphore),
                         ('Condition', synchronize.Condition), ('Barrier', synchronize.Barrier),
                         ('dict', dict), ('list', list), ('Namespace', Namespace), ('Value', Value),
                         ('Array', Array)]:
    SyncManager.register(_name, _callable)


def _pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
    from .pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


SyncManager.Pool = _pool
del _name, _callable, _pool
