# A log processor: reads a log with mixed line endings from io.StringIO, aggregates it, writes
# reports to io.StringIO and to a file that it then patches in r+ mode and extends in a+ mode.
import io
import os

RAW_LOG = (
    "2024-05-01 10:00:01 INFO  server started\r\n"
    "2024-05-01 10:00:02 DEBUG config loaded from /etc/app.conf\n"
    "2024-05-01 10:00:05 WARN  disk usage at 81%\r"
    "2024-05-01 10:01:00 ERROR request 17 failed: timeout\n"
    "2024-05-01 10:01:30 INFO  request 18 ok\r\n"
    "2024-05-01 10:02:00 ERROR request 19 failed: refused\n"
    "2024-05-01 10:03:00 INFO  shutting down\n"
)


class CountingStringIO(io.StringIO):
    """A StringIO that counts the writes it receives."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.writes = 0

    def write(self, s):
        self.writes += 1
        return super().write(s)


def parse(stream):
    records = []
    for line in stream:
        date, time, level, message = line.rstrip("\n").split(None, 3)
        records.append((f"{date} {time}", level, message))
    return records


def main():
    source = io.StringIO(RAW_LOG, newline=None)
    print("newlines seen before reading:", source.newlines)
    records = parse(source)
    print("records:", len(records), "newlines seen:", source.newlines)
    print("tell at end:", source.tell() == len(source.getvalue()))

    counts = {}
    for _, level, _ in records:
        counts[level] = counts.get(level, 0) + 1
    report = CountingStringIO()
    print("== level counts ==", file=report)
    for level in sorted(counts):
        print(f"{level:<6}{counts[level]:>3}", file=report)
    errors = [r for r in records if r[1] == "ERROR"]
    report.writelines(f"! {stamp} {msg}\n" for stamp, _, msg in errors)
    text = report.getvalue()
    print(text, end="")
    print("writes:", report.writes, "chars:", len(text), "lines:", text.count("\n"))
    print("is TextIOBase:", isinstance(report, io.TextIOBase), isinstance(report, io.IOBase))

    report.seek(0)
    print("first line again:", repr(report.readline()))
    report.seek(0, io.SEEK_END)
    report.write("-- end --\n")
    report.truncate(report.tell() - 4)
    print("after truncate:", repr(report.getvalue()[-12:]))

    path = "io_log_processor.tmp"
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("HEADER: pending\n")
            f.write(text)
            print("file position after writing:", f.tell())
        with open(path, "r+", encoding="utf-8") as f:
            first = f.readline()
            print("header was:", repr(first))
            f.seek(0)
            f.write("HEADER: done!!\n")
            f.seek(0)
            print("patched header:", repr(f.readline()))
        with open(path, "a+", encoding="utf-8") as f:
            print("a+ starts at end:", f.tell() == os.path.getsize(path))
            f.write(f"summary: {len(records)} records, {len(errors)} errors\n")
            f.seek(0)
            lines = f.readlines()
        print("file has", len(lines), "lines; last:", repr(lines[-1]))
        with open(path, "rb") as f:
            data = f.read()
            print("bytes:", len(data), "crlf:", data.count(b"\r\n"), type(f).__name__)
            f.seek(-8, io.SEEK_END)
            print("tail:", f.read())
        with open(path, "r", newline="") as f:
            print("universal lines:", sum(1 for _ in f))
        f = open(path)
        f.close()
        try:
            f.read()
        except ValueError as e:
            print("ValueError:", e)
        with open(path) as f:
            try:
                f.write("nope")
            except io.UnsupportedOperation as e:
                print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
        try:
            open(path, "x")
        except FileExistsError as e:
            print("FileExistsError:", e.errno)
    finally:
        os.remove(path)
    print("removed:", not os.path.exists(path))

    binary = io.BytesIO()
    wrapper = io.TextIOWrapper(binary, encoding="latin-1", newline="\r\n")
    wrapper.write("caf\xe9\nna\xefve\n")
    wrapper.flush()
    print("latin-1 bytes:", binary.getvalue())
    wrapper.seek(0)
    print("read back:", wrapper.read().splitlines())
    print("buffer is binary:", wrapper.buffer is binary)


main()
