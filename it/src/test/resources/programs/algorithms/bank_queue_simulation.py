# A discrete-event simulation of a bank with tellers: arrivals and service times from a seeded LCG,
# an event heap written by hand, and statistics over the simulated day.


class Rng:
    def __init__(self, seed):
        self.x = seed

    def uniform(self):
        self.x = (self.x * 6364136223846793005 + 1) % 2**64
        return (self.x >> 11) / 2**53

    def between(self, lo, hi):
        return lo + int(self.uniform() * (hi - lo + 1))


class EventQueue:
    def __init__(self):
        self.heap = []
        self.counter = 0

    def push(self, time, kind, data):
        self.counter += 1
        item = (time, self.counter, kind, data)
        h = self.heap
        h.append(item)
        i = len(h) - 1
        while i > 0 and h[(i - 1) // 2] > h[i]:
            h[i], h[(i - 1) // 2] = h[(i - 1) // 2], h[i]
            i = (i - 1) // 2

    def pop(self):
        h = self.heap
        h[0], h[-1] = h[-1], h[0]
        item = h.pop()
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(h):
                break
            if c + 1 < len(h) and h[c + 1] < h[c]:
                c += 1
            if h[i] <= h[c]:
                break
            h[i], h[c] = h[c], h[i]
            i = c
        return item

    def __bool__(self):
        return bool(self.heap)


def simulate(tellers, seed, close_at=480):
    rng = Rng(seed)
    events = EventQueue()
    t = 0
    customer = 0
    while True:
        t += rng.between(1, 6)
        if t >= close_at:
            break
        customer += 1
        events.push(t, "arrive", (customer, rng.between(3, 15)))
    free = list(range(tellers))
    waiting = []
    waits, served_by, max_queue, last_time = [], [0] * tellers, 0, 0
    while events:
        time, _, kind, data = events.pop()
        last_time = time
        if kind == "arrive":
            waiting.append((time, data))
            max_queue = max(max_queue, len(waiting))
        else:
            free.append(data)
            free.sort()
        while free and waiting:
            arrived, (cid, service) = waiting.pop(0)
            teller = free.pop(0)
            waits.append(time - arrived)
            served_by[teller] += 1
            events.push(time + service, "depart", teller)
    return {
        "customers": customer,
        "avg_wait": round(sum(waits) / len(waits), 2),
        "max_wait": max(waits),
        "max_queue": max_queue,
        "served_by": served_by,
        "closing": last_time,
    }


for tellers in (2, 3, 4):
    stats = simulate(tellers, seed=12345)
    print(f"{tellers} tellers: {stats}")
print([simulate(3, seed=s)["avg_wait"] for s in range(5)])
