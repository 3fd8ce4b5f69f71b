package dev.weft.runtime.modules.ast;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyInt;

/** CPython's {@code _ast}: the node classes (see {@link AstClasses}) and the {@code PyCF_*} compiler flags. */
public final class AstModule {
    private AstModule() { }

    /** {@code compile()} returns the tree instead of code. */
    public static final int PyCF_ONLY_AST = 0x400;
    /** {@code ast.parse(type_comments=True)}: keep {@code # type:} comments. */
    public static final int PyCF_TYPE_COMMENTS = 0x1000;
    /** {@code await}, {@code async for}/{@code with} allowed at the top level. */
    public static final int PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;
    /** The tree after constant folding ({@code ast.parse(optimize=1)}); includes {@link #PyCF_ONLY_AST}. */
    public static final int PyCF_OPTIMIZED_AST = 0x8000 | PyCF_ONLY_AST;

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_ast", null);
        for (AstClasses.NodeClass c : AstClasses.get().all()) {
            m.put(c.name(), c.type());
        }
        m.put("PyCF_ONLY_AST", PyInt.of(PyCF_ONLY_AST));
        m.put("PyCF_TYPE_COMMENTS", PyInt.of(PyCF_TYPE_COMMENTS));
        m.put("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.of(PyCF_ALLOW_TOP_LEVEL_AWAIT));
        m.put("PyCF_OPTIMIZED_AST", PyInt.of(PyCF_OPTIMIZED_AST));
        return m;
    }
}
