"""A tiny record-class generator in the style of dataclasses/namedtuple: the methods are
written as Python source and compiled with exec(), then attached to a new class."""

import sys


def _make_function(name, params, body_lines, namespace):
    """Builds one function from source text; namespace supplies its globals."""
    src = "def {}({}):\n{}\n".format(name, ", ".join(params),
                                     "\n".join("    " + line for line in body_lines) or "    pass")
    local_ns = {}
    exec(src, namespace, local_ns)
    return local_ns[name], src


def record(class_name, field_spec, defaults=None, frozen=False):
    fields = field_spec.replace(",", " ").split()
    for f in fields:
        if not f.isidentifier() or f.startswith("_"):
            raise ValueError("bad field name: {!r}".format(f))
    defaults = dict(defaults or {})
    globs = {"__name__": "records", "_defaults": defaults, "FrozenError": FrozenError}
    params = ["self"]
    for f in fields:
        params.append("{}=_defaults[{!r}]".format(f, f) if f in defaults else f)
    if frozen:
        init_body = ["object.__setattr__(self, {!r}, {})".format(f, f) for f in fields]
    else:
        init_body = ["self.{} = {}".format(f, f) for f in fields]
    init, init_src = _make_function("__init__", params, init_body, globs)
    repr_fmt = ", ".join("{}={{!r}}".format(f) for f in fields)
    repr_args = ", ".join("self." + f for f in fields)
    rep, _ = _make_function("__repr__", ["self"],
                            ["return type(self).__name__ + '(' + {!r}.format({}) + ')'".format(repr_fmt, repr_args)],
                            globs)
    tuple_expr = "(" + "".join("self.{}, ".format(f) for f in fields) + ")"
    eq, _ = _make_function("__eq__", ["self", "other"],
                           ["if other.__class__ is not self.__class__:",
                            "    return NotImplemented",
                            "return {} == {}".format(tuple_expr, tuple_expr.replace("self.", "other."))],
                           globs)
    ns = {"__init__": init, "__repr__": rep, "__eq__": eq, "__slots__": tuple(fields), "_fields": tuple(fields)}
    if frozen:
        setattr_fn, _ = _make_function("__setattr__", ["self", "name", "value"],
                                       ["raise FrozenError('cannot assign to field ' + repr(name))"], globs)
        ns["__setattr__"] = setattr_fn
        hash_fn, _ = _make_function("__hash__", ["self"], ["return hash({})".format(tuple_expr)], globs)
        ns["__hash__"] = hash_fn
    cls = type(class_name, (object,), ns)
    # like namedtuple: the class claims the caller's module
    cls.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
    return cls, init_src


class FrozenError(AttributeError):
    pass


Point, point_init = record("Point", "x y", defaults={"y": 0})
print(point_init, end="")
p = Point(3, 4)
q = Point(3)
print(p, q, p == Point(3, 4), p == q, p != q)
print(Point.__module__, Point._fields, Point.__init__.__name__, Point.__init__.__globals__["__name__"])
p.x = 10
print(p)

Color, _ = record("Color", "r, g, b", frozen=True)
c = Color(255, 128, 0)
print(c, hash(c) == hash(Color(255, 128, 0)), len({c, Color(255, 128, 0), Color(0, 0, 0)}))
try:
    c.r = 1
except FrozenError as e:
    print("FrozenError:", e)

try:
    record("Bad", "ok not-ok")
except ValueError as e:
    print("ValueError:", e)

try:
    Point()
except TypeError as e:
    print("TypeError:", e)

# records of records, sorted by a generated key function
Line, _ = record("Line", "start end")
key_fn, _ = _make_function("length2", ["line"],
                           ["dx = line.end.x - line.start.x", "dy = line.end.y - line.start.y",
                            "return dx * dx + dy * dy"], {})
lines = [Line(Point(0, 0), Point(3, 4)), Line(Point(1, 1), Point(2, 2)), Line(Point(0, 0), Point(0, 10))]
for line in sorted(lines, key=key_fn):
    print(key_fn(line), line)
