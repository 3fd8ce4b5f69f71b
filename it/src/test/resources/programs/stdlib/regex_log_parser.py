# re: compiled patterns with named groups and verbose mode, findall/finditer/sub with callables,
# split, fullmatch, flags, lookarounds, and backreferences, applied to parsing a web log.
import re

LOG = """\
192.168.1.10 - - [10/Oct/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - alice [10/Oct/2024:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 0 "https://x.test/" "curl/8.0"
10.0.0.5 - alice [10/Oct/2024:13:56:07 +0000] "GET /api/items?page=2&size=50 HTTP/1.1" 200 5120 "-" "curl/8.0"
172.16.0.9 - - [10/Oct/2024:13:57:12 +0000] "GET /missing.png HTTP/1.1" 404 153 "-" "Mozilla/5.0"
bad line that does not match
192.168.1.10 - - [10/Oct/2024:13:58:40 +0000] "DELETE /api/items/7 HTTP/1.1" 500 87 "-" "python-requests/2.31"
"""

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+(?P<user>\S+)\s+
    \[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+)\s[+-]\d{4}\]\s+
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s(?P<proto>HTTP/[\d.]+)"\s+
    (?P<status>\d{3})\s(?P<size>\d+)
""", re.VERBOSE)

records = []
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        print(f"line {number}: no match")
        continue
    rec = m.groupdict()
    records.append(rec)
    print(f"{rec['ip']:<14}{rec['user']:<7}{rec['method']:<7}{rec['status']} {rec['path']}")
print(records[1]["time"], LINE.groupindex["status"], LINE.pattern.count("(?P<"))
by_status = {}
for r in records:
    by_status.setdefault(r["status"][0] + "xx", []).append(r["path"])
print(sorted(by_status.items()))
query = re.search(r"\?(.*)$", records[2]["path"]).group(1)
print(dict(re.findall(r"(\w+)=(\w+)", query)))
print(re.findall(r"\b\d{3}\b", LOG)[:6], len(re.findall(r"\d+\.\d+\.\d+\.\d+", LOG)))
print([m.span() for m in re.finditer(r"alice", LOG)])
masked = re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", r"\1.\2.x.x", LOG.splitlines()[0])
print(masked)
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn(r"o", "0", "foo boo"))
print(re.split(r"[;,\s]+", "a, b;c  d;;e"), re.split(r"(-)", "x-y-z"), re.split(r"\s", "a b c", maxsplit=1))
print(bool(re.fullmatch(r"[A-Z]{3}-\d{4}", "ABC-1234")), bool(re.fullmatch(r"[A-Z]{3}-\d{4}", "ABC-12345")))
print(re.findall(r"(?i)error|warn", "Error, WARN, error, warning"), re.findall(r"^\w+", "one\ntwo\nthree", re.M))
print(re.findall(r"\w+(?=!)", "hi! there yes!"), re.findall(r"(?<=\$)\d+", "cost $30 or $45"),
      re.findall(r"\b(\w+) \1\b", "this is is a test test ok"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.escape("1+1=2? (yes)"), re.findall(r".", "a\nb", re.S), re.findall(r"[à-ü]+", "naïve café"))
m = re.match(r"(\d+)-(\d+)?-(\d+)", "12--34")
print(m.groups(), m.groups("default"), m.group(0, 3), m.start(3), m.end(), m.lastindex)
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, "at", e.pos)
print(re.findall(r"\d", "١٢٣ 456"), re.findall(r"\d", "١٢٣ 456", re.ASCII), re.findall(r"\w+", "日本語 text"))
