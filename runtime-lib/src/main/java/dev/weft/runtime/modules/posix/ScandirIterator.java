package dev.weft.runtime.modules.posix;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/** The iterator {@code os.scandir} returns: entries in the directory's own order; a context manager. */
final class ScandirIterator extends DerivedObject {
    static final PyType TYPE = ModuleTypes.type("posix", "ScandirIterator", ScandirIterator.class, null, false,
            ScandirIterator::define);

    private final PathArg dir;
    private DirectoryStream<Path> stream;
    private Iterator<Path> it;

    private ScandirIterator(PathArg dir, DirectoryStream<Path> stream) {
        super(TYPE);
        this.dir = dir;
        this.stream = stream;
        this.it = stream.iterator();
    }

    static ScandirIterator open(PathArg dir) {
        Path p = dir.path();
        if (Files.exists(p) && !Files.isDirectory(p)) {
            throw PosixErrors.error(PosixErrors.ENOTDIR, dir.original());
        }
        try {
            return new ScandirIterator(dir, Files.newDirectoryStream(p));
        } catch (IOException e) {
            throw PosixErrors.of(e, dir.original());
        }
    }

    private synchronized PyObject next() {
        if (it == null || !it.hasNext()) {
            close();
            throw Errors.stopIteration(null);
        }
        Path p = it.next();
        return new DirEntry(dir, p.getFileName().toString(), p);
    }

    private synchronized void close() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                // nothing is lost: the directory was only read
            }
            stream = null;
            it = null;
        }
    }

    private static void define(PyType t) {
        t.def0("__iter__", self -> self);
        t.def0("__next__", self -> ((ScandirIterator) self).next());
        t.def0("close", self -> {
            ((ScandirIterator) self).close();
            return PyNone.NONE;
        });
        t.def0("__enter__", self -> self);
        t.defV("__exit__", (self, args, kw) -> {
            ((ScandirIterator) self).close();
            return PyBool.FALSE;
        });
    }
}
