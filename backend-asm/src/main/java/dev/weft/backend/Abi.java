package dev.weft.backend;

import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;

/**
 * The runtime ABI as generated code sees it: internal names and descriptors of the runtime
 * classes and entry points the backend emits calls to. The backend knows the runtime by
 * these names only (it does not link against it); runtime-lib documents them in ABI.md.
 */
final class Abi {
    private Abi() { }

    static final String RT = "dev/weft/runtime/";
    static final String PY_OBJECT = RT + "core/PyObject";
    static final String PY_FUNCTION = RT + "call/PyFunction";
    static final String PY_CELL = RT + "call/PyCell";
    static final String CODE_INFO = RT + "call/CodeInfo";
    static final String FUNCTION_BODY = RT + "call/FunctionBody";
    static final String PY_DICT = RT + "types/PyDict";
    static final String PY_STR = RT + "types/PyStr";
    static final String PY_BOOL = RT + "types/PyBool";
    static final String PY_INT = RT + "types/PyInt";
    static final String PY_FLOAT = RT + "types/PyFloat";
    static final String PY_NONE = RT + "types/PyNone";
    static final String PY_SINGLETON = RT + "types/PySingleton";
    static final String PY_EXCEPTION = RT + "exc/PyException";
    static final String PY_GENERATOR = RT + "gen/PyGenerator";
    /** Final iterator classes whose {@code next()} a for-loop calls directly (null at the end). */
    static final String LIST_ITER = RT + "types/Iterators$ListIter";
    static final String RANGE_ITER = RT + "types/Iterators$RangeIter";
    static final String ARRAY_ITER = RT + "types/Iterators$ArrayIter";
    static final String GENERATOR_FRAME = RT + "link/GeneratorFrame";
    static final String LOOP_OWNERSHIP = RT + "link/LoopOwnership";
    static final String GENERATOR_RESUME = RT + "link/GeneratorFrame$Resume";
    static final String DELEGATION = RT + "gen/Delegation";
    static final String SEND_DONE = RT + "gen/Delegation$Done";
    static final String NAMES = RT + "link/Names";
    static final String LOCALS_SUPPORT = RT + "link/LocalsSupport";
    static final String VALUES = RT + "link/Values";
    static final String FUNCTIONS = RT + "link/Functions";
    static final String EXCEPTIONS = RT + "link/ExceptionSupport";
    static final String BOOTSTRAPS = RT + "link/Bootstraps";
    static final String IMPORTER = RT + "imp/Importer";
    static final String OPS = RT + "ops/Ops";
    static final String PROTOCOLS = RT + "ops/Protocols";
    /** Primitive steps of fused int/float arithmetic ({@link FusedArithmetic}). */
    static final String FAST_ARITH = RT + "ops/FastArith";

    static final String OBJ = "L" + PY_OBJECT + ";";
    static final String OBJS = "[" + OBJ;
    static final String STR = "Ljava/lang/String;";
    static final String DICT = "L" + PY_DICT + ";";
    static final String PYSTR = "L" + PY_STR + ";";
    static final String CELL = "L" + PY_CELL + ";";
    static final String FUNCTION = "L" + PY_FUNCTION + ";";
    static final String GENERATOR = "L" + PY_GENERATOR + ";";
    static final String PYEXC = "L" + PY_EXCEPTION + ";";

    /** A compiled function body: {@code (PyFunction fn, PyObject[] frame) -> PyObject}. */
    static final String BODY_DESC = "(" + FUNCTION + OBJS + ")" + OBJ;
    /** A generator's resume method: {@code (GeneratorFrame f, PyGenerator gen, PyObject sent, PyException thrown) -> PyObject}. */
    static final String RESUME_DESC = "(L" + GENERATOR_FRAME + ";" + GENERATOR + OBJ + PYEXC + ")" + OBJ;

    private static final String LOOKUP = "Ljava/lang/invoke/MethodHandles$Lookup;";
    private static final String INDY_PREFIX = "(" + LOOKUP + STR + "Ljava/lang/invoke/MethodType;";
    private static final String CONDY_PREFIX = "(" + LOOKUP + STR + "Ljava/lang/Class;";

    static Handle indy(String name, String extraArgs) {
        return new Handle(Opcodes.H_INVOKESTATIC, BOOTSTRAPS, name,
                INDY_PREFIX + extraArgs + ")Ljava/lang/invoke/CallSite;", false);
    }

    static Handle condy(String name, String extraArgs, String returnType) {
        return new Handle(Opcodes.H_INVOKESTATIC, BOOTSTRAPS, name, CONDY_PREFIX + extraArgs + ")" + returnType,
                false);
    }

    static final Handle BINARY_OP = indy("binaryOp", STR + "I");
    static final Handle COMPARE = indy("compare", STR);
    static final Handle LOAD_GLOBAL = indy("loadGlobal", STR);
    static final Handle GET_ATTR = indy("getAttr", STR);
    static final Handle SET_ATTR = indy("setAttr", STR);
    static final Handle DEL_ATTR = indy("delAttr", STR);
    static final Handle CALL = indy("call", STR);
    static final Handle CALL_ARRAY = indy("callArray", STR);
    static final Handle CALL_METHOD = indy("callMethod", STR + STR);

    static final Handle INT_CONST = condy("intConstant", STR, OBJ);
    static final Handle FLOAT_CONST = condy("floatConstant", STR, OBJ);
    static final Handle COMPLEX_CONST = condy("complexConstant", STR, OBJ);
    static final Handle STR_CONST = condy("strConstant", "[" + STR, OBJ);
    static final Handle BYTES_CONST = condy("bytesConstant", "[" + STR, OBJ);
    static final Handle TUPLE_CONST = condy("tupleConstant", "[Ljava/lang/Object;", OBJ);
    static final Handle SINGLETON_CONST = condy("singletonConstant", STR, OBJ);
    static final Handle CONSTANT_TABLE = condy("constantTable", "[" + STR, OBJS);
    static final Handle BUILTIN = condy("builtin", STR, OBJ);
    static final Handle FUNCTION_BODY_CONST = condy("functionBody", "Ljava/lang/invoke/MethodHandle;",
            "L" + FUNCTION_BODY + ";");
    static final Handle CODE_INFO_CONST = condy("codeInfo", STR + STR + STR + "IIII" + STR + "I" + STR + STR + STR,
            "L" + CODE_INFO + ";");

    static final Handle LAMBDA_METAFACTORY = new Handle(Opcodes.H_INVOKESTATIC,
            "java/lang/invoke/LambdaMetafactory", "metafactory",
            "(" + LOOKUP + STR + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;"
                    + "Ljava/lang/invoke/MethodHandle;Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;",
            false);
}
