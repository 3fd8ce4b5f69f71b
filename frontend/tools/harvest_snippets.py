"""Collects small Python programs from CPython 3.13's own test suite, for differential tests of
the symbol table and the compile-time errors: every string constant and every doctest example
of the test modules below that parses as a module (many are meant to fail to compile).

Run with CPython 3.13:
    PYENV_VERSION=3.13.0 python3 frontend/tools/harvest_snippets.py OUT_DIR
Writes OUT_DIR/sNNNN.py, one per distinct snippet, and OUT_DIR/files.txt listing them.
"""
import ast
import doctest
import os
import sys
import sysconfig
import textwrap
import warnings

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

MODULES = [
    "test_syntax.py", "test_scope.py", "test_symtable.py", "test_named_expressions.py",
    "test_type_params.py", "test_grammar.py", "test_compile.py", "test_listcomps.py",
    "test_setcomps.py", "test_dictcomps.py", "test_genexps.py", "test_coroutines.py",
    "test_asyncgen.py", "test_patma.py", "test_type_aliases.py", "test_positional_only_arg.py",
    "test_keywordonlyarg.py", "test_exceptions.py", "test_except_star.py",
    "test_future_stmt/test_future.py", "test_class.py", "test_super.py", "test_generators.py",
    "test_global.py", "test_unparse.py", "test_ast/test_ast.py", "test_type_annotations.py",
    "test_funcattrs.py", "test_dis.py", "test_compiler_codegen.py", "test_peepholer.py",
    "test_fstring.py", "test_builtin.py", "test_opcache.py", "test_typing.py",
]
MAX_LENGTH = 3000


def snippets(path):
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    parser = doctest.DocTestParser()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < MAX_LENGTH:
            yield node.value
            yield textwrap.dedent(node.value)
            if ">>>" in node.value:
                try:
                    for example in parser.get_examples(node.value):
                        yield example.source
                except ValueError:
                    pass


def main(out_dir):
    test_dir = os.path.join(sysconfig.get_paths()["stdlib"], "test")
    os.makedirs(out_dir, exist_ok=True)
    seen = set()
    kept = []
    warnings.simplefilter("ignore")
    for name in MODULES:
        path = os.path.join(test_dir, name)
        if not os.path.exists(path):
            continue
        for text in snippets(path):
            text = text.strip("\n") + "\n"
            if text in seen:
                continue
            seen.add(text)
            try:
                ast.parse(text)
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                continue
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                continue  # lone surrogates cannot be written as a source file
            kept.append(text)
    with open(os.path.join(out_dir, "files.txt"), "w", encoding="utf-8") as listing:
        for i, text in enumerate(kept):
            path = os.path.join(out_dir, f"s{i:04d}.py")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            listing.write(path + "\n")
    print(f"{len(kept)} snippets in {out_dir}")


if __name__ == "__main__":
    main(sys.argv[1])
