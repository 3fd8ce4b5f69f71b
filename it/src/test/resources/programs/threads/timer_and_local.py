# threading.Timer (fired and cancelled) and threading.local per-thread state.
import threading

fired = []
t1 = threading.Timer(0.01, fired.append, args=("first timer",))
t2 = threading.Timer(10.0, fired.append, args=("cancelled timer",))
t1.start()
t2.start()
t2.cancel()
t1.join()
t2.join()
print(fired, t1.is_alive(), t2.is_alive(), t2.finished.is_set())

done = threading.Event()
kw_result = {}


def with_kwargs(a, b=0, *, c):
    kw_result["value"] = a + b + c
    done.set()


threading.Timer(0.0, with_kwargs, args=(1,), kwargs={"b": 2, "c": 3}).start()
done.wait()
print("timer kwargs result:", kw_result)

context = threading.local()
context.name = "main"
report = []
report_lock = threading.Lock()


def handle_request(user, items):
    context.name = user
    context.cart = []
    for item in items:
        add_to_cart(item)
    with report_lock:
        report.append((context.name, tuple(context.cart), getattr(context, "missing", "n/a")))


def add_to_cart(item):
    context.cart.append(f"{item}@{context.name}")


users = {"ann": ["pen", "ink"], "bob": ["cup"], "cy": ["hat", "bag", "box"], "dee": []}
threads = [threading.Thread(target=handle_request, args=(u, items)) for u, items in users.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
for row in sorted(report):
    print(row)
print("main still sees:", context.name, hasattr(context, "cart"))


class Session(threading.local):
    def __init__(self, prefix):
        self.prefix = prefix
        self.counter = 0

    def next_id(self):
        self.counter += 1
        return f"{self.prefix}-{self.counter}"


session = Session("req")
ids = {}
ids_lock = threading.Lock()


def issue(n):
    got = [session.next_id() for _ in range(n)]
    with ids_lock:
        ids[n] = got


ts = [threading.Thread(target=issue, args=(n,)) for n in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(ids.items()), session.next_id(), session.next_id())

order = []
order_lock = threading.Lock()
timers = [threading.Timer(0.0, lambda n=n: (order_lock.acquire(), order.append(n), order_lock.release())) for n in range(5)]
for t in timers:
    t.start()
for t in timers:
    t.join()
print(sorted(order))
