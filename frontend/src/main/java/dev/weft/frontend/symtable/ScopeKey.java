package dev.weft.frontend.symtable;

import dev.weft.frontend.ast.Node;

/**
 * Identifies a scope by the node that opens it and the role the scope plays for that node: one
 * generic definition opens both its type-parameter scope and its body scope, one type parameter
 * both a bound and a default scope. Nodes compare by identity.
 */
record ScopeKey(Node node, Role role) {
    enum Role {
        /** The scope of a module, function, lambda, class, comprehension or type alias value. */
        BODY,
        /** The type-parameter scope of a generic function, class or type alias. */
        TYPE_PARAMETERS,
        /** The bound (or constraints) of a type variable. */
        BOUND,
        /** The default of a type parameter (PEP 696). */
        DEFAULT,
        /** A {@code from __future__ import annotations} annotation scope. */
        ANNOTATIONS
    }
}
