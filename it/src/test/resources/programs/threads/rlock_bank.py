# RLock re-entrancy and deadlock-free transfers using a global lock order.
import threading


class Account:
    def __init__(self, number, balance):
        self.number = number
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if amount > self.balance:
                return False
            self.balance -= amount
            return True

    def move_to(self, other, amount):
        first, second = sorted([self, other], key=lambda a: a.number)
        with first.lock:
            with second.lock:
                # withdraw() re-acquires self.lock, which this thread already holds
                if self.withdraw(amount):
                    other.deposit(amount)
                    return True
                return False


accounts = [Account(i, 1000) for i in range(5)]
outcomes = []
outcomes_lock = threading.Lock()


def trader(seed):
    ok = failed = 0
    x = seed
    for _ in range(2000):
        x = (x * 1103515245 + 12345) % 2**31
        a, b = x % 5, (x // 5) % 5
        if a == b:
            continue
        if accounts[a].move_to(accounts[b], x % 300):
            ok += 1
        else:
            failed += 1
    with outcomes_lock:
        outcomes.append((seed, ok + failed))


threads = [threading.Thread(target=trader, args=(s,)) for s in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("total money:", sum(a.balance for a in accounts))
print("attempts per trader:", sorted(outcomes))
print("no negative balances:", all(a.balance >= 0 for a in accounts))

rl = threading.RLock()
depth_log = []


def recurse(n):
    with rl:
        depth_log.append(n)
        if n:
            recurse(n - 1)


recurse(5)
print(depth_log)
rl.acquire()
rl.acquire()
rl.release()
rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

shared = []
guard = threading.RLock()


def nested_append(tag):
    with guard:
        with guard:
            shared.append(tag)


ts = [threading.Thread(target=nested_append, args=(i,)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(shared))


def holder_owns(lock):
    got = []
    t = threading.Thread(target=lambda: got.append(lock.acquire(blocking=False)))
    t.start()
    t.join()
    return got[0]


with rl:
    print("other thread can take held RLock:", holder_owns(rl))
print("other thread can take free RLock:", holder_owns(rl))
