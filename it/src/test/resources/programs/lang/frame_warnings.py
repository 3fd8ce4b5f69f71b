"""A warnings-like reporter built on sys._getframe: messages name the file, line and function
of the caller a given number of levels up, and a registry shows each location's message once."""

import sys

_seen = set()
_log = []


def warn(message, category="UserWarning", stacklevel=1):
    frame = sys._getframe(stacklevel)
    code = frame.f_code
    filename = code.co_filename.rsplit("/", 1)[-1]
    key = (filename, frame.f_lineno, message)
    module = frame.f_globals.get("__name__")
    if key in _seen:
        _log.append("suppressed " + str(key[1:]))
        return
    _seen.add(key)
    print("{}:{}: {}: {} (in {}, module {})".format(filename, frame.f_lineno, category, message,
                                                    code.co_name, module))


def deprecated(func):
    def wrapper(*args, **kwargs):
        warn("{} is deprecated".format(func.__name__), "DeprecationWarning", stacklevel=2)
        return func(*args, **kwargs)
    return wrapper


@deprecated
def old_sum(values):
    return sum(values)


def stack_names():
    names = []
    frame = sys._getframe(1)
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def level3():
    return stack_names()


def level2():
    return level3()


def level1():
    return level2()


def caller_module():
    return sys._getframemodulename(1)


print(old_sum([1, 2, 3]))
for i in range(3):
    print(old_sum(range(i)))
warn("direct call")
warn("from module level", stacklevel=1)
print(level1())


class Widget:
    def __init__(self):
        warn("Widget() is experimental", stacklevel=2)

    def method(self):
        return stack_names()[:2]


Widget()
Widget()
print(Widget().method())
print(caller_module(), sys._getframe().f_globals is globals(), sys._getframe().f_back)
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)

namespace = {"__name__": "plugin", "warn": warn}
exec("def hook():\n    warn('plugin hook called', stacklevel=1)\n\nhook()\nhook()\n", namespace)
print(sys._getframemodulename(0), len(_log), _log)
