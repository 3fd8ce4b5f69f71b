# SystemExit is an exception: it can be caught and inspected; the last one escapes with a message
# on stderr and exit status 1.
import sys

for arg in [0, 3, None, "text message", (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(f"sys.exit({arg!r}) -> code={e.code!r} args={e.args}")

try:
    raise SystemExit(7)
except SystemExit as e:
    print("raise SystemExit(7):", e.code, isinstance(e, Exception), isinstance(e, BaseException))


def guarded(fn):
    try:
        fn()
    except Exception as e:
        return f"Exception handler caught {type(e).__name__}"
    except BaseException as e:
        return f"only BaseException handler caught {type(e).__name__}({e.code})"
    return "returned normally"


print(guarded(lambda: sys.exit(5)))
print(guarded(lambda: int("z")))
print(guarded(lambda: None))
sys.stdout.flush()
sys.exit("fatal: configuration incomplete")
