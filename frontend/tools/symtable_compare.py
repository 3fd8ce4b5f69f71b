"""Compares two outputs of the symbol-table dump (CPython's, from symtable_dump.py, and Weft's,
from `weft symtable`) scope by scope.

    python3 frontend/tools/symtable_compare.py EXPECTED ACTUAL [--show N]

A scope matches when its header, parameters and symbol lines (its children excluded) are equal
to the scope at the same position of the same file; a file matches when all its lines are
equal. Files CPython cannot parse are left out. Prints the counts as `files A/B, scopes C/D`
and the first differing scope of up to N files.
"""
import sys


def split_files(path):
    files = {}
    order = []
    current = None
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("== "):
                current = line[3:]
                order.append(current)
                files[current] = []
            elif current is not None:
                files[current].append(line)
    return files, order


def split_scopes(lines):
    """Each scope: (path of headers, its own lines). Scope headers are lines at even indent whose
    first word is a scope type."""
    scopes = []
    stack = []
    types = ("module ", "function ", "class ", "annotation ", "type_alias ", "type_parameters ",
             "type_variable ")
    for line in lines:
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        is_header = body.startswith(types) and " line " in body and not _is_symbol(body)
        if is_header:
            depth = indent // 2
            del stack[depth:]
            stack.append(body)
            scopes.append(("/".join(stack), [line]))
        elif scopes:
            scopes[-1][1].append(line)
        else:
            scopes.append(("", [line]))
    return scopes


def _is_symbol(body):
    # A symbol line is `NAME SCOPE FLAGS`: exactly three words, the second a scope name.
    words = body.split(" ")
    return len(words) == 3 and words[1] in ("LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL", "0")


def main(argv):
    show = 0
    if "--show" in argv:
        i = argv.index("--show")
        show = int(argv[i + 1])
        del argv[i:i + 2]
    expected, order = split_files(argv[0])
    actual, _ = split_files(argv[1])
    files_ok = files_total = scopes_ok = scopes_total = 0
    shown = 0
    for name in order:
        exp = expected[name]
        if exp == ["unparseable"]:
            continue
        act = actual.get(name, ["<missing>"])
        files_total += 1
        if exp == act:
            files_ok += 1
        exp_scopes = split_scopes(exp)
        act_scopes = split_scopes(act)
        scopes_total += len(exp_scopes)
        first_diff = None
        for i, (path, lines) in enumerate(exp_scopes):
            if i < len(act_scopes) and act_scopes[i] == (path, lines):
                scopes_ok += 1
            elif first_diff is None:
                first_diff = (lines, act_scopes[i][1] if i < len(act_scopes) else ["<missing>"])
        if first_diff and shown < show:
            shown += 1
            print(f"--- {name}")
            print("  expected:\n    " + "\n    ".join(first_diff[0][:40]))
            print("  actual:\n    " + "\n    ".join(first_diff[1][:40]))
    print(f"files {files_ok}/{files_total}, scopes {scopes_ok}/{scopes_total}")
    return files_ok, scopes_ok


if __name__ == "__main__":
    main(sys.argv[1:])
