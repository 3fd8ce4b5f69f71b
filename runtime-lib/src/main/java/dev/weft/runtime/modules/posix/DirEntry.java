package dev.weft.runtime.modules.posix;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * {@code os.DirEntry}: one entry of {@code os.scandir}. As CPython's, it knows its kind without
 * following symbolic links (read once, when first asked) and stats a link's target only when
 * asked to follow it; a vanished entry is neither a file nor a directory.
 */
final class DirEntry extends DerivedObject {
    static final PyType TYPE = ModuleTypes.type("posix", "DirEntry", DirEntry.class, null, false, DirEntry::define);

    private final PathArg dir;
    private final String name;
    private final Path path;
    private volatile BasicFileAttributes linkAttrs;
    private volatile PyObject stat;
    private volatile PyObject lstat;

    DirEntry(PathArg dir, String name, Path path) {
        super(TYPE);
        this.dir = dir;
        this.name = name;
        this.path = path;
    }

    private String joined() {
        String d = dir.text();
        return d.endsWith("/") ? d + name : d + "/" + name;
    }

    private BasicFileAttributes linkAttrs() {
        BasicFileAttributes a = linkAttrs;
        if (a == null) {
            try {
                a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return null;
            }
            linkAttrs = a;
        }
        return a;
    }

    private boolean test(boolean followSymlinks, boolean wantDir) {
        BasicFileAttributes a = linkAttrs();
        if (a == null) {
            return false;
        }
        if (a.isSymbolicLink() && followSymlinks) {
            return wantDir ? Files.isDirectory(path) : Files.isRegularFile(path);
        }
        return wantDir ? a.isDirectory() : a.isRegularFile();
    }

    private static boolean follow(PyObject[] args, String[] kw, String fn) {
        PyObject[] a = ArgParse.parse(fn, args, kw, new String[] {"*follow_symlinks"}, 0);
        return a[0] == null || Ops.isTrue(a[0]);
    }

    private static void define(PyType t) {
        t.defGetSet("name", self -> ((DirEntry) self).dir.same(((DirEntry) self).name), null);
        t.defGetSet("path", self -> ((DirEntry) self).dir.same(((DirEntry) self).joined()), null);
        t.defV("is_dir", (self, args, kw) -> PyBool.of(((DirEntry) self).test(follow(args, kw, "is_dir"), true)));
        t.defV("is_file", (self, args, kw) -> PyBool.of(((DirEntry) self).test(follow(args, kw, "is_file"), false)));
        t.def0("is_symlink", self -> {
            BasicFileAttributes a = ((DirEntry) self).linkAttrs();
            return PyBool.of(a != null && a.isSymbolicLink());
        });
        t.def0("is_junction", self -> PyBool.FALSE);
        t.defV("stat", (self, args, kw) -> {
            DirEntry e = (DirEntry) self;
            boolean followLinks = follow(args, kw, "stat");
            BasicFileAttributes a = e.linkAttrs();
            boolean viaLink = followLinks && a != null && a.isSymbolicLink();
            try {
                if (viaLink) {
                    if (e.stat == null) {
                        e.stat = StatResults.stat(e.path, true);
                    }
                    return e.stat;
                }
                if (e.lstat == null) {
                    e.lstat = StatResults.stat(e.path, false);
                }
                return e.lstat;
            } catch (IOException x) {
                throw PosixErrors.of(x, e.dir.same(e.joined()));
            }
        });
        t.def0("inode", self -> {
            try {
                return PyInt.of((Long) Files.getAttribute(((DirEntry) self).path, "unix:ino", LinkOption.NOFOLLOW_LINKS));
            } catch (IOException x) {
                throw PosixErrors.of(x, ((DirEntry) self).dir.same(((DirEntry) self).joined()));
            }
        });
        t.def0("__fspath__", self -> ((DirEntry) self).dir.same(((DirEntry) self).joined()));
        t.def0("__repr__", self -> PyStr.of("<DirEntry " + Ops.reprString(((DirEntry) self).dir.same(((DirEntry) self).name)) + ">"));
        t.def("__class_getitem__", ModuleTypes.classGetItem());
    }
}
