# as_completed and wait() from concurrent.futures: completion order is not deterministic, so the
# program keys results by their input and checks the invariants wait() guarantees.
from concurrent.futures import (ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED,
                                ALL_COMPLETED, FIRST_EXCEPTION)
import threading


def score(word):
    return sum((i + 1) * (ord(c) - 96) for i, c in enumerate(word))


words = "parallel threads compile python bytecode into jvm classes quickly".split()
with ThreadPoolExecutor(max_workers=4) as pool:
    future_to_word = {pool.submit(score, w): w for w in words}
    scores = {}
    for fut in as_completed(future_to_word):
        scores[future_to_word[fut]] = fut.result()
for w in sorted(scores, key=lambda w: (-scores[w], w)):
    print(f"{w:<10}{scores[w]:>5}")

release = threading.Event()


def blocked(n):
    release.wait()
    return n


def quick(n):
    return n * 100


with ThreadPoolExecutor(max_workers=3) as pool:
    slow = [pool.submit(blocked, n) for n in range(2)]
    fast = pool.submit(quick, 7)
    done, not_done = wait(slow + [fast], return_when=FIRST_COMPLETED)
    print("first completed is the quick one:", done == {fast}, len(not_done))
    release.set()
    done, not_done = wait(slow + [fast], return_when=ALL_COMPLETED)
    print("all completed:", len(done), len(not_done), sorted(f.result() for f in done))


def maybe_fail(n):
    if n == 3:
        raise ValueError(f"item {n} rejected")
    return n


gate = threading.Event()


def gated(n):
    gate.wait()
    return n


with ThreadPoolExecutor(max_workers=4) as pool:
    held = [pool.submit(gated, n) for n in range(2)]
    failing = pool.submit(maybe_fail, 3)
    done, not_done = wait(held + [failing], return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION returns with failure done:", failing in done, "held pending:", all(h in not_done for h in held))
    gate.set()

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(maybe_fail, n) for n in range(6)]
    ok, bad = [], []
    for fut in as_completed(futures):
        if fut.exception() is not None:
            bad.append(str(fut.exception()))
        else:
            ok.append(fut.result())
print(sorted(ok), bad)

with ThreadPoolExecutor(max_workers=1) as pool:
    gate2 = threading.Event()
    first = pool.submit(gate2.wait)
    try:
        for _ in as_completed([first], timeout=0.05):
            pass
    except TimeoutError as e:
        print("as_completed timeout:", type(e).__name__, e)
    gate2.set()
print("timeout error is builtin TimeoutError:", TimeoutError.__module__)
