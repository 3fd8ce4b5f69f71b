"""Prints CPython 3.13's symbol table of Python files in Weft's stable text form.

Run with CPython 3.13:
    PYENV_VERSION=3.13.0 python3 frontend/tools/symtable_dump.py FILE...
The output is, byte for byte, what `weft symtable FILE...` prints for the same files (see
dev.weft.frontend.symtable.SymbolTableFormatter): for each file a line `== FILE`, then either
the scopes, or one line `error SyntaxError: MSG (LINE:COL-ENDLINE:ENDCOL)` for an error the
symbol table raises, or `unparseable` when the file does not parse.

Each scope prints as `TYPE NAME line N[ nested]`, then `  params P...` when it has parameters,
then one `  NAME SCOPE FLAGS` line per symbol sorted by name, then its children indented by
two more spaces, depth-first in CPython's order.
"""
import _symtable
import ast
import sys

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

TYPES = {
    _symtable.TYPE_FUNCTION: "function",
    _symtable.TYPE_CLASS: "class",
    _symtable.TYPE_MODULE: "module",
    _symtable.TYPE_ANNOTATION: "annotation",
    _symtable.TYPE_TYPE_ALIAS: "type_alias",
    _symtable.TYPE_TYPE_PARAMETERS: "type_parameters",
    _symtable.TYPE_TYPE_VARIABLE: "type_variable",
}
# Flag bits of Include/internal/pycore_symtable.h in bit order (the last three are not exported
# by _symtable but are part of the flags word).
FLAGS = ["DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE", "DEF_FREE_CLASS",
         "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER", "DEF_TYPE_PARAM", "DEF_COMP_CELL"]
SCOPES = {0: "0", _symtable.LOCAL: "LOCAL", _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
          _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT", _symtable.FREE: "FREE", _symtable.CELL: "CELL"}
assert _symtable.USE == 1 << FLAGS.index("USE") and _symtable.DEF_ANNOT == 1 << FLAGS.index("DEF_ANNOT")
assert _symtable.SCOPE_OFF == 12


def format_flags(flags):
    names = [name for bit, name in enumerate(FLAGS) if flags & (1 << bit)]
    return "|".join(names) if names else "-"


def dump_scope(table, indent, out):
    line = f"{indent}{TYPES[table.type]} {table.name} line {table.lineno}"
    if table.nested:
        line += " nested"
    out.append(line)
    if table.varnames:
        out.append(f"{indent}  params " + " ".join(table.varnames))
    for name in sorted(table.symbols):
        word = table.symbols[name]
        scope = (word >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        flags = word & ((1 << _symtable.SCOPE_OFF) - 1)
        out.append(f"{indent}  {name} {SCOPES[scope]} {format_flags(flags)}")
    for child in table.children:
        dump_scope(child, indent + "  ", out)


def dump_file(path):
    with open(path, "rb") as f:
        source = f.read()
    try:
        compile(source, path, "exec", ast.PyCF_ONLY_AST)
    except (SyntaxError, ValueError):
        return ["unparseable"]
    try:
        top = _symtable.symtable(source, path, "exec")
    except SyntaxError as e:
        return [f"error SyntaxError: {e.msg} ({e.lineno}:{e.offset or 0}-{e.end_lineno or 0}:{e.end_offset or 0})"]
    out = []
    dump_scope(top, "", out)
    return out


def main(paths):
    out = sys.stdout
    for path in paths:
        out.write(f"== {path}\n")
        for line in dump_file(path):
            out.write(line + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
