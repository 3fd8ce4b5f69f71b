# Exception chaining (__cause__, __context__, __suppress_context__), notes, tracebacks as text.
import traceback


class ConfigError(Exception):
    pass


def load(raw):
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"bad setting {raw!r}") from exc


def load_quiet(raw):
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"bad setting {raw!r}") from None


def load_implicit(raw):
    try:
        return int(raw)
    except ValueError:
        return undefined_name  # noqa: F821


for fn in (load, load_quiet, load_implicit):
    try:
        fn("x1")
    except Exception as e:
        print(f"{fn.__name__}: {type(e).__name__}: {e}")
        print(f"  cause={e.__cause__!r} context={e.__context__!r} suppress={e.__suppress_context__}")

try:
    load("oops")
except ConfigError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1].strip())
    print("".join(traceback.format_exception_only(e)).strip())
    print(any("direct cause" in line for line in lines))

try:
    try:
        raise KeyError("first")
    except KeyError as first:
        first.add_note("while reading the index")
        first.add_note("second note")
        raise
except KeyError as e:
    print(e.__notes__)
    print(traceback.format_exception_only(e)[-1].strip())


def deep(n):
    if n == 0:
        raise RecursionError("bottom reached artificially")
    return deep(n - 1)


try:
    deep(5)
except RecursionError as e:
    tb = e.__traceback__
    depth = 0
    while tb:
        depth += 1
        tb = tb.tb_next
    print("frames in traceback:", depth)
    summary = traceback.extract_tb(e.__traceback__)
    print([frame.name for frame in summary])


class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem

    def __str__(self):
        return f"[{self.field}] {self.problem}"

    def __reduce__(self):
        return (type(self), (self.field, self.problem))


try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(str(e), repr(e), e.args, e.field, isinstance(e, ValidationError))


def cleanup_error():
    try:
        raise ValueError("original")
    finally:
        pass


try:
    try:
        raise ValueError("original")
    finally:
        print("  finally sees the active exception but does not replace it")
except ValueError as e:
    print("got", e, e.__context__)

try:
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("during handling")
except TypeError as e:
    print("chain:", repr(e), "<-", repr(e.__context__), "<-", repr(e.__context__.__context__))

err = RuntimeError("manual")
err.__cause__ = KeyError("set by hand")
print(err.__cause__, err.__suppress_context__)
try:
    raise err
except RuntimeError as e:
    text = "".join(traceback.format_exception(e))
    print(text.count("Traceback"), "KeyError: 'set by hand'" in text)
print(BaseException.__subclasses__()[:0], issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
for exc_type in (StopIteration, GeneratorExit, ArithmeticError, UnicodeDecodeError, FileNotFoundError, NotImplementedError):
    print(exc_type.__name__, "->", " > ".join(k.__name__ for k in exc_type.__mro__[1:-1]))
