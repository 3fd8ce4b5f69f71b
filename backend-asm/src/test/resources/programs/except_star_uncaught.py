def task(n):
    if n % 3 == 0:
        raise ValueError(f"task {n} bad value")
    if n % 3 == 1:
        raise KeyError(n)
    return n

def run_all():
    errors = []
    for n in range(4):
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("tasks failed", errors)

try:
    run_all()
except* ValueError as eg:
    print("handled", [str(e) for e in eg.exceptions])
    raise
except* KeyError as eg:
    print("keys", [e.args[0] for e in eg.exceptions])
    raise RuntimeError("key trouble")
