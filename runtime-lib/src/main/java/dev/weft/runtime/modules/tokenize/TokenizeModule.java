package dev.weft.runtime.modules.tokenize;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.compile.SourceTokenizer;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * {@code _tokenize}, the C module under CPython's {@code tokenize}: {@code TokenizerIter(readline,
 * *, extra_tokens, encoding=None)} yields {@code (type, string, (srow, scol), (erow, ecol), line)}
 * tuples. The tokenizing is done by the {@link SourceTokenizer} service (the compiler's
 * tokenizer), found on first use; the module itself always imports, so {@code linecache},
 * {@code traceback} and {@code logging} work without the compiler on the class path.
 */
public final class TokenizeModule {
    private TokenizeModule() { }

    private static final String[] PARAMS = {"readline", "*extra_tokens", "*encoding"};

    static final PyType TOKENIZER_ITER = ModuleDefs.type("_tokenize", "TokenizerIter", TokenizerIter.class,
            PyType.OBJECT, t -> {
                t.defNew((cls, args, kw) -> {
                    PyObject[] a = ArgParse.parse("TokenizerIter", args, kw, PARAMS, 1);
                    if (a[1] == null) {
                        throw Errors.typeError("TokenizerIter() missing required argument 'extra_tokens' (pos 2)");
                    }
                    String encoding = a[2] == null ? null : Ops.strString(a[2]);
                    return new TokenizerIter(cls, a[0], Ops.isTrue(a[1]), encoding);
                });
                t.def0("__iter__", self -> self);
                t.def0("__next__", self -> {
                    PyObject r = ((TokenizerIter) self).next();
                    if (r == null) {
                        throw Errors.stopIteration(null);
                    }
                    return r;
                });
            }, PyType.IMMUTABLE);

    public static PyModule create() {
        PyModule m = new PyModule("_tokenize");
        m.put("TokenizerIter", TOKENIZER_ITER);
        return m;
    }

    /** The tokenizer service, looked up on first use. */
    private static final class Provider {
        static final SourceTokenizer TOKENIZER = find();

        private static SourceTokenizer find() {
            Iterator<SourceTokenizer> it = ServiceLoader.load(SourceTokenizer.class,
                    TokenizeModule.class.getClassLoader()).iterator();
            return it.hasNext() ? it.next() : null;
        }
    }

    /** The iterator: reads all of {@code readline}'s lines at the first {@code next}, then tokenizes lazily. */
    static final class TokenizerIter extends PyIterator {
        private final PyObject readline;
        private final boolean extraTokens;
        private final String encoding;
        private SourceTokenizer.Tokens tokens;
        private boolean done;
        private PyObject tokenModule;

        TokenizerIter(PyType type, PyObject readline, boolean extraTokens, String encoding) {
            super(type);
            this.readline = readline;
            this.extraTokens = extraTokens;
            this.encoding = encoding;
        }

        @Override
        public synchronized PyObject next() {
            if (done) {
                return null;
            }
            if (tokens == null) {
                SourceTokenizer service = Provider.TOKENIZER;
                if (service == null) {
                    done = true;
                    throw Errors.notImplemented("tokenizing needs the Weft compiler at run time, and it is not on "
                            + "the class path (add the weft-runtime-compiler artifact and its dependencies)");
                }
                tokens = service.tokenize(readSource(), extraTokens);
                tokenModule = Importer.importModule("token");
            }
            SourceTokenizer.Token t;
            try {
                t = tokens.next();
            } catch (PyException e) {
                done = true;
                throw e;
            }
            if (t == null) {
                done = true;
                return null;
            }
            return PyTuple.of(Attr.getAttr(tokenModule, t.type()), PyStr.of(t.string()),
                    PyTuple.of(PyInt.of(t.startLine()), PyInt.of(t.startCol())),
                    PyTuple.of(PyInt.of(t.endLine()), PyInt.of(t.endCol())), PyStr.of(t.line()));
        }

        /** All lines {@code readline} gives, up to "" or StopIteration, decoded when an encoding was given. */
        private String readSource() {
            StringBuilder sb = new StringBuilder();
            while (true) {
                PyObject line;
                try {
                    line = Calls.call0(readline);
                } catch (PyException e) {
                    if (e.matches(ExceptionTypes.StopIteration)) {
                        break;
                    }
                    throw e;
                }
                String text;
                if (encoding != null) {
                    if (!(line instanceof PyBytes)) {
                        throw Errors.typeError("readline() returned a non-bytes object");
                    }
                    text = Ops.strString(Ops.callMethod(line, "decode", PyStr.of(encoding)));
                } else {
                    if (!(line instanceof PyStr s)) {
                        throw Errors.typeError("readline() returned a non-string object");
                    }
                    text = s.value();
                }
                if (text.isEmpty()) {
                    break;
                }
                sb.append(text);
            }
            return sb.toString();
        }
    }
}
