package dev.weft.runtime.imp;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;

/**
 * The {@code __loader__} of a weft-stdlib module: its source is a class-path resource
 * ({@code weft-stdlib/PATH.py}, the module's {@code __file__}), which {@code get_source}
 * returns, so that {@code linecache} (and through it {@code traceback.print_exc()},
 * {@code logging.exception}, {@code inspect.getsource}) shows library lines as CPython does.
 */
public final class StdlibSourceLoader extends PyObject {
    public static final PyType TYPE = ModuleTypes.type("weft", "StdlibSourceLoader", StdlibSourceLoader.class, null,
            false, StdlibSourceLoader::define);

    private final String name;
    private final String filename;
    private final boolean isPackage;

    StdlibSourceLoader(String name, String filename, boolean isPackage) {
        this.name = name;
        this.filename = filename;
        this.isPackage = isPackage;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Whether {@code filename} is a library source shipped as a resource (a relative weft-stdlib path). */
    static boolean isStdlibFile(String filename) {
        return filename != null && filename.startsWith("weft-stdlib/");
    }

    private void checkName(PyObject fullname) {
        if (!(fullname instanceof PyStr s) || !s.value().equals(name)) {
            throw Errors.make(dev.weft.runtime.exc.ExceptionTypes.ImportError, "loader for %s cannot handle %s", name,
                    fullname instanceof PyStr s2 ? s2.value() : fullname.toString());
        }
    }

    private PyObject source() {
        try {
            String text = dev.weft.runtime.exc.TracebackPrinter.resourceText(filename);
            return text == null ? PyNone.NONE : PyStr.of(text);
        } catch (IOException e) {
            return PyNone.NONE;
        }
    }

    private static StdlibSourceLoader self(PyObject o) {
        return (StdlibSourceLoader) o;
    }

    private static void define(PyType t) {
        t.def1("get_source", (s, fullname) -> {
            self(s).checkName(fullname);
            return self(s).source();
        });
        t.def1("get_filename", (s, fullname) -> {
            self(s).checkName(fullname);
            return PyStr.of(self(s).filename);
        });
        t.def1("is_package", (s, fullname) -> {
            self(s).checkName(fullname);
            return PyBool.of(self(s).isPackage);
        });
        t.def0("__repr__", s -> PyStr.of("<weft.StdlibSourceLoader for '" + self(s).name + "'>"));
    }
}
