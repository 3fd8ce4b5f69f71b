def fail(n):
    if n == 2:
        raise TypeError(f"bad {n}")
    raise ValueError(f"bad {n}")

def collect():
    errors = []
    for n in range(3):
        try:
            fail(n)
        except Exception as e:
            e.add_note(f"while handling item {n}")
            errors.append(e)
    inner = ExceptionGroup("inner", [KeyError("k")])
    try:
        raise OSError("disk")
    except OSError as ose:
        try:
            raise RuntimeError("wrapped") from ose
        except RuntimeError as r:
            errors.append(r)
    raise ExceptionGroup("batch failed", errors + [inner])

collect()
