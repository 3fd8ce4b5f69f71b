package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Alias;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ExprStmt;
import dev.weft.frontend.ast.ImportFrom;
import dev.weft.frontend.ast.Interactive;
import dev.weft.frontend.ast.Mod;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.ast.Stmt;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code from __future__ import} statements at the top of a module (CPython's future.c):
 * which features are on, and where the last such statement is. Unknown features are errors.
 */
public final class FutureFeatures {
    /** Features CPython 3.13 accepts; all but {@code annotations} and {@code barry_as_FLUFL} are no-ops. */
    private static final Set<String> KNOWN = Set.of("nested_scopes", "generators", "division", "absolute_import",
            "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
            "annotations");

    private final Set<String> features;
    /** The last leading future import, or null. */
    private final ImportFrom lastFutureImport;

    private FutureFeatures(Set<String> features, ImportFrom lastFutureImport) {
        this.features = Collections.unmodifiableSet(features);
        this.lastFutureImport = lastFutureImport;
    }

    /** Reads the leading future imports of {@code mod}; throws CPython's error for an unknown feature. */
    static FutureFeatures of(Mod mod, ErrorFactory errors) {
        Set<String> features = new LinkedHashSet<>();
        ImportFrom last = null;
        List<Stmt> body = mod instanceof Module ? ((Module) mod).body
                : mod instanceof Interactive ? ((Interactive) mod).body : List.of();
        int i = hasDocstring(body) ? 1 : 0;
        for (; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (!(s instanceof ImportFrom)) {
                break;
            }
            ImportFrom imp = (ImportFrom) s;
            if (!isFutureImport(imp)) {
                break;
            }
            for (Alias a : imp.names) {
                if (a.name.equals("braces")) {
                    throw errors.atStart("not a chance", imp.lineno, imp.colOffset + 1);
                }
                if (!KNOWN.contains(a.name)) {
                    throw errors.atStart("future feature " + a.name + " is not defined", imp.lineno,
                            imp.colOffset + 1);
                }
                features.add(a.name);
            }
            last = imp;
        }
        return new FutureFeatures(features, last);
    }

    static boolean isFutureImport(ImportFrom imp) {
        return "__future__".equals(imp.module) && (imp.level == null || imp.level == 0);
    }

    static boolean hasDocstring(List<Stmt> body) {
        if (body.isEmpty() || !(body.get(0) instanceof ExprStmt)) {
            return false;
        }
        ExprStmt first = (ExprStmt) body.get(0);
        return first.value instanceof Constant && ((Constant) first.value).value instanceof String;
    }

    /** Whether {@code from __future__ import name} is in effect. */
    public boolean has(String name) {
        return features.contains(name);
    }

    public Set<String> features() {
        return features;
    }

    /** The last of the leading future imports (later ones are errors), or null. */
    ImportFrom lastFutureImport() {
        return lastFutureImport;
    }
}
