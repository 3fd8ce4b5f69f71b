# Dynamic code: exec/eval/compile with explicit namespaces, __import__ and importlib, type() to build
# classes, getattr-based command dispatch, and globals() manipulation.
import importlib

namespace = {}
exec("x = 6 * 7\ndef f(y):\n    return x + y\nclass K:\n    v = x // 2", namespace)
print(namespace["x"], namespace["f"](1), namespace["K"].v, sorted(k for k in namespace if k != "__builtins__"))
print(eval("x * 2", namespace), eval("[i * i for i in range(4)]"), eval("a + b", {"a": 1}, {"b": 2}))
code = compile("total = sum(values)\nmean = total / len(values)", "<stats>", "exec")
scope = {"values": [3, 4, 8]}
exec(code, scope)
print(scope["total"], scope["mean"], code.co_filename, type(code).__name__)
expr = compile("n ** 2 + 1", "<poly>", "eval")
print([eval(expr, {"n": n}) for n in range(5)])
try:
    eval("1 +", {})
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, repr(e.text))
try:
    exec("undefined_name + 1", {})
except NameError as e:
    print("NameError:", e)
restricted = {"__builtins__": {"len": len}}
print(eval("len('four')", restricted))
try:
    eval("print('x')", restricted)
except NameError as e:
    print("NameError:", e)

math_mod = __import__("math")
print(math_mod.sqrt(16), importlib.import_module("collections").OrderedDict.__name__)
os_path = importlib.import_module("os.path")
print(os_path.join("a", "b"), importlib.import_module("json").dumps([1]))
try:
    importlib.import_module("no_such_module_anywhere")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)


def describe(self):
    return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"


def make_record_class(name, fields):
    def __init__(self, *args):
        if len(args) != len(fields):
            raise TypeError(f"{name} expects {len(fields)} values")
        for field, value in zip(fields, args):
            setattr(self, field, value)
    return type(name, (object,), {"__init__": __init__, "__repr__": describe, "fields": tuple(fields)})


Point = make_record_class("Point", ["x", "y"])
Person = make_record_class("Person", ["name", "age", "email"])
print(Point(1, 2), Person("ada", 36, "ada@example.com"), Point.fields, Point.__name__, type(Point).__name__)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)


class Shell:
    def __init__(self):
        self.items = []

    def cmd_add(self, *words):
        self.items.extend(words)
        return f"added {len(words)}"

    def cmd_list(self):
        return ", ".join(self.items) or "(empty)"

    def cmd_clear(self):
        n = len(self.items)
        self.items.clear()
        return f"cleared {n}"

    def run(self, line):
        name, *args = line.split()
        handler = getattr(self, "cmd_" + name, None)
        if handler is None:
            commands = sorted(a[4:] for a in dir(self) if a.startswith("cmd_"))
            return f"unknown command {name!r}; try {commands}"
        return handler(*args)


shell = Shell()
for line in ["add apple pear", "list", "add fig", "list", "remove x", "clear", "list"]:
    print(f"> {line}: {shell.run(line)}")
globals()["created_dynamically"] = 123
print(created_dynamically)  # noqa: F821
print(eval("created_dynamically + 1"), "created_dynamically" in globals())
