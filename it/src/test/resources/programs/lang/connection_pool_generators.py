"""A connection pool whose connections are lent out by generators.

`rows()` borrows a connection from the pool for as long as it produces rows and gives it
back in a `finally`. Callers stop reading early in many ways: zipping two row streams (zip
stops at the shorter one), `enumerate()` with a `break`, a `yield from` pipeline that
returns early, a search that returns from inside the loop, a dict comprehension that
raises. CPython gives every connection back the moment its generator is abandoned; the pool
checks that after each job nothing is leaked.
"""
from contextlib import contextmanager

trace = []


class Pool:
    def __init__(self, size):
        self.free = [f"conn{i}" for i in range(size)]
        self.lent = set()

    def acquire(self):
        conn = self.free.pop(0)
        self.lent.add(conn)
        trace.append(f"acquire {conn}")
        return conn

    def release(self, conn):
        self.lent.discard(conn)
        self.free.append(conn)
        trace.append(f"release {conn}")


pool = Pool(3)
TABLES = {
    "users": [("ann", 31), ("bob", 25), ("cid", 47), ("dee", 19)],
    "orders": [(1, "ann", 20.0), (2, "cid", 5.5), (3, "ann", 12.25)],
}


def rows(table):
    conn = pool.acquire()
    try:
        for row in TABLES[table]:
            trace.append(f"{conn} -> {row[0]}")
            yield row
    finally:
        pool.release(conn)


@contextmanager
def transaction(name):
    trace.append(f"begin {name}")
    try:
        yield name
        trace.append(f"commit {name}")
    except Exception as e:
        trace.append(f"rollback {name}: {type(e).__name__}")
        raise


def job(title):
    print(f"== {title}")
    for line in trace:
        print("   " + line)
    trace.clear()
    print(f"   lent after job: {sorted(pool.lent)}")


# zip stops at the shorter stream; the longer one is closed with the zip object
pairs = []
for user, order in zip(rows("users"), rows("orders")):
    pairs.append((user[0], order[0]))
trace.append(f"pairs {pairs}")
job("zip of two streams")

# enumerate + break
for i, (name, age) in enumerate(rows("users")):
    if age > 40:
        trace.append(f"first over 40 at {i}: {name}")
        break
job("enumerate and break")


# a generator that delegates and returns early
def adults(table):
    count = 0
    for name, age in rows(table):
        if age < 21:
            return count
        count += 1
        yield name


def report_adults():
    names = yield from adults("users")
    trace.append(f"adults counted {names}")


for name in report_adults():
    trace.append(f"adult {name}")
job("yield from with an early return")


# return from inside a loop nested in a transaction
def find_order(customer):
    with transaction("lookup"):
        for order_id, who, amount in rows("orders"):
            if who == customer:
                return order_id, amount
    return None


trace.append(f"found {find_order('cid')}")
job("return inside with")

# an exception inside the transaction body
try:
    with transaction("totals"):
        totals = {who: 100 / (amount - 5.5) for _, who, amount in rows("orders")}
except ZeroDivisionError:
    trace.append("totals failed")
job("dict comprehension raising")

# a stream kept by the caller stays open until the caller finishes it
stream = rows("users")
first = next(stream)
trace.append(f"kept stream first row {first[0]}")
for row in stream:
    if row[0] == "bob":
        break
trace.append(f"still lent: {sorted(pool.lent)}")
stream.close()
job("kept stream closed explicitly")

# any() over a chain of filters
youngest_first = any(age < 20 for _, age in rows("users") if age != 25)
trace.append(f"someone under 20: {youngest_first}")
job("any() over a filtered stream")
print("free connections:", pool.free)
