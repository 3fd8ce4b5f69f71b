# The training run behind `weft run`'s start-up archive (bin/weft-startup-archive.bash): the JVM
# records the classes it loads here (the runtime, the compiler, the compiled stdlib modules and
# the lambda classes of their functions) and later runs map them from the archive, already
# parsed and verified. It imports the modules programs commonly use and exercises the code paths
# their import and first use run (class creation, regular expressions, exec of generated code).
import importlib

COMMON = [
    "abc", "argparse", "array", "ast", "asyncio", "base64", "bisect", "calendar", "collections",
    "collections.abc", "concurrent.futures", "contextlib", "copy", "csv", "dataclasses", "datetime",
    "decimal", "difflib", "enum", "fnmatch", "fractions", "functools", "glob", "hashlib", "heapq",
    "inspect", "io", "itertools", "json", "logging", "math", "operator", "os", "pathlib", "pickle",
    "pprint", "queue", "random", "re", "shlex", "shutil", "statistics", "string", "struct",
    "subprocess", "sys", "tempfile", "textwrap", "threading", "time", "traceback", "types", "typing",
    "unittest", "urllib.parse", "uuid", "warnings", "weakref",
]
for name in COMMON:
    try:
        importlib.import_module(name)
    except Exception:
        pass  # a module this build cannot import is simply not in the archive

import dataclasses
import enum
import json
import re


@dataclasses.dataclass(order=True)
class Point:
    x: int
    y: int = 0
    tags: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    name: str


class Colour(enum.Enum):
    RED = 1
    GREEN = 2


class Flags(enum.IntFlag):
    A = 1
    B = 2


points = sorted([Point(2, 1), Point(1, 2)])
text = json.dumps({"points": [dataclasses.asdict(p) for p in points], "colour": Colour.RED.name})
assert json.loads(text)["colour"] == "RED"
assert re.fullmatch(r"(\w+)-(\d+)", "abc-123").group(2) == "123"
assert eval("1 + 2") == 3
assert hash(Frozen("a")) == hash(Frozen("a")) and Flags.A | Flags.B == 3

# Threads, locks, queues and pools: their Java implementations' lambda classes are spun on
# first use, so a program's first thread would otherwise pay for them.
import queue
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

lock, rlock, event = threading.Lock(), threading.RLock(), threading.Event()
cond, sem, jobs = threading.Condition(), threading.Semaphore(2), queue.Queue()
local = threading.local()


def work(n):
    local.n = n
    with lock, rlock, sem:
        jobs.put(n)
    with cond:
        cond.notify_all()
    return sum(i * i for i in range(n))


worker = threading.Thread(target=work, args=(10,), name="training", daemon=True)
worker.start()
worker.join()
event.set()
with ThreadPoolExecutor(max_workers=2) as pool:
    assert sorted(pool.map(work, [3, 4])) == [5, 14]
    assert sum(f.result() for f in as_completed([pool.submit(work, k) for k in range(4)])) == 6
assert jobs.qsize() == 7 and event.is_set()
