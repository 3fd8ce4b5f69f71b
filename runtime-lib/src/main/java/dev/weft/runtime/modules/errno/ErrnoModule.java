package dev.weft.runtime.modules.errno;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.ResourceTable;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

/**
 * {@code errno}: the names and numbers of Linux x86-64 (errno.tsv, generated from CPython 3.13
 * by tools/gen_cmod_tables.py) and {@code errorcode}, built in CPython's order so that an
 * alias defined later (EWOULDBLOCK after EAGAIN...) names the number as CPython's does.
 */
public final class ErrnoModule {
    private ErrnoModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("errno", "This module makes available standard errno system symbols.");
        PyDict errorcode = new PyDict();
        m.put("errorcode", errorcode);
        for (String[] row : ResourceTable.read(ErrnoModule.class, "errno.tsv")) {
            PyInt value = PyInt.of(Long.parseLong(row[1]));
            PyStr name = PyStr.intern(row[0]);
            m.put(row[0], value);
            errorcode.setItem(value, name);
        }
        return m;
    }
}
