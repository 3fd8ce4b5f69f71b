# The start-method contexts of Weft's multiprocessing. Every context runs processes as threads
# (Weft has no GIL and the JVM cannot fork); the start method is remembered and reported, so
# programs that choose one run unchanged. Written for Weft; the API follows CPython 3.13's.

import os

__all__ = ['BaseContext', 'get_context', 'set_start_method', 'get_start_method', 'get_all_start_methods',
           'ProcessError', 'BufferTooShort', 'TimeoutError', 'AuthenticationError']


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


_METHODS = ('fork', 'spawn', 'forkserver')


class BaseContext:
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    def __init__(self, method=None):
        self._name = method

    def get_start_method(self, allow_none=False):
        return self._name

    @staticmethod
    def cpu_count():
        num = os.cpu_count()
        if num is None:
            raise NotImplementedError('cannot determine number of cpus')
        return num

    @staticmethod
    def current_process():
        from .process import current_process
        return current_process()

    @staticmethod
    def parent_process():
        from .process import parent_process
        return parent_process()

    @staticmethod
    def active_children():
        from .process import active_children
        return active_children()

    @property
    def Process(self):
        from .process import Process
        return Process

    def Manager(self):
        from .managers import SyncManager
        m = SyncManager(ctx=self.get_context())
        m.start()
        return m

    def Pipe(self, duplex=True):
        from .connection import Pipe
        return Pipe(duplex)

    def Lock(self):
        from .synchronize import Lock
        return Lock()

    def RLock(self):
        from .synchronize import RLock
        return RLock()

    def Condition(self, lock=None):
        from .synchronize import Condition
        return Condition(lock)

    def Semaphore(self, value=1):
        from .synchronize import Semaphore
        return Semaphore(value)

    def BoundedSemaphore(self, value=1):
        from .synchronize import BoundedSemaphore
        return BoundedSemaphore(value)

    def Event(self):
        from .synchronize import Event
        return Event()

    def Barrier(self, parties, action=None, timeout=None):
        from .synchronize import Barrier
        return Barrier(parties, action, timeout)

    def Queue(self, maxsize=0):
        from .queues import Queue
        return Queue(maxsize)

    def JoinableQueue(self, maxsize=0):
        from .queues import JoinableQueue
        return JoinableQueue(maxsize)

    def SimpleQueue(self):
        from .queues import SimpleQueue
        return SimpleQueue()

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        from .pool import Pool
        pool = Pool(processes, initializer, initargs, maxtasksperchild, context=self.get_context())
        return pool

    def RawValue(self, typecode_or_type, *args):
        from .sharedctypes import RawValue
        return RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        from .sharedctypes import RawArray
        return RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        from .sharedctypes import Value
        return Value(typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        from .sharedctypes import Array
        return Array(typecode_or_type, size_or_initializer, lock=lock)

    def freeze_support(self):
        pass

    def get_logger(self):
        import logging
        return logging.getLogger('multiprocessing')

    def log_to_stderr(self, level=None):
        import logging
        logger = self.get_logger()
        if not logger.handlers:
            handler = logging.StreamHandler()
            handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
            logger.addHandler(handler)
        if level:
            logger.setLevel(level)
        return logger

    def allow_connection_pickling(self):
        pass

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    def get_context(self, method=None):
        if method is None:
            return self
        if method not in _METHODS:
            raise ValueError('cannot find context for %r' % method)
        return _contexts[method]

    def get_all_start_methods(self):
        return list(_METHODS)

    @property
    def reducer(self):
        from . import reduction
        return reduction


class _MethodContext(BaseContext):
    """The context of one start method (ForkContext, SpawnContext...)."""


class DefaultContext(BaseContext):
    def __init__(self, default):
        super().__init__()
        self._default = default
        self._actual = None

    def get_context(self, method=None):
        if method is None:
            if self._actual is None:
                self._actual = self._default
            return self._actual
        return super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual = None
            return
        self._actual = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual is None:
            if allow_none:
                return None
            self._actual = self._default
        return self._actual._name

    def get_all_start_methods(self):
        return list(_METHODS)


_contexts = {m: type(m.capitalize() + 'Context', (_MethodContext,), {})(m) for m in _METHODS}
_default_context = DefaultContext(_contexts['fork'])  # CPython 3.13's default on Linux
