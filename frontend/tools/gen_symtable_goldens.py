"""Regenerates the symbol-table golden files of frontend/src/test/resources/symtable from
CPython 3.13.

Run from the repository root:
    PYENV_VERSION=3.13.0 python3 frontend/tools/gen_symtable_goldens.py
For every NAME.py: NAME.ast.json (CPython's AST, see ast_json.py) and NAME.symtable (the dump
of symtable_dump.py). For errors/cases.txt (cases separated by `### name` lines):
errors/asts.jsonl (one AST per case) and errors/expected.txt (the SyntaxError that
compile(source, path, "exec") raises for each case, or `ok`).
"""
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import ast_json  # noqa: E402
import symtable_dump  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "symtable")


def read_cases(path):
    cases = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("### "):
                cases.append([line[4:].strip(), ""])
            else:
                cases[-1][1] += line
    return cases


def describe(err):
    return (f"{type(err).__name__}: {err.msg} ({err.lineno}:{err.offset}-{err.end_lineno or 0}:"
            f"{err.end_offset or 0}) text={err.text!r}")


def main():
    for name in sorted(os.listdir(ROOT)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(ROOT, name)
        base = path[:-3]
        with open(path, "rb") as f:
            tree = ast_json.ast.parse(f.read(), name)
        with open(base + ".ast.json", "w") as f:
            f.write(json.dumps(ast_json.to_json(tree), separators=(",", ":")) + "\n")
        with open(base + ".symtable", "w") as f:
            f.write("\n".join(symtable_dump.dump_file(path)) + "\n")

    errors_dir = os.path.join(ROOT, "errors")
    cases = read_cases(os.path.join(errors_dir, "cases.txt"))
    with tempfile.TemporaryDirectory() as tmp, \
            open(os.path.join(errors_dir, "asts.jsonl"), "w") as asts, \
            open(os.path.join(errors_dir, "expected.txt"), "w") as expected:
        for name, source in cases:
            tree = ast_json.ast.parse(source)
            asts.write(json.dumps(ast_json.to_json(tree), separators=(",", ":")) + "\n")
            # compile() reads the offending line back from the file, as for a real module.
            path = os.path.join(tmp, name + ".py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            try:
                compile(source, path, "exec")
                result = "ok"
            except SyntaxError as err:
                result = describe(err)
            expected.write(f"### {name}\n{result}\n")


if __name__ == "__main__":
    main()
