# CPython 3.13 (PEP 702): the warnings.deprecated decorator. Decorating a function makes each
# call warn; decorating a class makes instantiating it, and subclassing it, warn. The message
# is kept in the __deprecated__ attribute (what type checkers read). Written from PEP 702.

class deprecated:
    """Mark a class, function or overload as deprecated.

    Using the decorated object emits *category* (DeprecationWarning by default) with *message*
    at *stacklevel* relative to the caller; with category=None nothing is emitted at run time.
    """

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError(f"Expected an object of type str for 'message', not {type(message).__name__!r}")
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        import functools
        from types import MethodType
        message, category, stacklevel = self.message, self.category, self.stacklevel
        if category is None:
            arg.__deprecated__ = message
            return arg
        if isinstance(arg, type):
            plain_new = arg.__new__ is object.__new__
            original_new = arg.__new__

            @functools.wraps(original_new)
            def __new__(cls, *args, **kwargs):
                if cls is arg:
                    warn(message, category=category, stacklevel=stacklevel + 1)
                if not plain_new:
                    return original_new(cls, *args, **kwargs)
                if cls.__init__ is object.__init__ and (args or kwargs):
                    raise TypeError(f"{cls.__name__}() takes no arguments")
                return original_new(cls)

            arg.__new__ = staticmethod(__new__)
            original_init_subclass = arg.__init_subclass__
            if isinstance(original_init_subclass, MethodType):
                underlying = original_init_subclass.__func__

                @functools.wraps(underlying)
                def __init_subclass__(*args, **kwargs):
                    warn(message, category=category, stacklevel=stacklevel + 1)
                    return underlying(*args, **kwargs)

                arg.__init_subclass__ = classmethod(__init_subclass__)
            else:
                @functools.wraps(original_init_subclass)
                def __init_subclass__(*args, **kwargs):
                    warn(message, category=category, stacklevel=stacklevel + 1)
                    return original_init_subclass(*args, **kwargs)

                arg.__init_subclass__ = __init_subclass__
            arg.__deprecated__ = __new__.__deprecated__ = message
            __init_subclass__.__deprecated__ = message
            return arg
        if callable(arg):
            @functools.wraps(arg)
            def wrapper(*args, **kwargs):
                warn(message, category=category, stacklevel=stacklevel + 1)
                return arg(*args, **kwargs)

            arg.__deprecated__ = wrapper.__deprecated__ = message
            return wrapper
        raise TypeError("@deprecated decorator with non-None category must be applied to "
                        f"a class or callable, not {arg!r}")


__all__.append("deprecated")
