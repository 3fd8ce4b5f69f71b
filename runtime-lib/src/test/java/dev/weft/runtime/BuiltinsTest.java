package dev.weft.runtime;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.io.PyFile;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.weft.runtime.Py.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Builtins with keyword arguments, iterators and files (values as CPython 3.13 gives them). */
class BuiltinsTest {

    @Test
    void printWritesSepEndToTheFileObject() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject file = PyFile.textStream("<test>", null, out);
        callKw(builtin("print"), new PyObject[] {i(1), s("a"), list(i(2)), s("-"), s("!\n"), file}, "sep", "end", "file");
        call("print", i(3));
        Ops.callMethod(file, "flush");
        assertEquals("1-a-[2]!\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("TypeError: 'x' is an invalid keyword argument for print()",
                raises(() -> callKw(builtin("print"), new PyObject[] {i(1)}, "x")));
    }

    @Test
    void printUsesTheCurrentStdout() {
        PyObject saved = StdStreams.stdout();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StdStreams.setStdout(PyFile.textStream("<test>", null, out));
        try {
            call("print", s("hello"), f(1.5), PyNone.NONE);
            Ops.callMethod(StdStreams.stdout(), "flush");
        } finally {
            StdStreams.setStdout(saved);
        }
        assertEquals("hello 1.5 None\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void inputReadsALineFromStdin() {
        PyObject saved = StdStreams.stdin();
        StdStreams.setStdin(PyFile.textStream("<stdin>",
                new ByteArrayInputStream("first line\nsecond".getBytes(StandardCharsets.UTF_8)), null));
        try {
            assertEquals("'first line'", repr(call("input")));
            assertEquals("'second'", repr(call("input")));
            assertEquals("EOFError: EOF when reading a line", raises(() -> call("input")));
        } finally {
            StdStreams.setStdin(saved);
        }
    }

    @Test
    void openWritesAndReadsTextAndBinaryFiles(@TempDir Path dir) throws Exception {
        String path = dir.resolve("t.txt").toString();
        PyObject w = call("open", s(path), s("w"));
        Ops.callMethod(w, "write", s("héllo\nworld\n"));
        Ops.callMethod(w, "close");
        assertEquals("héllo\nworld\n", Files.readString(dir.resolve("t.txt")));
        PyObject r = call("open", s(path));
        assertEquals("['héllo\\n', 'world\\n']", repr(new PyList(Protocols.toArray(r))));
        Ops.callMethod(r, "close");
        assertEquals("ValueError: I/O operation on closed file.", raises(() -> Ops.callMethod(r, "read")));
        PyObject rb = call("open", s(path), s("rb"));
        assertEquals("b'h\\xc3\\xa9llo\\n'", repr(Ops.callMethod(rb, "readline")));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: '" + dir.resolve("none") + "'",
                raises(() -> call("open", s(dir.resolve("none").toString()))));
        assertEquals("ValueError: invalid mode: 'rz'", raises(() -> call("open", s(path), s("rz"))));
        assertEquals("UnsupportedOperation: not writable", raises(() -> Ops.callMethod(call("open", s(path)), "write", s("x"))));
    }

    @Test
    void sortedMinMaxWithKeywords() {
        PyObject absFn = builtin("abs");
        assertEquals("[1, -2, 3]", repr(callKw(builtin("sorted"), new PyObject[] {list(i(3), i(-2), i(1)), absFn}, "key")));
        assertEquals("[3, 1, -2]", repr(callKw(builtin("sorted"), new PyObject[] {list(i(3), i(-2), i(1)), dev.weft.runtime.types.PyBool.TRUE}, "reverse")));
        assertEquals("-2", repr(callKw(builtin("max"), new PyObject[] {list(i(1), i(-2)), absFn}, "key")));
        assertEquals("'empty'", repr(callKw(builtin("min"), new PyObject[] {list(), s("empty")}, "default")));
        assertEquals("TypeError: sort() takes no positional arguments",
                raises(() -> Ops.callMethod(list(), "sort", absFn)));
    }

    @Test
    void iteratorBuiltins() {
        assertEquals("[(5, 'a'), (6, 'b')]", repr(new PyList(Protocols.toArray(call("enumerate", s("ab"), i(5))))));
        assertEquals("[(1, 'a'), (2, 'b')]", repr(new PyList(Protocols.toArray(call("zip", list(i(1), i(2), i(3)), s("ab"))))));
        assertEquals("ValueError: zip() argument 2 is shorter than argument 1",
                raises(() -> Protocols.toArray(callKw(builtin("zip"), new PyObject[] {list(i(1), i(2)), s("a"),
                        dev.weft.runtime.types.PyBool.TRUE}, "strict"))));
        assertEquals("[1, 2]", repr(new PyList(Protocols.toArray(call("map", builtin("abs"), list(i(-1), i(-2)))))));
        assertEquals("[1, 2]", repr(new PyList(Protocols.toArray(call("filter", PyNone.NONE, list(i(0), i(1), i(2), s("")))))));
        assertEquals("[3, 2, 1]", repr(new PyList(Protocols.toArray(call("reversed", list(i(1), i(2), i(3)))))));
        assertEquals("[4, 3, 2, 1, 0]", repr(new PyList(Protocols.toArray(call("reversed", call("range", i(5)))))));
        assertEquals("TypeError: 'int' object is not reversible", raises(() -> call("reversed", i(5))));
        PyList src = list(i(1), i(2), i(0), i(3));
        PyObject it = Protocols.iter(src);
        PyObject next = dev.weft.runtime.ops.Attr.getAttr(it, "__next__");
        assertEquals("[1, 2]", repr(new PyList(Protocols.toArray(call("iter", next, i(0))))));
    }

    @Test
    void getattrHasattrSetattrDelattr() {
        PyObject c = cls("C", new PyObject[0], ns());
        PyObject o = call(c);
        call("setattr", o, s("x"), i(1));
        assertEquals("True", repr(call("hasattr", o, s("x"))));
        assertEquals("1", repr(call("getattr", o, s("x"))));
        call("delattr", o, s("x"));
        assertEquals("'d'", repr(call("getattr", o, s("x"), s("d"))));
        assertEquals("AttributeError: 'C' object has no attribute 'x'", raises(() -> call("getattr", o, s("x"))));
        assertEquals("TypeError: attribute name must be string, not 'int'", raises(() -> call("getattr", o, i(1))));
    }

    @Test
    void unsupportedBuiltinsSayWhy() {
        assertEquals("NotImplementedError: breakpoint() is not supported by weft yet", raises(() -> call("breakpoint")));
        assertEquals("NotImplementedError: help() is not supported by weft yet", raises(() -> call("help")));
    }

    @Test
    void lenReachesPySsizeTMaxNotJavaIntMax() {
        PyObject r = call("range", i(0), big("1000000000000"), i(7));
        assertEquals("142857142858", repr(call("len", r)));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t",
                raises(() -> call("len", call("range", big("100000000000000000000")))));
    }

    @Test
    void formatWithAnEmptySpecIsStrOfTheValueAlsoForSubclasses() {
        assertEquals("'True'", repr(call("format", builtin("True"), s(""))));
        assertEquals("'1'", repr(call("format", builtin("True"), s("d"))));
        assertEquals("'     0'", repr(call("format", builtin("False"), s(">6"))), "a spec formats the int");
        assertEquals("'7'", repr(call("format", i(7), s(""))));
    }
}
