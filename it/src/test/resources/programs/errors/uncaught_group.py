# An uncaught ExceptionGroup: CPython renders it as a tree on stderr.


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    if value > 100:
        raise OverflowError(f"too large: {value}")
    return value


errors = []
for v in [5, -1, 50, 300, -7]:
    try:
        print("ok", check(v))
    except (ValueError, OverflowError) as e:
        errors.append(e)
raise ExceptionGroup("validation failed", errors)
