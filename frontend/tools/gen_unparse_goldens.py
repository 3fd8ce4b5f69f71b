"""Generates the golden file of ExprUnparser's test from CPython 3.13 itself.

Run with CPython 3.13 from the repository root:
    PYENV_VERSION=3.13.0 python3 frontend/tools/gen_unparse_goldens.py
Reads frontend/src/test/resources/dev/weft/frontend/unparse/annotations.py (module-level annotated
names under `from __future__ import annotations`), compiles and runs it, and writes
annotations.expected beside it: NAME<TAB>JSON-STRING, the value CPython stores in __annotations__.
"""
import json
import os
import sys

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

DIR = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "dev", "weft", "frontend", "unparse")

with open(os.path.join(DIR, "annotations.py"), encoding="utf-8") as f:
    source = f.read()
namespace = {}
exec(compile(source, "annotations.py", "exec"), namespace)
with open(os.path.join(DIR, "annotations.expected"), "w", encoding="utf-8") as out:
    for name, value in namespace["__annotations__"].items():
        out.write(name + "\t" + json.dumps(value) + "\n")
