package dev.weft.runtime.modules.string;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.format.FieldName;
import dev.weft.runtime.format.FormatError;
import dev.weft.runtime.format.MarkupIterator;
import dev.weft.runtime.format.MarkupPiece;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.function.Supplier;

/**
 * {@code _string}: the parts of {@code str.format}'s parser that string.Formatter uses,
 * sharing the runtime's own parser ({@link MarkupIterator}, {@link FieldName}), so that both
 * split format strings identically and raise the same errors at the same points.
 */
public final class StringModule {
    private StringModule() { }

    static final PyType FORMATTER_ITERATOR = PyIterator.newType("formatteriterator");
    static final PyType FIELD_NAME_ITERATOR = PyIterator.newType("fieldnameiterator");

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_string", "string helper module");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_string");
        f.f1("formatter_parser", (self, s) -> {
            MarkupIterator it = new MarkupIterator(str(s));
            return new Steps(FORMATTER_ITERATOR, () -> {
                MarkupPiece p = guarded(it::next);
                if (p == null) {
                    return null;
                }
                String[] t = p.formatterParserTuple();
                return PyTuple.of(PyStr.of(t[0]), orNone(t[1]), orNone(t[2]), orNone(t[3]));
            });
        });
        f.f1("formatter_field_name_split", (self, s) -> {
            FieldName name = guarded(() -> FieldName.split(str(s), null));
            PyObject first = name.firstIndex() >= 0 ? PyInt.of(name.firstIndex()) : PyStr.of(name.first());
            Steps rest = new Steps(FIELD_NAME_ITERATOR, () -> {
                FieldName.Accessor a = guarded(name::nextAccessor);
                if (a == null) {
                    return null;
                }
                PyObject key = a.isIndex() ? PyInt.of(a.index()) : PyStr.of(a.name());
                return PyTuple.of(PyBool.of(a.isAttribute()), key);
            });
            return PyTuple.of(first, rest);
        });
        return m;
    }

    private static String str(PyObject s) {
        if (!(s instanceof PyStr ps)) {
            throw Errors.typeError("expected str, got %s", s.type().name());
        }
        return ps.value();
    }

    private static PyObject orNone(String s) {
        return s == null ? PyNone.NONE : PyStr.of(s);
    }

    /** Runs the parser, turning its errors into Python's. */
    private static <T> T guarded(Supplier<T> step) {
        try {
            return step.get();
        } catch (FormatError e) {
            throw Errors.make(e.pythonType().equals("TypeError") ? ExceptionTypes.TypeError : ExceptionTypes.ValueError,
                    e.getMessage());
        }
    }

    /** An iterator whose next item comes from a Java step (null at the end). */
    static final class Steps extends PyIterator {
        private final Supplier<PyObject> step;
        private boolean done;

        Steps(PyType type, Supplier<PyObject> step) {
            super(type);
            this.step = step;
        }

        @Override
        public synchronized PyObject next() {
            if (done) {
                return null;
            }
            PyObject v = step.get();
            if (v == null) {
                done = true;
            }
            return v;
        }
    }
}
