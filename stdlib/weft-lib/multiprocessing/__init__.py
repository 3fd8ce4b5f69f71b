# Weft's multiprocessing: the multiprocessing API with its processes run as threads of this
# process. Weft has no GIL, so they run in parallel on all cores, as CPython's processes do,
# without pickling arguments or copying memory. What differs from processes: they share
# memory (a child's change to a global is seen by the parent), os.getpid() is the same in all
# of them, and a running process cannot be terminated. Written for Weft (CPython's
# multiprocessing needs fork or spawn, which the JVM cannot do); the API follows CPython 3.13's.

import sys

from . import context

__all__ = [x for x in dir(context._default_context) if not x.startswith('_')]

globals().update((name, getattr(context._default_context, name)) for name in __all__)

SUBDEBUG = 5
SUBWARNING = 25

sys.modules.setdefault('__mp_main__', sys.modules.get('__main__'))
