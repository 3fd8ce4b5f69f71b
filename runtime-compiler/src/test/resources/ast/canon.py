# Helpers of the ast golden table (runtime-compiler/tools/gen_ast_tables.py writes it with
# CPython 3.13; AstTableTest runs the same cases on Weft). canon() spells a tree with every
# field, present or not, and the positions it has, so that the table pins the whole conversion.
import _ast

ONLY_AST = 0x400


def parse(src, mode='exec'):
    return compile(src, '<unknown>', mode, ONLY_AST)


def canon(node):
    if isinstance(node, _ast.AST):
        parts = ['%s=%s' % (f, canon(getattr(node, f, '<missing>'))) for f in node._fields]
        parts += ['%s=%r' % (a, getattr(node, a)) for a in node._attributes if hasattr(node, a)]
        return '%s(%s)' % (type(node).__name__, ', '.join(parts))
    if isinstance(node, list):
        return '[%s]' % ', '.join(canon(x) for x in node)
    return repr(node)


def run(tree_or_src, mode='exec'):
    """Compiles a tree (or the tree of source) and runs it; returns what it printed."""
    tree = parse(tree_or_src, mode) if isinstance(tree_or_src, str) else tree_or_src
    out = []
    ns = {'print': lambda *a: out.append(' '.join(map(str, a)))}
    value = eval(compile(tree, '<ast>', mode), ns) if mode == 'eval' else exec(compile(tree, '<ast>', mode), ns)
    return out if mode != 'eval' else value


def located(node):
    """Gives every node without positions those of line 1, column 0 (as ast.fix_missing_locations)."""
    for n in [node] + [c for c in _walk(node)]:
        if 'lineno' in n._attributes and not hasattr(n, 'lineno'):
            n.lineno, n.col_offset = 1, 0
    return node


def _walk(node):
    for f in node._fields:
        v = getattr(node, f, None)
        for c in (v if isinstance(v, list) else [v]):
            if isinstance(c, _ast.AST):
                yield c
                yield from _walk(c)


def error(f):
    try:
        f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
    return 'no error'
