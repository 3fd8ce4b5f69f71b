# Chained futures: a pipeline whose stages run on separate executors, done-callbacks that submit the
# next stage, and a final barrier on all futures; results reported in input order.
from concurrent.futures import ThreadPoolExecutor, Future, wait
import threading

fetch_pool = ThreadPoolExecutor(max_workers=3, thread_name_prefix="fetch")
parse_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="parse")
DOCUMENTS = {
    "doc-a": "alpha beta gamma alpha",
    "doc-b": "one two three four five",
    "doc-c": "",
    "doc-d": "repeat repeat repeat",
    "doc-e": None,
}


def fetch(name):
    text = DOCUMENTS[name]
    if text is None:
        raise LookupError(f"{name} not found")
    return name, text


def parse(fetched):
    name, text = fetched
    words = text.split()
    return name, {"words": len(words), "unique": len(set(words)), "longest": max(words, key=len, default="")}


def chain(first: Future, pool, fn) -> Future:
    result = Future()

    def on_done(f):
        if f.exception() is not None:
            result.set_exception(f.exception())
            return
        nxt = pool.submit(fn, f.result())
        nxt.add_done_callback(lambda g: result.set_exception(g.exception()) if g.exception()
                              else result.set_result(g.result()))

    first.add_done_callback(on_done)
    return result


finals = {name: chain(fetch_pool.submit(fetch, name), parse_pool, parse) for name in DOCUMENTS}
done, not_done = wait(finals.values(), timeout=30)
print("all finished:", len(done) == len(DOCUMENTS) and not not_done)
for name, fut in finals.items():
    if fut.exception():
        print(f"{name}: failed with {type(fut.exception()).__name__}: {fut.exception()}")
    else:
        print(f"{name}: {fut.result()[1]}")
fetch_pool.shutdown()
parse_pool.shutdown()

order_lock = threading.Lock()
stage_log = []


def stage(name, value):
    with order_lock:
        stage_log.append(name)
    return value * 2


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(stage, f"s{i}", i) for i in range(8)]
    doubled = [f.result() for f in futures]
    quadrupled = list(pool.map(lambda v: stage("m", v), doubled))
print(doubled, quadrupled, sorted(stage_log)[:3], len(stage_log))
