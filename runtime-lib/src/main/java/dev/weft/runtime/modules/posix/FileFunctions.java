package dev.weft.runtime.modules.posix;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The file and directory functions of {@code posix}. */
final class FileFunctions {
    private FileFunctions() { }

    private static final String[] STAT = {"path", "*dir_fd", "*follow_symlinks"};

    static void define(PyModule m) {
        ModuleTypes.fv(m, "stat", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("stat", args, kw, STAT, 1);
            return PosixModule.stat(PathArg.of(a[0], "stat", true), PosixModule.flag(a[2], true));
        });
        ModuleTypes.fv(m, "lstat", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("lstat", args, kw, new String[] {"path", "*dir_fd"}, 1);
            return PosixModule.stat(PathArg.of(a[0], "lstat", false), false);
        });
        ModuleTypes.f1(m, "fstat", (s, fd) -> PosixModule.stat(PathArg.of(fd, "fstat", true), true));
        ModuleTypes.f1(m, "listdir", 0, (s, p) -> listdir(directory(p, "listdir")));
        ModuleTypes.f1(m, "scandir", 0, (s, p) -> ScandirIterator.open(directory(p, "scandir")));
        ModuleTypes.fv(m, "mkdir", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("mkdir", args, kw, new String[] {"path", "mode", "*dir_fd"}, 1);
            PathArg p = PathArg.of(a[0], "mkdir", false);
            try {
                Files.createDirectory(p.path());
            } catch (IOException e) {
                throw PosixErrors.of(e, p.original());
            }
            return PyNone.NONE;
        });
        ModuleTypes.fv(m, "rmdir", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("rmdir", args, kw, new String[] {"path", "*dir_fd"}, 1);
            PathArg p = PathArg.of(a[0], "rmdir", false);
            if (Files.exists(p.path(), LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(p.path(), LinkOption.NOFOLLOW_LINKS)) {
                throw PosixErrors.error(PosixErrors.ENOTDIR, p.original());
            }
            delete(p);
            return PyNone.NONE;
        });
        for (String name : new String[] {"unlink", "remove"}) {
            ModuleTypes.fv(m, name, (s, args, kw) -> {
                PyObject[] a = PosixModule.args(name, args, kw, new String[] {"path", "*dir_fd"}, 1);
                PathArg p = PathArg.of(a[0], name, false);
                if (Files.isDirectory(p.path(), LinkOption.NOFOLLOW_LINKS)) {
                    throw PosixErrors.error(PosixErrors.EISDIR, p.original());
                }
                delete(p);
                return PyNone.NONE;
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            ModuleTypes.fv(m, name, (s, args, kw) -> {
                PyObject[] a = PosixModule.args(name, args, kw, new String[] {"src", "dst", "*src_dir_fd",
                    "*dst_dir_fd"}, 2);
                PathArg from = PathArg.of(a[0], name, false);
                PathArg to = PathArg.of(a[1], name, false);
                try {
                    if (Files.isDirectory(to.path(), LinkOption.NOFOLLOW_LINKS)
                            && !Files.isDirectory(from.path(), LinkOption.NOFOLLOW_LINKS)
                            && Files.exists(from.path(), LinkOption.NOFOLLOW_LINKS)) {
                        throw PosixErrors.error(PosixErrors.EISDIR, from.original(), to.original());
                    }
                    Files.move(from.path(), to.path(), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw PosixErrors.of(e, from.original(), to.original());
                }
                return PyNone.NONE;
            });
        }
        ModuleTypes.fv(m, "access", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("access", args, kw, new String[] {"path", "mode", "*dir_fd",
                "*effective_ids", "*follow_symlinks"}, 2);
            Path p = PathArg.of(a[0], "access", true).path();
            int mode = PosixModule.intArg(a[1], "int");
            boolean ok = Files.exists(p);
            ok &= (mode & 4) == 0 || Files.isReadable(p);
            ok &= (mode & 2) == 0 || Files.isWritable(p);
            ok &= (mode & 1) == 0 || Files.isExecutable(p);
            return PosixModule.bool(ok);
        });
        ModuleTypes.fv(m, "chmod", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("chmod", args, kw, new String[] {"path", "mode", "*dir_fd",
                "*follow_symlinks"}, 2);
            PathArg p = PathArg.of(a[0], "chmod", true);
            try {
                Files.setPosixFilePermissions(p.path(), permissions(PosixModule.intArg(a[1], "int")));
            } catch (IOException e) {
                throw PosixErrors.of(e, p.original());
            }
            return PyNone.NONE;
        });
        ModuleTypes.fv(m, "utime", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("utime", args, kw, new String[] {"path", "times", "*ns", "*dir_fd",
                "*follow_symlinks"}, 1);
            return utime(PathArg.of(a[0], "utime", true), a[1], a[2], PosixModule.flag(a[4], true));
        });
        ModuleTypes.fv(m, "symlink", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("symlink", args, kw, new String[] {"src", "dst", "target_is_directory",
                "*dir_fd"}, 2);
            PathArg src = PathArg.of(a[0], "symlink", false);
            PathArg dst = PathArg.of(a[1], "symlink", false);
            try {
                Files.createSymbolicLink(dst.path(), src.path());
            } catch (IOException e) {
                throw PosixErrors.of(e, src.original(), dst.original());
            }
            return PyNone.NONE;
        });
        ModuleTypes.fv(m, "link", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("link", args, kw, new String[] {"src", "dst", "*src_dir_fd",
                "*dst_dir_fd", "*follow_symlinks"}, 2);
            PathArg src = PathArg.of(a[0], "link", false);
            PathArg dst = PathArg.of(a[1], "link", false);
            try {
                Files.createLink(dst.path(), src.path());
            } catch (IOException e) {
                throw PosixErrors.of(e, src.original(), dst.original());
            }
            return PyNone.NONE;
        });
        ModuleTypes.fv(m, "readlink", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("readlink", args, kw, new String[] {"path", "*dir_fd"}, 1);
            PathArg p = PathArg.of(a[0], "readlink", false);
            try {
                return p.same(Files.readSymbolicLink(p.path()).toString());
            } catch (IOException e) {
                throw PosixErrors.of(e, p.original());
            }
        });
        ModuleTypes.fv(m, "truncate", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("truncate", args, kw, new String[] {"path", "length"}, 2);
            PathArg p = PathArg.of(a[0], "truncate", true);
            int fd = p.isFd() ? p.fd() : FileDescriptors.open(p, FileDescriptors.O_WRONLY, p.original());
            try {
                FileDescriptors.truncate(fd, Protocols.indexValue(a[1], "int"));
            } finally {
                if (!p.isFd()) {
                    FileDescriptors.close(fd);
                }
            }
            return PyNone.NONE;
        });
        descriptors(m);
    }

    private static void descriptors(PyModule m) {
        ModuleTypes.fv(m, "open", (s, args, kw) -> {
            PyObject[] a = PosixModule.args("open", args, kw, new String[] {"path", "flags", "mode", "*dir_fd"}, 2);
            PathArg p = PathArg.of(a[0], "open", false);
            return PyInt.of(FileDescriptors.open(p, PosixModule.intArg(a[1], "int"), p.original()));
        });
        ModuleTypes.f1(m, "close", (s, fd) -> {
            FileDescriptors.close(PosixModule.intArg(fd, "int"));
            return PyNone.NONE;
        });
        ModuleTypes.f2(m, "read", 2, (s, fd, n) -> {
            long count = Protocols.indexValue(n, "int");
            if (count < 0) {
                throw PosixErrors.error(PosixErrors.EINVAL, null);
            }
            return PyBytes.of(FileDescriptors.read(PosixModule.intArg(fd, "int"), (int) Math.min(count, 1 << 30)));
        });
        ModuleTypes.f2(m, "write", 2, (s, fd, data) -> PyInt.of(FileDescriptors.write(PosixModule.intArg(fd, "int"),
                bytesLike(data))));
        ModuleTypes.f3(m, "lseek", 3, (s, fd, pos, how) -> PyInt.of(FileDescriptors.lseek(PosixModule.intArg(fd, "int"),
                Protocols.indexValue(pos, "int"), PosixModule.intArg(how, "int"))));
        ModuleTypes.f2(m, "ftruncate", 2, (s, fd, n) -> {
            FileDescriptors.truncate(PosixModule.intArg(fd, "int"), Protocols.indexValue(n, "int"));
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "fsync", (s, fd) -> {
            FileDescriptors.fsync(PosixModule.intArg(fd, "int"));
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "isatty", (s, fd) -> PosixModule.bool(FileDescriptors.isatty(PosixModule.intArg(fd, "int"))));
        ModuleTypes.f1(m, "device_encoding", (s, fd) -> FileDescriptors.isatty(PosixModule.intArg(fd, "int"))
                ? PyStr.of("UTF-8") : PyNone.NONE);
    }

    /** The directory argument of listdir/scandir: a path, or None for the current directory. */
    private static PathArg directory(PyObject p, String fn) {
        PathArg d = PathArg.of(p == null || p == PyNone.NONE ? PyStr.of(".") : p, fn, true, true);
        if (d.isFd()) {
            throw Errors.notImplemented("%s() of a file descriptor is not supported by weft yet", fn);
        }
        return d;
    }

    private static byte[] bytesLike(PyObject o) {
        return dev.weft.runtime.modules.Buffers.bytes(o);
    }

    private static void delete(PathArg p) {
        try {
            Files.delete(p.path());
        } catch (IOException e) {
            throw PosixErrors.of(e, p.original());
        }
    }

    private static PyObject listdir(PathArg p) {
        if (Files.exists(p.path()) && !Files.isDirectory(p.path())) {
            throw PosixErrors.error(PosixErrors.ENOTDIR, p.original());
        }
        List<PyObject> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p.path())) {
            for (Path x : s) {
                names.add(p.same(x.getFileName().toString()));
            }
        } catch (IOException e) {
            throw PosixErrors.of(e, p.original());
        }
        return new PyList(names);
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(order[i]);
            }
        }
        return set;
    }

    private static PyObject utime(PathArg p, PyObject times, PyObject ns, boolean follow) {
        FileTime atime;
        FileTime mtime;
        boolean hasTimes = times != null && times != PyNone.NONE;
        if (hasTimes && ns != null) {
            throw Errors.valueError("utime: you may specify either 'times' or 'ns' but not both");
        }
        if (hasTimes) {
            if (!(times instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("utime: 'times' must be either a tuple of two ints or None");
            }
            atime = secondsToTime(t.get(0));
            mtime = secondsToTime(t.get(1));
        } else if (ns != null) {
            if (!(ns instanceof PyTuple t) || t.size() != 2) {
                throw Errors.typeError("utime: 'ns' must be a tuple of two ints");
            }
            atime = FileTime.from(Protocols.indexValue(t.get(0), "int"), TimeUnit.NANOSECONDS);
            mtime = FileTime.from(Protocols.indexValue(t.get(1), "int"), TimeUnit.NANOSECONDS);
        } else {
            atime = mtime = FileTime.from(java.time.Instant.now());
        }
        try {
            Path path = p.isFd() ? FileDescriptors.get(p.fd()).path() : p.path();
            LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
            Files.getFileAttributeView(path, BasicFileAttributeView.class, opts).setTimes(mtime, atime, null);
        } catch (IOException e) {
            throw PosixErrors.of(e, p.original());
        }
        return PyNone.NONE;
    }

    private static FileTime secondsToTime(PyObject v) {
        if (v instanceof dev.weft.runtime.types.PyFloat f) {
            double secs = f.value;
            long whole = (long) Math.floor(secs);
            long nanos = Math.round((secs - whole) * 1e9);
            return FileTime.from(java.time.Instant.ofEpochSecond(whole, nanos));
        }
        return FileTime.from(Protocols.indexValue(v, "int"), TimeUnit.SECONDS);
    }
}
