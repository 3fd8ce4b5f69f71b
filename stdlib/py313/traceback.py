# CPython 3.13: position markers by 3.13's rules (calls anchored as `~~~^^^`, multi-line spans
# with elided lines, none under a whole `x = f(...)` / `return f(...)`). Weft's runtime draws
# its own tracebacks by those rules, so the entries of tracebacks walked here take their source
# lines and markers from it (_weft_traceback.marked_source); summaries made any other way
# (extract_stack, from_list, hand-made FrameSummary objects) keep the code above.
import _weft_traceback


class _MarkedLineno(int):
    """A traceback entry's line number, carrying its marked source to the FrameSummary."""


def _walk_tb_with_full_positions(tb):
    # the same frames and positions as above (callers count frames: walk_stack(None) does)
    while tb is not None:
        lineno, end_lineno, colno, end_colno = _get_code_position(tb.tb_frame.f_code, tb.tb_lasti)
        marked = _MarkedLineno(tb.tb_lineno if lineno is None else lineno)
        marked.source = _weft_traceback.marked_source(tb)
        yield tb.tb_frame, (marked, end_lineno, colno, end_colno)
        tb = tb.tb_next


class FrameSummary(FrameSummary):
    __slots__ = ('_marked_source',)

    def __init__(self, filename, lineno, name, **options):
        self._marked_source = getattr(lineno, 'source', None)
        if lineno is not None:
            lineno = int(lineno)
        super().__init__(filename, lineno, name, **options)


def _format_marked(self, frame_summary):
    source = getattr(frame_summary, '_marked_source', None)
    if source is None:
        return _format_unmarked(self, frame_summary)
    row = ['  File "{}", line {}, in {}\n'.format(
        frame_summary.filename, frame_summary.lineno, frame_summary.name), source]
    if frame_summary.locals:
        for name, value in sorted(frame_summary.locals.items()):
            row.append('    {name} = {value}\n'.format(name=name, value=value))
    return ''.join(row)


FrameSummary.__qualname__ = 'FrameSummary'
_format_unmarked = StackSummary.format_frame_summary
StackSummary.format_frame_summary = _format_marked


# Weft cannot read the local variables of a function's frame (they live in JVM locals), so
# f_locals raises NotImplementedError there: a NameError's suggestions then come from the
# frame's globals and builtins only.
class _FrameWithoutLocals:
    def __init__(self, frame):
        self.f_locals = {}
        self.f_globals = frame.f_globals
        self.f_builtins = frame.f_builtins


class _LastEntry:
    def __init__(self, frame):
        self.tb_frame = _FrameWithoutLocals(frame)
        self.tb_next = None


_suggestion_reading_locals = _compute_suggestion_error


def _compute_suggestion_error(exc_value, tb, wrong_name):
    try:
        return _suggestion_reading_locals(exc_value, tb, wrong_name)
    except NotImplementedError:
        if not isinstance(exc_value, NameError) or tb is None:
            raise
        while tb.tb_next is not None:
            tb = tb.tb_next
        return _suggestion_reading_locals(exc_value, _LastEntry(tb.tb_frame), wrong_name)
