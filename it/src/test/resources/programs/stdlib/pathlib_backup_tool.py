# A backup tool over a temporary directory: pathlib (building, globbing, reading, writing,
# stat, relative paths, suffixes), tempfile (TemporaryDirectory, NamedTemporaryFile,
# mkstemp), shutil (copytree with ignore, copy2, move, rmtree, make_archive/unpack_archive,
# disk_usage-free checks) and os.walk. Only paths relative to the temporary root are printed.
import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath


def tree(root):
    lines = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        rel = Path(dirpath).relative_to(root)
        depth = len(rel.parts)
        lines.append("  " * depth + (rel.name or ".") + "/")
        for f in sorted(filenames):
            size = (Path(dirpath) / f).stat().st_size
            lines.append("  " * (depth + 1) + f"{f} ({size})")
    return "\n".join(lines)


with tempfile.TemporaryDirectory(prefix="weft-backup-") as tmp:
    root = Path(tmp)
    src = root / "project"
    (src / "src" / "pkg").mkdir(parents=True)
    (src / "docs").mkdir()
    (src / "build").mkdir()
    (src / "src" / "pkg" / "__init__.py").write_text("")
    (src / "src" / "pkg" / "core.py").write_text("def answer():\n    return 42\n")
    (src / "src" / "main.py").write_text("from pkg.core import answer\nprint(answer())\n", encoding="utf-8")
    (src / "docs" / "guide.md").write_text("# Guide\n\nNaïve café.\n", encoding="utf-8")
    (src / "build" / "out.o").write_bytes(bytes(range(64)))
    (src / "notes.tmp").write_text("scratch")
    print(tree(src))

    print("-- pathlib queries")
    print(sorted(p.relative_to(src).as_posix() for p in src.rglob("*.py")))
    print(sorted(p.name for p in src.glob("*")), sorted(p.name for p in (src / "src").iterdir()))
    guide = src / "docs" / "guide.md"
    print(guide.name, guide.stem, guide.suffix, guide.parent.name, guide.exists(), guide.is_file(), guide.is_dir())
    print(guide.read_text(encoding="utf-8").splitlines(), len(guide.read_bytes()))
    p = PurePosixPath("/var/backups/2024/project.tar.gz")
    print(p.suffixes, p.stem, p.with_suffix(".zip"), p.with_name("x.txt"), p.with_stem("proj"), p.parts[:3])
    print(p.relative_to("/var"), p.is_relative_to("/etc"), p.match("*.gz"), PurePosixPath("a/b/../c"),
          PurePosixPath("a") / "b" / "/c", p.parent.parent, list(map(str, p.parents))[:2])

    print("-- copy with ignore, then modify")
    dst = root / "backup" / "v1"
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("build", "*.tmp"))
    print(tree(dst))
    shutil.copy2(src / "notes.tmp", dst / "notes.keep")
    shutil.move(str(dst / "docs" / "guide.md"), str(dst / "GUIDE.md"))
    (dst / "docs").rmdir()
    print(sorted(p.relative_to(dst).as_posix() for p in dst.rglob("*") if p.is_file()))

    print("-- archive round trip")
    archive = shutil.make_archive(str(root / "backup-v1"), "zip", root_dir=dst)
    print(Path(archive).name, Path(archive).stat().st_size > 0)
    restored = root / "restored"
    shutil.unpack_archive(archive, restored)
    same = all((restored / p.relative_to(dst)).read_bytes() == p.read_bytes() for p in dst.rglob("*") if p.is_file())
    print("restored identical:", same, sorted(os.listdir(restored)))
    tarball = shutil.make_archive(str(root / "backup-v1"), "gztar", root_dir=dst)
    formats = {name for name, _ in shutil.get_archive_formats()}
    print(Path(tarball).name, "gztar" in formats, "zip" in formats, "tar" in formats)

    print("-- temporary files")
    with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=root, delete=False, encoding="utf-8") as f:
        f.write("line 1\nline 2\n")
        f.seek(0)
        print(f.readline().strip(), Path(f.name).suffix, Path(f.name).parent == root)
        log_path = Path(f.name)
    print(log_path.exists(), log_path.read_text().count("\n"))
    fd, name = tempfile.mkstemp(prefix="raw-", dir=root)
    os.write(fd, b"abc")
    os.close(fd)
    print(Path(name).name.startswith("raw-"), Path(name).stat().st_size)
    with tempfile.TemporaryFile() as tf:
        tf.write(b"spooled")
        tf.seek(0)
        print(tf.read())
    with tempfile.SpooledTemporaryFile(max_size=10) as sf:
        sf.write(b"small")
        print(sf.tell(), sf._rolled)
        sf.write(b" but now large enough")
        print(sf._rolled)

    print("-- cleanup and errors")
    shutil.rmtree(dst)
    print(dst.exists(), (root / "backup").exists(), sorted(p.name for p in root.iterdir() if p.is_dir()))
    for bad in (lambda: (root / "missing.txt").read_text(), lambda: (root / "project").rmdir(),
                lambda: shutil.copytree(src, restored), lambda: Path("x").relative_to("y"),
                lambda: (root / "project" / "src" / "main.py").mkdir()):
        try:
            bad()
        except (OSError, ValueError) as e:
            print(type(e).__name__, getattr(e, "errno", None), os.path.basename(str(getattr(e, "filename", "")) or ""))
    print(shutil.which("definitely-not-a-command-xyz"), len(tempfile.gettempprefix()) > 0)
print("temporary directory removed:", not root.exists())
