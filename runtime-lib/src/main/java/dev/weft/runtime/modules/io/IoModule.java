package dev.weft.runtime.modules.io;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.io.FileMethods;
import dev.weft.runtime.io.IOBaseTypes;
import dev.weft.runtime.io.PyBufferedRWPair;
import dev.weft.runtime.io.PyBytesIO;
import dev.weft.runtime.io.PyFile;
import dev.weft.runtime.io.PyIncrementalNewlineDecoder;
import dev.weft.runtime.io.PyStringIO;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * {@code _io}: the C-level half of {@code io}. The pure-Python {@code io.py} builds the public
 * ABCs on {@code _IOBase} and friends and re-exports the rest; {@code open} is the builtin.
 */
public final class IoModule {
    private IoModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_io", "The io module provides the Python interfaces to stream handling.");
        m.put("DEFAULT_BUFFER_SIZE", PyInt.of(IOBaseTypes.DEFAULT_BUFFER_SIZE));
        m.put("open", BuiltinsModule.module().get("open"));
        m.put("UnsupportedOperation", IOBaseTypes.UNSUPPORTED_OPERATION);
        m.put("BlockingIOError", ExceptionTypes.BlockingIOError);
        m.put("_IOBase", IOBaseTypes.IOBASE);
        m.put("_RawIOBase", IOBaseTypes.RAW_IOBASE);
        m.put("_BufferedIOBase", IOBaseTypes.BUFFERED_IOBASE);
        m.put("_TextIOBase", IOBaseTypes.TEXT_IOBASE);
        m.put("FileIO", FileMethods.FILE_IO);
        m.put("BufferedReader", FileMethods.READER);
        m.put("BufferedWriter", FileMethods.WRITER);
        m.put("BufferedRandom", FileMethods.RANDOM);
        m.put("BufferedRWPair", PyBufferedRWPair.TYPE);
        m.put("TextIOWrapper", PyFile.TEXT_TYPE);
        m.put("StringIO", PyStringIO.TYPE);
        m.put("BytesIO", PyBytesIO.TYPE);
        m.put("IncrementalNewlineDecoder", PyIncrementalNewlineDecoder.TYPE);
        ModuleTypes.fv(m, "open_code", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("open_code", args, kw, new String[] {"path"}, 1);
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("open_code() argument 'path' must be str, not %s", a[0].type().name());
            }
            return FileMethods.open(null, new PyObject[] {a[0], PyStr.of("rb")}, null);
        });
        ModuleTypes.fv(m, "text_encoding", (self, args, kw) -> {
            PyObject[] a = ArgParse.parse("text_encoding", args, kw, new String[] {"encoding", "stacklevel"}, 1);
            // weft always runs as in CPython's UTF-8 mode: the default text encoding is UTF-8
            return a[0] == PyNone.NONE ? PyStr.of("utf-8") : a[0];
        });
        return m;
    }
}
