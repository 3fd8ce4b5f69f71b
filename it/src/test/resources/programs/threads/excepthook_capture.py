# Exceptions escaping thread targets go to threading.excepthook; a custom hook collects them.
import threading

captured = []
hook_lock = threading.Lock()


def collecting_hook(args):
    with hook_lock:
        captured.append((args.thread.name, args.exc_type.__name__, str(args.exc_value)))


threading.excepthook = collecting_hook


def risky(n):
    if n % 3 == 0:
        raise ValueError(f"bad input {n}")
    if n % 5 == 0:
        raise KeyError(n)
    results.append(n * n)


results = []
threads = [threading.Thread(target=risky, args=(n,), name=f"risky-{n:02d}") for n in range(1, 13)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("results:", sorted(results))
for entry in sorted(captured):
    print("captured:", entry)
print("threads alive:", sum(t.is_alive() for t in threads))


class ResultThread(threading.Thread):
    """A thread that stores the target's result or exception for the joiner."""

    def __init__(self, fn, *args):
        super().__init__()
        self.fn, self.args = fn, args
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = self.fn(*self.args)
        except BaseException as e:
            self.error = e

    def get(self):
        self.join()
        if self.error is not None:
            raise self.error
        return self.result


def divide(a, b):
    return a // b


workers = [ResultThread(divide, 100, d) for d in [7, 0, 3, -4]]
for w in workers:
    w.start()
for w in workers:
    try:
        print("result:", w.get())
    except ZeroDivisionError as e:
        print("joiner re-raised:", type(e).__name__, e)

threading.excepthook = threading.__excepthook__
print("hook restored:", threading.excepthook is threading.__excepthook__)
