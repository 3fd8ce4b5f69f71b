"""Writes the tables of Weft's sys module from CPython 3.13.

Run with CPython 3.13 (PYENV_VERSION=3.13.0 python3 tools/gen_sys_tables.py):
  sys/stdlib_module_names.txt  one name per line: sys.stdlib_module_names (the names of the
                               standard library's top-level modules; traceback.py consults it
                               for "Did you forget to import" hints)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "dev", "weft", "runtime", "modules", "sys")

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
os.makedirs(OUT, exist_ok=True)
with open(os.path.join(OUT, "stdlib_module_names.txt"), "w") as f:
    for name in sorted(sys.stdlib_module_names):
        f.write(name + "\n")
