package dev.weft.runtime.modules.posixsubprocess;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.CInts;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.modules.posix.ChildProcesses;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _posixsubprocess}: {@code fork_exec}, the primitive under {@code subprocess.Popen}
 * on POSIX. The JVM cannot fork, so the child is started by {@link ChildProcesses} with the
 * descriptors subprocess prepared as its redirections. What a forked child could do before
 * exec and a JVM child cannot (preexec_fn, changing user, group, umask or process group)
 * raises NotImplementedError; {@code start_new_session} runs the program under setsid(1).
 */
public final class PosixSubprocessModule {
    private PosixSubprocessModule() { }

    private static final String[] PARAMS = {"args", "executable_list", "close_fds", "pass_fds", "cwd", "env",
        "p2cread", "p2cwrite", "c2pread", "c2pwrite", "errread", "errwrite", "errpipe_read", "errpipe_write",
        "restore_signals", "call_setsid", "pgid_to_set", "gid", "extra_groups", "uid", "child_umask", "preexec_fn",
        "allow_vfork"};

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_posixsubprocess", "A POSIX helper for the subprocess module.");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_posixsubprocess");
        f.fv("fork_exec", (self, args, kw) -> forkExec(ArgParse.parse("fork_exec", args, kw, PARAMS, 22)));
        return m;
    }

    private static PyObject forkExec(PyObject[] a) {
        unsupported(a[21] != PyNone.NONE, "preexec_fn");
        unsupported(CInts.asInt(a[16]) >= 0, "process_group");
        unsupported(a[17] != PyNone.NONE, "group");
        unsupported(a[18] != PyNone.NONE, "extra_groups");
        unsupported(a[19] != PyNone.NONE, "user");
        unsupported(CInts.asInt(a[20]) >= 0, "umask");
        List<byte[]> argv = new ArrayList<>();
        if (a[0] != PyNone.NONE) {
            for (PyObject o : Protocols.toArray(a[0])) {
                argv.add(fsencode(o));
            }
        }
        List<byte[]> executables = new ArrayList<>();
        for (PyObject o : Protocols.toArray(a[1])) {
            executables.add(fsencode(o));
        }
        if (Ops.isTrue(a[15])) { // start_new_session: setsid(1) makes the session, then execs the program
            List<byte[]> wrapped = new ArrayList<>();
            wrapped.add("setsid".getBytes(StandardCharsets.UTF_8));
            wrapped.addAll(argv.isEmpty() ? List.of(executables.get(0)) : argv);
            wrapped.set(1, executables.get(0));
            argv = wrapped;
            executables = List.of("/usr/bin/setsid".getBytes(StandardCharsets.UTF_8),
                    "/bin/setsid".getBytes(StandardCharsets.UTF_8));
        }
        byte[] cwd = a[4] == PyNone.NONE ? null : fsencode(a[4]);
        List<byte[]> env = null;
        if (a[5] != PyNone.NONE) {
            env = new ArrayList<>();
            for (PyObject o : Protocols.toArray(a[5])) {
                env.add(fsencode(o));
            }
        }
        long pid = ChildProcesses.start(new ChildProcesses.Spec(argv, executables, cwd, env, CInts.asInt(a[6]),
                CInts.asInt(a[9]), CInts.asInt(a[11]), CInts.asInt(a[13])));
        return PyInt.of(pid);
    }

    private static void unsupported(boolean used, String what) {
        if (used) {
            throw Errors.notImplemented("subprocess with " + what + "= is not supported by weft yet (the JVM "
                    + "starts child processes without a fork in which to run it)");
        }
    }

    /** str (UTF-8, as os.fsencode on Linux), bytes, or an os.PathLike. */
    private static byte[] fsencode(PyObject o) {
        PyObject v = o;
        if (!(v instanceof PyStr) && !(v instanceof PyBytes) && v.type().lookup("__fspath__") != null) {
            v = Ops.callMethod(v, "__fspath__");
        }
        if (v instanceof PyStr s) {
            return s.value().getBytes(StandardCharsets.UTF_8);
        }
        if (v instanceof PyBytes b) {
            return b.array();
        }
        throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", o.type().name());
    }
}
