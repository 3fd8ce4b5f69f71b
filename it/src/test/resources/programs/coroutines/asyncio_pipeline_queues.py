# A three-stage log-processing pipeline on asyncio queues: a reader feeds raw lines to parser
# workers, parsers feed records to an aggregator, and a priority queue orders the alerts.
# Queue.join/task_done drive shutdown; workers are cancelled once their queue is drained.
import asyncio
from collections import Counter

RAW_LOG = """\
2024-03-01T10:00:01 api GET /users 200 12
2024-03-01T10:00:02 api GET /users/7 404 3
2024-03-01T10:00:02 web GET / 200 40
2024-03-01T10:00:03 api POST /orders 201 95
garbage line without fields
2024-03-01T10:00:04 api GET /orders/1 500 230
2024-03-01T10:00:05 web GET /static/app.js 200 5
2024-03-01T10:00:05 api DELETE /users/7 403 2
2024-03-01T10:00:06 api GET /users 200 15
2024-03-01T10:00:07 web GET /login 302 8
2024-03-01T10:00:08 api POST /orders 500 410
2024-03-01T10:00:09 api GET /health 200 1
"""


class ParseError(Exception):
    pass


def parse(line):
    parts = line.split()
    if len(parts) != 6:
        raise ParseError(f"expected 6 fields, got {len(parts)}: {line!r}")
    stamp, service, method, path, status, millis = parts
    return {"time": stamp[11:], "service": service, "method": method, "path": path,
            "status": int(status), "ms": int(millis)}


async def reader(lines, raw):
    for number, line in enumerate(lines, 1):
        await raw.put((number, line))
    return len(lines)


async def parser(name, raw, records, errors, handled):
    while True:
        number, line = await raw.get()
        try:
            await asyncio.sleep(0)  # let the other parser run, as real parsing would yield
            record = parse(line)
            record["line"] = number
            await records.put(record)
            handled[name] += 1
        except ParseError as exc:
            errors.append((number, str(exc)))
        finally:
            raw.task_done()


async def aggregator(records, alerts, stats):
    while True:
        rec = await records.get()
        stats["requests"] += 1
        stats["ms"] += rec["ms"]
        stats[f"status_{rec['status'] // 100}xx"] += 1
        if rec["status"] >= 500:
            await alerts.put((0, rec["line"], f"{rec['service']} {rec['path']} failed ({rec['status']})"))
        elif rec["ms"] > 200:
            await alerts.put((1, rec["line"], f"{rec['service']} {rec['path']} slow ({rec['ms']} ms)"))
        elif rec["status"] in (403, 404):
            await alerts.put((2, rec["line"], f"{rec['service']} {rec['path']} refused ({rec['status']})"))
        records.task_done()


async def run_pipeline(text, parsers=2):
    raw = asyncio.Queue(maxsize=3)
    records = asyncio.Queue()
    alerts = asyncio.PriorityQueue()
    errors = []
    handled = Counter()
    stats = Counter()
    workers = [asyncio.create_task(parser(f"parser-{i}", raw, records, errors, handled), name=f"parser-{i}")
               for i in range(parsers)]
    agg = asyncio.create_task(aggregator(records, alerts, stats), name="aggregator")
    count = await reader(text.splitlines(), raw)
    await raw.join()
    await records.join()
    for task in workers + [agg]:
        task.cancel()
    outcomes = await asyncio.gather(*workers, agg, return_exceptions=True)
    print("lines read:", count)
    print("workers stopped:", [type(o).__name__ for o in outcomes])
    print("all cancelled:", all(t.cancelled() for t in workers + [agg]))
    print("lines per parser:", sum(handled.values()), "parsed,", len(handled), "parsers busy")
    for number, message in errors:
        print(f"  parse error at line {number}: {message}")
    print("requests:", stats["requests"], "total ms:", stats["ms"],
          "mean ms: %.1f" % (stats["ms"] / stats["requests"]))
    for key in sorted(k for k in stats if k.startswith("status_")):
        print(f"  {key}: {stats[key]}")
    print("alerts by priority:")
    while not alerts.empty():
        prio, line, text = alerts.get_nowait()
        print(f"  p{prio} line {line:2}: {text}")
    return stats


async def bounded_queue_demo():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    try:
        q.put_nowait("c")
    except asyncio.QueueFull:
        print("queue full at", q.qsize(), "items; full() =", q.full())
    blocked = asyncio.create_task(q.put("c"))
    await asyncio.sleep(0)
    print("put blocked:", not blocked.done())
    print("got", q.get_nowait())
    await blocked
    print("put finished:", blocked.done(), "queue now", [q.get_nowait() for _ in range(q.qsize())])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("queue empty")
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except TimeoutError:
        print("get timed out on an empty queue")


async def lifo_demo():
    stack = asyncio.LifoQueue()
    for word in ["first", "second", "third"]:
        await stack.put(word)
    print("lifo order:", [await stack.get() for _ in range(3)])


async def fan_in(n_producers=3, items=4):
    q = asyncio.Queue()
    done = asyncio.Event()
    finished = 0

    async def producer(pid):
        nonlocal finished
        for i in range(items):
            await q.put((pid, i))
            await asyncio.sleep(0)
        finished += 1
        if finished == n_producers:
            done.set()

    async def consumer():
        seen = []
        while not (done.is_set() and q.empty()):
            try:
                seen.append(await asyncio.wait_for(q.get(), timeout=0.5))
            except TimeoutError:
                break
        return seen

    cons = asyncio.create_task(consumer())
    await asyncio.gather(*(producer(p) for p in range(n_producers)))
    seen = await cons
    per = Counter(pid for pid, _ in seen)
    print("fan-in received", len(seen), "items:", dict(sorted(per.items())))
    print("each producer in order:", all(
        [i for p, i in seen if p == pid] == list(range(items)) for pid in range(n_producers)))


async def main():
    await run_pipeline(RAW_LOG)
    await bounded_queue_demo()
    await lifo_demo()
    await fan_in()


asyncio.run(main())
