package dev.weft.runtime.modules.posixsubprocess;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;

/**
 * {@code _posixsubprocess}: present so that {@code import subprocess} (which asyncio does at
 * import time) works; starting a process needs fork/exec with inherited descriptors (os.pipe),
 * which Weft's runtime does not have yet, so {@code fork_exec} says so.
 */
public final class PosixSubprocessModule {
    private PosixSubprocessModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_posixsubprocess", "A POSIX helper for the subprocess module.");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_posixsubprocess");
        f.fv("fork_exec", (self, args, kw) -> {
            throw Errors.notImplemented("starting a child process (subprocess, asyncio.create_subprocess_exec) "
                    + "is not supported by weft");
        });
        return m;
    }
}
