# A release planner: difflib (SequenceMatcher ratios and opcodes, unified/context diffs,
# ndiff, get_close_matches), calendar (month text, weekdays, leap years, monthrange),
# graphlib.TopologicalSorter for task ordering, and json with custom encoding/decoding hooks.
import calendar
import difflib
import json
from datetime import date, timedelta
from graphlib import CycleError, TopologicalSorter

old = """[tool]
name = weft
version = 1.4.2
threads = 4
features = fast, small
""".splitlines(keepends=True)
new = """[tool]
name = weft
version = 1.5.0
threads = 8
features = fast, small, safe
license = MIT
""".splitlines(keepends=True)

print("".join(difflib.unified_diff(old, new, fromfile="a/weft.toml", tofile="b/weft.toml", n=1)), end="")
print("".join(difflib.context_diff(old[:3], new[:3], fromfile="old", tofile="new")), end="")
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "three\n", "four\n"])), end="")
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.quick_ratio() >= sm.ratio(), sm.find_longest_match(0, 29, 0, 38))
for op in sm.get_opcodes():
    print("  ", op)
print(sm.get_matching_blocks()[-1], difflib.SequenceMatcher(lambda c: c == " ", "a b c", "a  b c").ratio())
commands = ["build", "bench", "check", "clean", "compile", "run", "release"]
for typo in ["buidl", "relase", "cmpile", "xyz", "ru"]:
    print(f"  {typo!r}: {difflib.get_close_matches(typo, commands)}", difflib.get_close_matches(typo, commands, n=1, cutoff=0.3))
d = difflib.Differ()
print(list(d.compare(["abcdefg\n"], ["abXdefgh\n"])))

print("-- calendar")
cal = calendar.TextCalendar(firstweekday=calendar.MONDAY)
print(cal.formatmonth(2024, 2), end="")
print(calendar.isleap(2024), calendar.isleap(1900), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2))
print(calendar.weekday(2024, 3, 9), calendar.day_name[calendar.weekday(2024, 3, 9)], list(calendar.month_abbr)[1:4])
print([d.day for d in calendar.Calendar(firstweekday=6).itermonthdates(2024, 3)][:9])
print(calendar.monthcalendar(2024, 4)[0], calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.MONDAY, calendar.SUNDAY)
print(calendar.TextCalendar(calendar.SUNDAY).formatweekheader(3), calendar.month_name[12])

print("-- task ordering")
deps = {"release": ["test", "docs", "changelog"], "test": ["build"], "docs": ["build"], "build": ["fetch"],
        "changelog": [], "fetch": [], "announce": ["release"]}
ts = TopologicalSorter(deps)
print(list(ts.static_order()))
ts = TopologicalSorter(deps)
ts.prepare()
day = date(2024, 3, 11)
schedule = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    schedule.append((day.isoformat(), ready))
    for task in ready:
        ts.done(task)
    day += timedelta(days=1 if day.weekday() < 4 else 3)
for when, tasks in schedule:
    print(f"  {when} ({calendar.day_abbr[date.fromisoformat(when).weekday()]}): {', '.join(tasks)}")
try:
    TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).prepare()
except CycleError as e:
    print("CycleError:", e.args[0], sorted(e.args[1]))

print("-- json plan")


class PlanEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


def decode_dates(obj):
    if "__date__" in obj:
        return date.fromisoformat(obj["__date__"])
    return obj


plan = {"start": date(2024, 3, 11), "deps": deps, "owners": frozenset({"ann", "bob"}), "schedule": schedule, "ratio": 0.5, "ok": True, "none": None,
        "naïve": "café ✓"}
text = json.dumps(plan, cls=PlanEncoder, sort_keys=True, indent=2, ensure_ascii=False)
print(text[:200])
back = json.loads(text, object_hook=decode_dates)
print(back["start"], type(back["start"]).__name__, back["deps"]["release"], back["naïve"])
print(json.dumps(plan["owners"], cls=PlanEncoder), json.dumps({"b": 1, "a": [1.5, 2]}, separators=(",", ":")))
print(json.dumps("ü\u2603\n\t\"", ensure_ascii=True), json.dumps([float("inf"), float("nan")]))
for bad in [lambda: json.dumps({"d": date(2024, 1, 1)}), lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.loads('{"a": }'), lambda: json.dumps({(1, 2): "x"}), lambda: json.loads("[1, 2")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list), json.loads("1e400"), json.loads('"\\ud83d\\ude00"'))
