# Files and directories through os: makedirs, open/write/read, listdir/scandir/walk (sorted),
# stat sizes, rename, remove, rmdir, environment variables, and cleanup in finally.
import os

root = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"weft-it-os-files-{os.getpid()}")
os.makedirs(os.path.join(root, "src", "pkg"), exist_ok=True)
os.makedirs(os.path.join(root, "docs"))
try:
    files = {
        "src/main.py": "print('hi')\n",
        "src/pkg/__init__.py": "",
        "src/pkg/util.py": "def f():\n    return 1\n" * 3,
        "docs/readme.txt": "héllo wörld 🙂\n",
        "top.cfg": "[a]\nx = 1\n",
    }
    for rel, text in files.items():
        with open(os.path.join(root, rel), "w", encoding="utf-8") as fh:
            fh.write(text)
    print("listdir:", sorted(os.listdir(root)))
    with os.scandir(root) as it:
        print("scandir:", sorted((e.name, e.is_dir(), e.is_file()) for e in it))
    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        rel = os.path.relpath(dirpath, root)
        sizes = [(f, os.stat(os.path.join(dirpath, f)).st_size) for f in sorted(filenames)]
        print(f"walk {rel}: dirs={sorted(dirnames)} files={sizes}")
    readme = os.path.join(root, "docs", "readme.txt")
    with open(readme, encoding="utf-8") as fh:
        text = fh.read()
    with open(readme, "rb") as fh:
        raw = fh.read()
    print(repr(text), len(text), len(raw), raw[:6])
    with open(readme, "a", encoding="utf-8") as fh:
        print("appended line", file=fh)
    with open(readme, encoding="utf-8") as fh:
        print([line.rstrip("\n") for line in fh])
    os.rename(os.path.join(root, "top.cfg"), os.path.join(root, "renamed.cfg"))
    print("after rename:", sorted(os.listdir(root)), os.path.exists(os.path.join(root, "top.cfg")))
    os.remove(os.path.join(root, "renamed.cfg"))
    try:
        os.remove(os.path.join(root, "renamed.cfg"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror)
    try:
        os.rmdir(os.path.join(root, "src"))
    except OSError as e:
        print("OSError on non-empty rmdir:", type(e).__name__, e.strerror)
    try:
        os.makedirs(os.path.join(root, "docs"))
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    try:
        open(os.path.join(root, "missing.txt"))
    except FileNotFoundError as e:
        print("open missing:", type(e).__name__, e.strerror)
    with open(os.path.join(root, "lines.txt"), "w") as fh:
        fh.writelines(f"row {i}\n" for i in range(5))
    with open(os.path.join(root, "lines.txt")) as fh:
        print(fh.readline().strip(), fh.readline().strip(), fh.read().split("\n"), fh.read() == "")
    with open(os.path.join(root, "lines.txt"), "r+") as fh:
        fh.seek(4)
        fh.write("X")
        fh.seek(0)
        print(repr(fh.read(10)), fh.tell())
finally:
    for dirpath, dirnames, filenames in os.walk(root, topdown=False):
        for f in filenames:
            os.remove(os.path.join(dirpath, f))
        for d in dirnames:
            os.rmdir(os.path.join(dirpath, d))
    os.rmdir(root)
print("cleaned up:", not os.path.exists(root))
os.environ["WEFT_DEMO_VAR"] = "value 1"
print(os.environ["WEFT_DEMO_VAR"], os.environ.get("WEFT_UNSET_VAR", "default"), os.getenv("WEFT_DEMO_VAR"))
del os.environ["WEFT_DEMO_VAR"]
print("WEFT_DEMO_VAR" in os.environ, isinstance(os.getpid(), int), os.cpu_count() >= 1)
