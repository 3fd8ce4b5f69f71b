# atexit: handlers run in reverse registration order after the main module finishes, with their
# arguments; unregister removes every registration of a function; exceptions in handlers are
# reported on stderr without changing the exit status.
import atexit

log = []


def goodbye(name, *, punctuation="."):
    print(f"goodbye, {name}{punctuation}")


def never():
    print("this handler was unregistered")


def flush_log():
    print("log at exit:", log)


class FailingHandler:
    def __call__(self):
        raise RuntimeError("handler failure is reported, not fatal")

    def __repr__(self):
        return "<FailingHandler>"


failing_handler = FailingHandler()


atexit.register(goodbye, "first")
atexit.register(never)
atexit.register(failing_handler)
atexit.register(flush_log)
atexit.register(goodbye, "third", punctuation="!")
atexit.register(never)
atexit.unregister(never)


@atexit.register
def decorated():
    print("decorated handler runs first (registered last)")


for step in ["load", "process", "save"]:
    log.append(step)
    print("step", step)
print("main body done")
