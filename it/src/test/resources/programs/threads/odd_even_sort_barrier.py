# Odd-even transposition sort with one thread per block and a Barrier between phases; a threading
# Condition-based ticket lock hands out turns in strict FIFO order.
import threading

data = [(i * 7919) % 1000 for i in range(64)]
BLOCKS = 4
size = len(data) // BLOCKS
phase_barrier = threading.Barrier(BLOCKS)
swaps = [0] * BLOCKS


def sorter(block):
    lo, hi = block * size, (block + 1) * size
    for phase in range(len(data)):
        start = lo + ((lo + phase) % 2)
        for i in range(start, hi, 2):
            if i + 1 < len(data) and data[i] > data[i + 1]:
                data[i], data[i + 1] = data[i + 1], data[i]
                swaps[block] += 1
        phase_barrier.wait()


expected = sorted(data)
threads = [threading.Thread(target=sorter, args=(b,)) for b in range(BLOCKS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("sorted:", data == expected, "total swaps:", sum(swaps))
print(data[:8], data[-4:])


class TicketLock:
    def __init__(self):
        self.cond = threading.Condition()
        self.next_ticket = 0
        self.serving = 0

    def acquire(self):
        with self.cond:
            ticket = self.next_ticket
            self.next_ticket += 1
            self.cond.wait_for(lambda: self.serving == ticket)
            return ticket

    def release(self):
        with self.cond:
            self.serving += 1
            self.cond.notify_all()


lock = TicketLock()
served = []
gate = threading.Barrier(6)


def customer(n):
    gate.wait()
    for _ in range(3):
        ticket = lock.acquire()
        served.append(ticket)
        lock.release()


cs = [threading.Thread(target=customer, args=(n,)) for n in range(6)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print("tickets served in order:", served == sorted(served), len(served), served[:5])
