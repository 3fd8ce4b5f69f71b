# Weft's multiprocessing runs each "process" as a thread of this process: there is no GIL,
# so threads already run in parallel, and the JVM cannot fork. Written for Weft (not CPython's
# multiprocessing/process.py); the API and the visible behaviour follow CPython 3.13's.

import itertools
import os
import sys
import threading

__all__ = ['BaseProcess', 'Process', 'current_process', 'active_children', 'parent_process']

_counter = itertools.count(1)
_children = set()
_children_lock = threading.Lock()
_current = threading.local()


def current_process():
    """The Process object of the calling thread's process (MainProcess outside any)."""
    return getattr(_current, 'process', _main_process)


def parent_process():
    return current_process()._parent


def active_children():
    """The started processes that have not ended yet (ended ones are forgotten, as joined)."""
    with _children_lock:
        for p in list(_children):
            if not p.is_alive() and p._started:
                _children.discard(p)
        return list(_children)


class BaseProcess:
    """A process of the multiprocessing API, run by a thread."""

    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        parent = current_process()
        count = next(_counter)
        self._identity = parent._identity + (count,)
        self._config = dict(parent._config)
        self._parent = parent
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._thread = None
        self._started = False
        if daemon is not None:
            self.daemon = daemon
        self._popen = None
        self._exitcode = None
        self._closed = False
        self._pid = None

    def run(self):
        """Method to be run in the process (override it, or pass target=)."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert not self._started, 'cannot start a process twice'
        assert self._parent is current_process(), 'can only start a process object created by current process'
        assert not current_process()._config.get('daemon'), 'daemonic processes are not allowed to have children'
        self._launch()

    def _launch(self):
        self._started = True
        self._thread = threading.Thread(target=self._bootstrap, name=self._name, daemon=self.daemon)
        with _children_lock:
            _children.add(self)
        self._thread.start()

    def _bootstrap(self):
        _current.process = self
        self._pid = threading.get_native_id()
        try:
            self.run()
            code = 0
        except SystemExit as e:
            if e.code is None:
                code = 0
            elif isinstance(e.code, int):
                code = e.code
            else:
                sys.stderr.write(str(e.code) + '\n')
                code = 1
        except BaseException:
            code = 1
            import traceback
            sys.stderr.write('Process %s:\n' % self.name)
            traceback.print_exc()
        finally:
            try:
                sys.stdout.flush()
            except Exception:
                pass
        self._exitcode = code

    def terminate(self):
        """Threads cannot be killed: a process that is still running says so."""
        self._check_closed()
        if self.is_alive():
            raise NotImplementedError('Process.terminate() of a running process is not supported by weft yet '
                                      '(multiprocessing runs processes as threads)')

    kill = terminate

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent is current_process(), 'can only join a child process'
        assert self._started, 'can only join a started process'
        self._thread.join(timeout)
        if not self._thread.is_alive():
            with _children_lock:
                _children.discard(self)

    def is_alive(self):
        self._check_closed()
        if self is _main_process:
            return True
        return self._started and self._thread.is_alive()

    def close(self):
        if self._started and self._thread.is_alive():
            raise ValueError('Cannot close a process while it is still running. '
                             'You should first call join() or terminate().')
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError('process object is closed')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert not self._started, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = bytes(authkey)

    @property
    def exitcode(self):
        self._check_closed()
        if not self._started or self._thread.is_alive():
            return None
        return self._exitcode

    @property
    def ident(self):
        self._check_closed()
        if self is _main_process:
            return os.getpid()
        return self._pid

    pid = ident

    @property
    def sentinel(self):
        raise NotImplementedError('Process.sentinel is not supported by weft yet (processes run as threads)')

    def __repr__(self):
        if self is _main_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif not self._started:
            status = 'initial'
        elif self._thread.is_alive():
            status = 'started'
        else:
            status = 'stopped'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._pid is not None:
            info.append('pid=%s' % self._pid)
        if self._parent is not None:
            info.append('parent=%s' % self._parent.ident)
        info.append(status)
        if status == 'stopped':
            info.append('exitcode=%s' % self._exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


class Process(BaseProcess):
    pass


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._name = 'MainProcess'
        self._parent = None
        self._config = {'authkey': os.urandom(32), 'semprefix': '/mp'}
        self._started = True
        self._closed = False
        self._pid = None
        self._thread = None


_main_process = _MainProcess()
