package dev.weft.runtime.modules;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;


/**
 * The data-handling modules (_random, _struct, binascii, hashes, zlib) against the tables that
 * tools/gen_data_modules_tables.py generated with CPython 3.13: each line is
 * {@code snippet<TAB>expected} (the repr of the last expression or {@code !Type: message}),
 * run through {@link MiniPy} on the modules found by name in the {@link ModuleRegistry}.
 */
class DataModuleTableTest {

    /** Each table is named after the module it tests. */
    static final String[] TABLES = {"_random", "_struct", "binascii", "hashes", "zlib", "array"};
    static final String[] MODULES = {"_random", "_struct", "binascii", "_md5", "_sha1", "_sha2", "_sha3", "_blake2", "zlib", "array"};

    static Map<String, PyObject> globals() {
        Map<String, PyObject> g = new HashMap<>();
        for (String name : MODULES) {
            PyModule m = ModuleRegistry.find(name);
            if (m == null) {
                throw new IllegalStateException("module not registered: " + name);
            }
            g.put(name, m);
        }
        return g;
    }

    @TestFactory
    List<DynamicTest> snippetsMatchCPython() throws IOException {
        return SnippetTables.tests("data/", TABLES, globals(), out -> out);
    }
}
