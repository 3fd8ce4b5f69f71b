package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyStr;

/**
 * What CPython 3.13 appends to the message of an uncaught NameError, AttributeError or
 * ImportError: {@code . Did you mean: 'x'?} and, for a NameError naming a standard-library
 * module, {@code Did you forget to import 'x'}. The candidates and the distance rules are
 * traceback.py's ({@code _compute_suggestion_error}), asked only when such an exception is
 * printed; any failure there just leaves the hint out, as traceback.py does.
 */
final class SuggestionHint {
    private SuggestionHint() { }

    static String of(PyBaseException e) {
        PyObject wrong = e instanceof PyNameError n ? n.name()
                : e instanceof PyAttributeError a ? a.name()
                : e instanceof PyImportError i ? i.nameFrom() : null;
        if (!(wrong instanceof PyStr name)) {
            return "";
        }
        String hint = "";
        try {
            PyObject traceback = Importer.importModule("traceback");
            PyObject suggestion = Calls.call(Attr.getAttr(traceback, "_compute_suggestion_error"),
                    new PyObject[] {e, Traceback.of(e), name}, null);
            if (suggestion instanceof PyStr s) {
                hint = ". Did you mean: '" + s.value() + "'?";
            }
            if (e instanceof PyNameError
                    && Protocols.contains(Attr.getAttr(Importer.importModule("sys"), "stdlib_module_names"), name)) {
                hint += (hint.isEmpty() ? ". Did you forget to import '" : " Or did you forget to import '")
                        + name.value() + "'";
            }
        } catch (RuntimeException | StackOverflowError ex) {
            return hint;
        }
        return hint;
    }
}
