# 3.13: every dataclass gets __replace__, what copy.replace() calls; it does what replace() does.
def _replace(self, /, **changes):
    return replace(self, **changes)


_process_class_without_replace = _process_class


def _process_class(cls, *args):
    cls = _process_class_without_replace(cls, *args)
    if '__replace__' not in cls.__dict__:
        cls.__replace__ = _replace
    return cls
