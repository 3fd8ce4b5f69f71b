# A JSON-like serializer and parser written in Python: each task builds a document tree from
# a seeded generator (dicts, lists, strings with escapes and non-ASCII text, ints, floats,
# booleans, None), serializes it, parses the text back, checks the round trip and serializes
# again. Threads take task numbers from a shared counter under a lock.
# Usage: json_like.py [THREADS].
import sys
import time
import threading

TASKS = 24
DEPTH = 9
DOCS_PER_TASK = 16
WORDS = ["alpha", "beta", "gamma", "delta", "épsilon", "zêta", "eta", "θήτα", "iota", "kappa",
         "tab\there", "quote\"d", "back\\slash", "new\nline", "雪", "emoji \U0001F600", "", "x"]


class Rng:
    """A linear congruential generator, so every run builds the same documents."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % bound


def build(rng, depth):
    kind = rng.next(10) if depth > 0 else 6 + rng.next(4)
    if kind < 3:
        return {f"{WORDS[rng.next(len(WORDS))]}_{i}": build(rng, depth - 1) for i in range(1 + rng.next(6))}
    if kind < 6:
        return [build(rng, depth - 1) for _ in range(rng.next(7))]
    if kind < 8:
        return WORDS[rng.next(len(WORDS))] * (1 + rng.next(3))
    leaf = rng.next(4)
    if leaf == 0:
        return rng.next(1 << 40) - (1 << 39)
    if leaf == 1:
        return (rng.next(1 << 30) - (1 << 29)) / 1024.0
    if leaf == 2:
        return rng.next(2) == 1
    return None


ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def dump_str(s, out):
    out.append('"')
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ord(ch) < 0x20:
            out.append("\\u%04x" % ord(ch))
        elif ord(ch) > 0xFFFF:
            v = ord(ch) - 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)))
        else:
            out.append(ch)
    out.append('"')


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        dump_str(value, out)
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(",")
            dump(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for k, v in value.items():
            if not first:
                out.append(",")
            first = False
            dump_str(k, out)
            out.append(":")
            dump(v, out)
        out.append("}")
    else:
        raise TypeError(f"cannot serialize {type(value).__name__}")


def dumps(value):
    out = []
    dump(value, out)
    return "".join(out)


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \t\r\n":
            self.pos += 1

    def value(self):
        self.skip_ws()
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if self.text.startswith("null", self.pos):
            self.pos += 4
            return None
        if self.text.startswith("true", self.pos):
            self.pos += 4
            return True
        if self.text.startswith("false", self.pos):
            self.pos += 5
            return False
        return self.number()

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                raise ParseError(f"expected ':' at {self.pos}")
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise ParseError(f"expected ',' or '}}' at {self.pos - 1}")

    def arr(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise ParseError(f"expected ',' or ']' at {self.pos - 1}")

    def string(self):
        text = self.text
        if text[self.pos] != '"':
            raise ParseError(f"expected string at {self.pos}")
        self.pos += 1
        parts = []
        while True:
            ch = text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(parts)
            if ch != "\\":
                parts.append(ch)
                continue
            esc = text[self.pos]
            self.pos += 1
            if esc == "u":
                code = int(text[self.pos:self.pos + 4], 16)
                self.pos += 4
                if 0xD800 <= code < 0xDC00 and text.startswith("\\u", self.pos):
                    low = int(text[self.pos + 2:self.pos + 6], 16)
                    self.pos += 6
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                parts.append(chr(code))
            else:
                parts.append({"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}.get(esc, esc))

    def number(self):
        start = self.pos
        text = self.text
        while self.pos < len(text) and text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = text[start:self.pos]
        if not token:
            raise ParseError(f"unexpected {text[start]!r} at {start}")
        if "." in token or "e" in token or "E" in token:
            return float(token)
        return int(token)


def loads(text):
    p = Parser(text)
    v = p.value()
    p.skip_ws()
    if p.pos != len(text):
        raise ParseError(f"trailing text at {p.pos}")
    return v


def text_hash(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def run_task(task):
    rng = Rng(1000 + task)
    docs = [build(rng, DEPTH) for _ in range(DOCS_PER_TASK)]
    text = dumps(docs)
    back = loads(text)
    if back != docs:
        raise AssertionError(f"task {task}: round trip changed the document")
    again = dumps(back)
    if again != text:
        raise AssertionError(f"task {task}: second serialization differs")
    return len(text), text_hash(text)


def worker(state, lock, results):
    while True:
        with lock:
            task = state[0]
            if task >= TASKS:
                return
            state[0] = task + 1
        results[task] = run_task(task)


def main():
    threads_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    results = [None] * TASKS
    state = [0]
    lock = threading.Lock()
    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(state, lock, results)) for _ in range(threads_wanted)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    dt = time.perf_counter() - t0
    total = 0
    combined = 0
    for length, h in results:
        total += length
        combined = (combined * 1_000_003 + h) % (1 << 61)
    print(f"{TASKS} tasks, {total} characters, hash {combined}")
    print(f"compute-seconds: {dt:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
