# CPython 3.13: copy.replace() and the __replace__ protocol it relies on.

def replace(obj, /, **changes):
    """Return a new object of the same type as obj with the given fields changed.

    The type must define __replace__ (named tuples, data classes, datetime.date/time/datetime,
    types.SimpleNamespace and code objects do in 3.13); it receives the changes as keywords.
    """
    cls = obj.__class__
    make_changed = getattr(cls, '__replace__', None)
    if make_changed is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return make_changed(obj, **changes)


__all__.append('replace')
