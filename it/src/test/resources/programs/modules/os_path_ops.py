# os.path on literal POSIX paths: join, split, splitext, basename, dirname, normpath, relpath,
# commonpath, expanduser-free operations; and os constants.
import os
import os.path as osp

paths = ["/usr/local/lib/python3.13/site.py", "relative/dir/file.tar.gz", "/", "", ".", "..",
         "a//b/./c/../d", "/trailing/slash/", "noext", ".bashrc", "archive.tar.gz", "dir.d/file"]
for p in paths:
    print(f"{p!r:<38} split={osp.split(p)} ext={osp.splitext(p)} base={osp.basename(p)!r} "
          f"dir={osp.dirname(p)!r} norm={osp.normpath(p) if p else ''!r} abs={osp.isabs(p)}")

print(osp.join("a", "b", "c.txt"), osp.join("/root", "/etc", "passwd"), osp.join("a", ""), osp.join("", "x"))
print(osp.relpath("/a/b/c/d", "/a/b"), osp.relpath("/a/x", "/a/b/c"), osp.commonpath(["/usr/lib", "/usr/local/lib"]))
print(osp.commonprefix(["interstellar", "internet", "interval"]), osp.splitdrive("/x/y"), osp.normcase("/A/B"))
print(os.sep, os.altsep, os.extsep, os.pardir, os.curdir, repr(os.linesep), os.name, osp.sep)
print(osp.splitext(".hidden.tar"), osp.splitext("a.b.c"), osp.split("file"), osp.dirname("/"))
try:
    osp.commonpath(["/abs", "rel"])
except ValueError as e:
    print("ValueError:", e)
here = os.getcwd()
print("cwd is this program's folder:", osp.basename(here) == "modules", osp.isdir(here), osp.exists("os_path_ops.py"))
print("isfile:", osp.isfile("os_path_ops.py"), osp.isfile("no_such_file"), osp.isdir("os_path_ops.py"))
print("abspath ends with name:", osp.abspath("os_path_ops.py").endswith(osp.join("modules", "os_path_ops.py")))
print("getsize > 0:", osp.getsize("os_path_ops.py") > 0, "join+normpath:", osp.normpath(osp.join("x/y", "../z")))
print(osp.expanduser("no/tilde"), os.fspath("str/path"), os.fsencode("p"), os.fsdecode(b"q"))
print([osp.splitext(f)[1] for f in ["a.py", "b.PY", "c", "d."]], osp.basename("a/b/") == "")
