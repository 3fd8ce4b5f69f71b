"""An error-report tool built on the traceback module: it runs a batch of jobs, and for each
failure renders a compact report of the exception chain (causes, contexts, groups, notes),
the frames each exception passed through, and where the report itself was made."""
import io
import os
import sys
import traceback


class ConfigError(Exception):
    pass


class JobFailed(Exception):
    def __init__(self, job, reason):
        super().__init__(f"job {job!r} failed: {reason}")
        self.job = job


def parse_setting(text):
    key, _, value = text.partition("=")
    if not value:
        raise ConfigError(f"setting {key!r} has no value")
    return key.strip(), int(value)


def load_config(lines):
    settings = {}
    for n, line in enumerate(lines, 1):
        try:
            key, value = parse_setting(line)
        except ValueError as e:
            raise ConfigError(f"line {n}: {e}") from e
        settings[key] = value
    return settings


def divide_work(total, workers):
    return [total // workers] * workers


def run_job(name, lines):
    try:
        config = load_config(lines)
        return divide_work(config["total"], config["workers"])
    except ConfigError as e:
        raise JobFailed(name, "bad configuration") from e
    except ZeroDivisionError:
        raise JobFailed(name, "no workers")


def cleanup_then_fail():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("cleanup failed") from None


def validate_all(items):
    errors = []
    for item in items:
        try:
            if not isinstance(item, int):
                raise TypeError(f"{item!r} is not an int")
            if item < 0:
                raise ValueError(f"{item} is negative")
        except (TypeError, ValueError) as e:
            e.add_note(f"while validating item #{items.index(item)}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)


def frames_of(exc):
    return [f"{os.path.basename(f.filename)}:{f.lineno} {f.name} | {f.line}"
            for f in traceback.extract_tb(exc.__traceback__)]


def report(te, depth=0):
    pad = "    " * depth
    if te.__cause__ is not None:
        report(te.__cause__, depth)
        print(pad + "-- caused --")
    elif te.__context__ is not None and not te.__suppress_context__:
        report(te.__context__, depth)
        print(pad + "-- while handling --")
    for line in te.format_exception_only():
        print(pad + line.rstrip("\n"))
    for fs in te.stack:
        print(f"{pad}  at {fs.name} (line {fs.lineno}): {fs.line}")
    if te.exceptions:
        for i, sub in enumerate(te.exceptions, 1):
            print(f"{pad}  [{i}]")
            report(sub, depth + 1)


def main():
    jobs = {
        "ok": ["total = 12", "workers = 4"],
        "typo": ["total = 12", "workers = four"],
        "empty": ["total = 12", "workers"],
        "idle": ["total = 12", "workers = 0"],
    }
    for name, lines in jobs.items():
        try:
            print(name, "->", run_job(name, lines))
        except JobFailed as e:
            print(f"== {name} ==")
            report(traceback.TracebackException.from_exception(e))
            print("frames:", frames_of(e))
            print("last line:", traceback.format_exception_only(e)[-1].strip())

    print("== suppressed context ==")
    try:
        cleanup_then_fail()
    except RuntimeError as e:
        te = traceback.TracebackException.from_exception(e)
        print("context kept:", e.__context__ is not None, "suppressed:", e.__suppress_context__)
        report(te)
        print("chain lines:", [l.strip() for l in te.format() if not l.startswith("  ")])

    print("== group ==")
    try:
        validate_all([3, "x", -2, 7, None])
    except ExceptionGroup as eg:
        report(traceback.TracebackException.from_exception(eg))
        print("split:", [type(x).__name__ for x in eg.split(TypeError)[0].exceptions])

    print("== walk ==")
    try:
        run_job("deep", ["total = 1", "workers = x"])
    except JobFailed as e:
        cause = e.__cause__.__cause__
        for frame, lineno in traceback.walk_tb(cause.__traceback__):
            print(" ", frame.f_code.co_name, lineno, frame.f_code.co_firstlineno,
                  os.path.basename(frame.f_code.co_filename))
        summary = traceback.StackSummary.extract(traceback.walk_tb(cause.__traceback__), limit=1)
        print("  limited:", [(f.name, f.lineno) for f in summary])
        print("  tb_lineno chain:", end=" ")
        tb = e.__traceback__
        while tb:
            print(tb.tb_lineno, end=" ")
            tb = tb.tb_next
        print()

    print("== stack ==")
    def where_am_i():
        return [(f.name, f.lineno) for f in traceback.extract_stack()][-3:]
    def caller():
        return where_am_i()
    print(caller())
    frame = sys._getframe()
    print(frame.f_code.co_name, frame.f_back is None or frame.f_back.f_code.co_name)
    print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None))][:2])

    print("== print_exc to stdout (last frame only) ==")
    buf = io.StringIO()
    try:
        raise JobFailed("final", "reported")
    except JobFailed:
        traceback.print_exc(limit=-1, file=buf, chain=False)
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    print(buf.getvalue().replace(here, ""), end="")
    print(repr(traceback.format_exc(limit=0).splitlines()[-1]))


main()
