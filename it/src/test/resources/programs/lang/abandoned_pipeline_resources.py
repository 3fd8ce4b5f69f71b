"""A log-processing pipeline built from generators that hold resources.

Each stage opens a (simulated) resource in a `with` block or `try/finally` and releases it
when the stage ends. Consumers often stop early: `break` after the first match, `return`
from a search function, an exception from a validation step, `next()` on a generator
expression, `any()`/`all()`. CPython closes an abandoned generator as soon as nothing refers
to it, so every resource is released right where the consumer stops; the event log shows the
order of open/close events.
"""

events = []


class Resource:
    """A resource that records when it is opened and closed."""
    open_count = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Resource.open_count += 1
        events.append(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Resource.open_count -= 1
        kind = exc_type.__name__ if exc_type else "ok"
        events.append(f"close {self.name} ({kind})")
        return False


LOG = [
    "INFO start service",
    "DEBUG cache warm",
    "WARN disk 81%",
    "INFO request /a 200",
    "ERROR request /b 500",
    "INFO request /c 200",
    "ERROR timeout upstream",
    "INFO stop service",
]


def read_lines(source):
    with Resource(f"file:{source}"):
        for line in LOG:
            yield line


def parse(lines):
    with Resource("parser"):
        for number, line in enumerate_lines(lines):
            level, _, message = line.partition(" ")
            yield number, level, message


def enumerate_lines(lines):
    number = 0
    try:
        for line in lines:
            number += 1
            yield number, line
    finally:
        events.append(f"enumerated {number}")


def only(level, records):
    try:
        for record in records:
            if record[1] == level:
                yield record
    finally:
        events.append(f"filter {level} done")


def report(title):
    print(f"--- {title} (open: {Resource.open_count})")
    for e in events:
        print("  ", e)
    events.clear()


# 1. break after the first error
for number, level, message in only("ERROR", parse(read_lines("app.log"))):
    events.append(f"first error at line {number}: {message}")
    break
report("break on first error")


# 2. return from inside the loop
def find(word):
    for number, level, message in parse(read_lines("app.log")):
        if word in message:
            return number
    return None


events.append(f"found 'disk' at {find('disk')}")
report("return from search")


# 3. an exception raised by the consumer
class BadRecord(Exception):
    pass


def validate():
    for number, level, message in parse(read_lines("app.log")):
        if level not in ("INFO", "DEBUG"):
            raise BadRecord(f"line {number}: {level}")


try:
    validate()
except BadRecord as e:
    events.append(f"rejected {e}")
report("exception from consumer")

# 4. next() over a generator expression
first_warn = next(msg for n, lvl, msg in parse(read_lines("app.log")) if lvl == "WARN")
events.append(f"first warning: {first_warn}")
report("next() on a generator expression")

# 5. any() and all() stop early
has_timeout = any("timeout" in msg for _, _, msg in parse(read_lines("app.log")))
all_info = all(lvl == "INFO" for _, lvl, _ in parse(read_lines("app.log")))
events.append(f"timeout={has_timeout} all_info={all_info}")
report("any() and all()")

# 6. a list comprehension whose element raises
try:
    codes = [int(msg.split()[-1]) for _, lvl, msg in parse(read_lines("app.log")) if lvl != "DEBUG"]
except (ValueError, IndexError) as e:
    events.append(f"comprehension failed: {type(e).__name__}")
report("comprehension raising")

# 7. consumed to the end: everything closes normally
errors = sum(1 for _, lvl, _ in parse(read_lines("app.log")) if lvl == "ERROR")
events.append(f"errors={errors}")
report("full pass")

# 8. a generator kept in a variable is not closed by a loop that stops early
lines = read_lines("kept.log")
for line in lines:
    break
events.append(f"resumed: {next(lines)}")
rest = list(lines)
events.append(f"rest has {len(rest)} lines")
report("kept generator")

# 9. nested loops: the inner pipeline closes at each break, the outer one at the end
for source in ("a.log", "b.log"):
    for line in read_lines(source):
        if line.startswith("WARN"):
            events.append(f"{source}: {line}")
            break
report("nested loops")
print("resources still open:", Resource.open_count)
