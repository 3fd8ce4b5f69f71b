"""A task runner that collects failures into ExceptionGroups and handles them with except*."""


class TaskError(Exception):
    def __init__(self, task, reason):
        super().__init__(f"{task}: {reason}")
        self.task = task


class Timeout(TaskError):
    pass


class BadInput(TaskError):
    pass


class Fatal(TaskError):
    pass


def run_task(name, payload):
    match payload:
        case {"sleep": int(s)} if s > 5:
            raise Timeout(name, f"took {s}s")
        case {"value": int(v)} if v < 0:
            raise BadInput(name, f"negative value {v}")
        case {"value": int(v)}:
            return v * 2
        case {"crash": msg}:
            raise Fatal(name, msg)
        case {"sleep": int(s)}:
            return s
        case _:
            raise BadInput(name, f"unrecognised payload {payload!r}")


def run_batch(label, tasks):
    results = {}
    errors = []
    for name, payload in tasks:
        try:
            results[name] = run_task(name, payload)
        except TaskError as e:
            e.add_note(f"in batch {label}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"batch {label} had {len(errors)} failure(s)", errors)
    return results


def supervise(batches):
    summary = []
    for label, tasks in batches:
        try:
            results = run_batch(label, tasks)
        except* Timeout as group:
            summary.append((label, "timeouts", sorted(e.task for e in group.exceptions)))
        except* BadInput as group:
            summary.append((label, "bad input", [str(e) for e in group.exceptions]))
        else:
            summary.append((label, "ok", sorted(results.items())))
    return summary


BATCHES = [
    ("A", [("a1", {"value": 1}), ("a2", {"sleep": 2})]),
    ("B", [("b1", {"sleep": 9}), ("b2", {"value": -4}), ("b3", {"value": 5})]),
    ("C", [("c1", {"sleep": 7}), ("c2", {"sleep": 8})]),
    ("D", [("d1", "text"), ("d2", {"value": 3})]),
]

for row in supervise(BATCHES):
    print(*row)


def nested_groups():
    try:
        raise ExceptionGroup("outer", [
            ValueError("v1"),
            ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]),
            KeyError("k1"),
        ])
    except* ValueError as g:
        print("values:", repr(g))
    except* (TypeError, KeyError) as g:
        print("others:", repr(g))


nested_groups()


def reraise_keeps_structure():
    try:
        try:
            raise ExceptionGroup("top", [OSError("o1"), ExceptionGroup("mid", [OSError("o2"), ValueError("v")])])
        except* OSError:
            raise
    except ExceptionGroup as g:
        print("reraised:", repr(g))
        print("leaves:", [type(e).__name__ for e in g.exceptions[1].exceptions])


reraise_keeps_structure()


def handler_raises():
    try:
        try:
            raise ExceptionGroup("work", [ValueError("bad"), TypeError("worse")])
        except* ValueError:
            raise RuntimeError("handler failed")
    except ExceptionGroup as g:
        print("combined:", repr(g))
        first = g.exceptions[0]
        print("context of new:", repr(first.__context__))


handler_raises()

try:
    try:
        raise ValueError("single")
    except* ValueError as g:
        print("naked wrapped:", repr(g), type(g).__name__)
except Exception as e:
    print("unexpected", e)

for bad_type in (ExceptionGroup, int):
    try:
        try:
            raise ValueError("x")
        except* bad_type:
            pass
    except TypeError as e:
        print("TypeError:", e)

# The last batch has a fatal error no clause handles: the program ends with the group.
print(supervise([("E", [("e1", {"crash": "disk on fire"}), ("e2", {"sleep": 6}), ("e3", {"value": 2})])]))
