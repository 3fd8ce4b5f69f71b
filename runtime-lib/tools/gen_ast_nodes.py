"""Generates the node table of Weft's `_ast` module from CPython 3.13's own `_ast`.

Run with CPython 3.13 from the repository root:
    PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_ast_nodes.py

One line per class of `_ast`, in the order CPython creates them (a base before its subclasses):
    name<TAB>base<TAB>fields<TAB>attributes<TAB>doc
fields: `name:type` items separated by commas, where type is an ASDL-like spelling of the
class's `_field_types` entry: `expr`, `expr?` (may be None), `expr*` (a list), `str`, `int`,
`object`; `-` when the class has no `_field_types` of its own (AST and the abstract bases).
attributes: the class's own `_attributes` in the same spelling (`-` when inherited).
doc: `__doc__` with backslashes and newlines escaped (`\\\\`, `\\n`).
The same facts drive the frontend's Java AST (frontend/tools/gen_ast.py); this table is what the
runtime needs to build the Python classes, so the runtime does not depend on the compiler.
"""
import _ast
import os
import sys
import types
import typing

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "main", "resources", "dev", "weft", "runtime",
                   "modules", "ast", "nodes.tsv")


def spell(t):
    optional = False
    if isinstance(t, types.UnionType):
        args = [a for a in t.__args__ if a is not type(None)]
        assert len(args) == 1, t
        optional = len(args) != len(t.__args__)
        t = args[0]
    if typing.get_origin(t) is list:
        (elem,) = typing.get_args(t)
        return spell(elem) + "*"
    return t.__name__ + ("?" if optional else "")


def row(cls):
    own = cls.__dict__
    base = cls.__bases__[0].__name__ if cls is not _ast.AST else "-"
    if "_field_types" in own:
        fields = ",".join("%s:%s" % (f, spell(own["_field_types"][f])) for f in cls._fields)
        assert tuple(own["_field_types"]) == cls._fields, cls
    else:
        assert cls._fields == (), cls
        fields = "-"
    attributes = "-"
    if "_attributes" in own:
        # Attribute types are not in _field_types: all are ints, and the optional ones (end
        # positions of stmt/expr/..., but not of pattern/type_param) have a class-level None.
        attributes = ",".join("%s:int%s" % (a, "?" if own.get(a, "absent") is None else "") for a in cls._attributes)
    # The table's claim that optional fields and attributes get a class-level None must hold.
    for item in (fields + "," + attributes).split(","):
        if item.endswith("?"):
            name = item.split(":")[0]
            assert own.get(name, "absent") is None, (cls, name)
    doc = (cls.__doc__ or "").replace("\\", "\\\\").replace("\n", "\\n")
    assert "\t" not in doc
    return "\t".join([cls.__name__, base, fields, attributes, doc])


def main():
    rows = [row(v) for k, v in vars(_ast).items() if isinstance(v, type) and issubclass(v, _ast.AST)]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d classes to %s" % (len(rows), OUT))


main()
