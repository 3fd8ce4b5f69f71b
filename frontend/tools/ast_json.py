"""Writes CPython 3.13's AST of Python files as JSON, for testing passes after the parser in
isolation from Weft's own parser (read back by the frontend tests' AstJsonReader).

Run with CPython 3.13:
    PYENV_VERSION=3.13.0 python3 frontend/tools/ast_json.py FILE.py [OUT.json]
Each node is an object {"_": class name, "pos": [lineno, col, end_lineno, end_col] (when the
node has positions), field: value...}; constants are {"_": "const", kind: value}.
"""
import ast
import json
import sys

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"


def const(v):
    if v is None:
        return {"_": "const", "none": None}
    if v is Ellipsis:
        return {"_": "const", "ellipsis": None}
    if isinstance(v, bool):
        return {"_": "const", "bool": v}
    if isinstance(v, int):
        return {"_": "const", "int": str(v)}
    if isinstance(v, float):
        return {"_": "const", "float": repr(v)}
    if isinstance(v, complex):
        return {"_": "const", "complex": repr(v.imag)}
    if isinstance(v, str):
        return {"_": "const", "str": v}
    if isinstance(v, bytes):
        return {"_": "const", "bytes": v.hex()}
    raise TypeError(type(v))


def to_json(node):
    if isinstance(node, list):
        return [to_json(n) for n in node]
    if not isinstance(node, ast.AST):
        return node
    out = {"_": type(node).__name__}
    if "lineno" in node._attributes and hasattr(node, "lineno"):
        out["pos"] = [node.lineno, node.col_offset, node.end_lineno, node.end_col_offset]
    for field in node._fields:
        value = getattr(node, field, None)
        if field == "value" and isinstance(node, (ast.Constant, ast.MatchSingleton)):
            out[field] = const(value)
        else:
            out[field] = to_json(value)
    return out


def main(args):
    with open(args[0], "rb") as f:
        tree = ast.parse(f.read(), args[0])
    text = json.dumps(to_json(tree), separators=(",", ":"))
    if len(args) > 1:
        with open(args[1], "w") as f:
            f.write(text + "\n")
    else:
        print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
