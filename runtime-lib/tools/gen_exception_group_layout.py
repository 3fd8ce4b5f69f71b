#!/usr/bin/env python3
"""Writes the golden of TracebackPrinterTest's exception-group layout test with CPython 3.13.

Two groups that were never raised (so no frames): one wider than traceback's max_group_width
(15) and one nested deeper than max_group_depth (10).

Run with: PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_exception_group_layout.py
"""
import os
import sys
import traceback

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "exc",
                   "exception_group_layout.txt")


def main():
    if sys.version_info[:2] != (3, 13):
        sys.exit("run with CPython 3.13 (PYENV_VERSION=3.13.0 python3)")
    wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
    deep = ValueError("leaf")
    for d in range(12):
        deep = ExceptionGroup(f"d{d}", [deep])
    with open(OUT, "w") as f:
        f.write("".join(traceback.format_exception(wide)))
        f.write("".join(traceback.format_exception(deep)))


if __name__ == "__main__":
    main()
