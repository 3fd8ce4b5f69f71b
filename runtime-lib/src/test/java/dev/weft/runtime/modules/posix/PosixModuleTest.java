package dev.weft.runtime.modules.posix;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expected values and messages as CPython 3.13's posix module gives them on Linux. */
class PosixModuleTest {
    @TempDir
    Path dir;

    private static PyObject fn(String name, PyObject... args) {
        return call(attr(mod("posix"), name), args);
    }

    private static PyStr s(Object o) {
        return PyStr.of(o.toString());
    }

    @Test
    void statGivesIntTimesInTheTupleAndFloatTimesAsAttributes() throws IOException {
        Path f = Files.writeString(dir.resolve("f.txt"), "hello");
        PyObject st = fn("stat", s(f));
        assertEquals(10, ((PyTuple) st).size());
        assertEquals("5", Ops.reprString(attr(st, "st_size")));
        assertEquals("int", ((PyTuple) st).get(8).type().name());
        assertEquals("float", attr(st, "st_mtime").type().name());
        long mode = ((PyInt) attr(st, "st_mode")).longValue();
        assertEquals(0100000, mode & 0170000);
        assertTrue(Ops.reprString(st).startsWith("os.stat_result(st_mode="));
    }

    @Test
    void missingFilesRaiseFileNotFoundErrorWithErrnoAndFilename() {
        PyException e = assertThrows(PyException.class, () -> fn("stat", s(dir.resolve("nope"))));
        assertEquals("FileNotFoundError", e.value.type().name());
        assertEquals("[Errno 2] No such file or directory: '" + dir.resolve("nope") + "'", Ops.strString(e.value));
        PyException r = assertThrows(PyException.class, () -> fn("rename", s(dir.resolve("a")), s(dir.resolve("b"))));
        assertEquals("[Errno 2] No such file or directory: '" + dir.resolve("a") + "' -> '" + dir.resolve("b") + "'",
                Ops.strString(r.value));
    }

    @Test
    void removingANonEmptyDirectoryIsENOTEMPTYAndUnlinkingADirectoryIsEISDIR() throws IOException {
        Files.createDirectories(dir.resolve("d/e"));
        PyException e = assertThrows(PyException.class, () -> fn("rmdir", s(dir.resolve("d"))));
        assertEquals("OSError", e.value.type().name());
        assertEquals("39", Ops.reprString(attr(e.value, "errno")));
        PyException u = assertThrows(PyException.class, () -> fn("unlink", s(dir.resolve("d"))));
        assertEquals("IsADirectoryError", u.value.type().name());
    }

    @Test
    void descriptorsReadWriteSeekAndClose() {
        PyStr path = s(dir.resolve("g.bin"));
        int flags = 1 | 0100 | 01000;
        PyObject fd = fn("open", path, PyInt.of(flags), PyInt.of(0644));
        assertEquals("5", Ops.reprString(fn("write", fd, PyBytes.of("12345".getBytes()))));
        assertEquals("2", Ops.reprString(fn("lseek", fd, PyInt.of(2), PyInt.of(0))));
        fn("close", fd);
        PyObject rd = fn("open", path, PyInt.of(0));
        assertEquals("b'123'", Ops.reprString(fn("read", rd, PyInt.of(3))));
        assertEquals("b'45'", Ops.reprString(fn("read", rd, PyInt.of(10))));
        assertEquals("b''", Ops.reprString(fn("read", rd, PyInt.of(10))));
        fn("close", rd);
        PyException bad = assertThrows(PyException.class, () -> fn("read", rd, PyInt.of(1)));
        assertEquals("[Errno 9] Bad file descriptor", Ops.strString(bad.value));
    }

    @Test
    void scandirEntriesKnowTheirKindAndPathAndBytesPathsGiveBytesNames() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("file"), "x");
        List<String> seen = new ArrayList<>();
        PyObject it = fn("scandir", s(dir));
        for (PyObject e : dev.weft.runtime.ops.Protocols.toArray(it)) {
            seen.add(Ops.strString(attr(e, "name")) + " " + Ops.reprString(method(e, "is_dir"))
                    + " " + Ops.reprString(method(e, "is_file")) + " "
                    + Ops.strString(attr(e, "path")).equals(dir + "/" + Ops.strString(attr(e, "name"))));
        }
        seen.sort(null);
        assertEquals(List.of("file False True true", "sub True False true"), seen);
        PyObject names = fn("listdir", PyBytes.of(dir.toString().getBytes()));
        assertTrue(Ops.reprString(names).contains("b'sub'"));
    }

    @Test
    void pathArgumentsOfTheWrongTypeGiveCPythonsMessage() {
        PyException e = assertThrows(PyException.class, () -> fn("stat", dev.weft.runtime.types.PyNone.NONE));
        assertEquals("stat: path should be string, bytes, os.PathLike or integer, not NoneType",
                Ops.strString(e.value));
        PyException l = assertThrows(PyException.class, () -> fn("listdir", dev.weft.runtime.types.PyFloat.of(3.5)));
        assertEquals("listdir: path should be string, bytes, os.PathLike, integer or None, not float",
                Ops.strString(l.value));
    }
}
