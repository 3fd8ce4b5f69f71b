"""What the golden snippet-table generators share (gen_modules_tables.py,
gen_data_modules_tables.py): running one snippet under CPython 3.13 and writing a table.

A snippet is statements separated by ';' whose last one is an expression (or a statement,
whose value is then None); its golden value is the repr of that value, or ``!Type: message``
if it raised.
"""
import os


def run(code, prelude, extra_globals=None):
    ns = {"__name__": "__main__"}
    ns.update(extra_globals or {})
    exec(prelude, ns)
    stmts = [s.strip() for s in code.split(";")]
    try:
        for s in stmts[:-1]:
            exec(s, ns)
        try:
            last = compile(stmts[-1], "<case>", "eval")
        except SyntaxError:
            exec(stmts[-1], ns)
            return repr(None)
        return repr(eval(last, ns))
    except Exception as e:
        text = str(e)
        return "!" + type(e).__name__ + (": " + text if text else "")


def write_table(cases_file, out_file, header, result_of):
    """Runs every snippet line of cases_file through result_of; writes header + rows; returns the row count."""
    lines = []
    with open(cases_file, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            result = result_of(line)
            assert "\t" not in result and "\n" not in result, (line, result)
            lines.append(line + "\t" + result)
    with open(out_file, "w", encoding="utf-8") as f:
        f.write(header + "\n")
        for l in lines:
            f.write(l + "\n")
    return len(lines)
