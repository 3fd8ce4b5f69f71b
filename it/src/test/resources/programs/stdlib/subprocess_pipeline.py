# A tiny build runner: runs shell steps, captures and post-processes their output, pipes data
# between processes, reports failures and timeouts, and runs independent steps concurrently
# with asyncio and with threads.
import asyncio
import os
import subprocess
import sys
import threading

WORDS = "pear apple fig apple kiwi pear apple banana fig".split()


def step(title, argv, **kw):
    result = subprocess.run(argv, capture_output=True, text=True, **kw)
    status = "ok" if result.returncode == 0 else f"failed ({result.returncode})"
    print(f"[{title}] {status}")
    for line in result.stdout.splitlines():
        print(f"    out: {line}")
    for line in result.stderr.splitlines():
        print(f"    err: {line}")
    return result


def word_histogram(words):
    # sort | uniq -c | sort -rn, as three processes joined by pipes
    sort1 = subprocess.Popen(["sort"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    uniq = subprocess.Popen(["uniq", "-c"], stdin=sort1.stdout, stdout=subprocess.PIPE)
    sort1.stdout.close()
    sort2 = subprocess.Popen(["sort", "-k1,1nr", "-k2"], stdin=uniq.stdout, stdout=subprocess.PIPE, text=True)
    uniq.stdout.close()
    sort1.stdin.write("\n".join(words).encode() + b"\n")
    sort1.stdin.close()
    out = sort2.communicate()[0]
    codes = [p.wait() for p in (sort1, uniq, sort2)]
    return [(int(n), w) for n, w in (line.split() for line in out.splitlines())], codes


def failures():
    try:
        subprocess.run(["definitely-not-a-command-weft"], check=True)
    except FileNotFoundError as e:
        print("missing program:", e.errno, e.strerror, e.filename)
    try:
        subprocess.check_output(["sh", "-c", "echo partial; exit 4"])
    except subprocess.CalledProcessError as e:
        print("check_output:", e.returncode, e.output, e.cmd)
    try:
        subprocess.run(["sleep", "3"], timeout=0.3)
    except subprocess.TimeoutExpired as e:
        print("timed out:", e.cmd, type(e.timeout).__name__)
    try:
        subprocess.run(["ls"], cwd="/no/such/dir/weft")
    except FileNotFoundError as e:
        print("bad cwd:", e.errno, e.filename)
    p = subprocess.Popen(["sleep", "30"])
    print("running:", p.poll())
    p.kill()
    print("killed:", p.wait())


async def concurrent_steps():
    async def run(name, script):
        proc = await asyncio.create_subprocess_exec("sh", "-c", script, stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return name, proc.returncode, out.decode().split()

    results = await asyncio.gather(run("a", "echo 1 2 3"), run("b", "sleep 0.2; echo late"),
                                   run("c", "printf 'x\\ny\\n'; exit 5"))
    for name, code, words in results:
        print(f"async {name}: code={code} words={words}")


def threaded_steps():
    results = {}

    def worker(n):
        r = subprocess.run(["sh", "-c", f"expr {n} \\* {n}"], capture_output=True, text=True)
        results[n] = int(r.stdout)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(1, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("squares:", [results[n] for n in sorted(results)])


def main():
    step("echo", ["echo", "building", "weft"])
    step("mixed streams", ["sh", "-c", "echo to-out; echo to-err 1>&2; exit 2"])
    step("environment", ["sh", "-c", 'echo "$GREETING from $NAME"'],
         env={"GREETING": "hello", "NAME": "child", "PATH": os.environ.get("PATH", "/usr/bin:/bin")})
    step("working directory", ["pwd"], cwd="/")
    step("stdin", ["tr", "a-z", "A-Z"], input="quiet words\n")
    merged = subprocess.run(["sh", "-c", "echo one; echo two 1>&2"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    print("merged lines:", sorted(merged.stdout.split()))
    big = subprocess.run(["wc", "-c"], input=b"z" * 300_000, capture_output=True)
    print("bytes counted:", int(big.stdout))
    hist, codes = word_histogram(WORDS)
    print("histogram:", hist, "exit codes:", codes)
    print("getoutput:", subprocess.getoutput("echo $((7 * 6))"))
    print("getstatusoutput:", subprocess.getstatusoutput("exit 3"))
    print("os.popen:", os.popen("echo from popen").read().strip())
    print("os.system status:", os.system("exit 2"))
    with subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo line$i; done"], stdout=subprocess.PIPE,
                          text=True) as p:
        print("streamed:", [line.strip() for line in p.stdout])
    print("returncode after with:", p.returncode)
    failures()
    asyncio.run(concurrent_steps())
    threaded_steps()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
