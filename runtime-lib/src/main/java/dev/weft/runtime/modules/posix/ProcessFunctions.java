package dev.weft.runtime.modules.posix;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/** The process, user and system functions of {@code posix}. */
final class ProcessFunctions {
    private ProcessFunctions() { }

    private static final SecureRandom RANDOM = new SecureRandom();

    static void define(PyModule m) {
        ModuleTypes.f0(m, "getcwd", s -> PyStr.of(cwd()));
        ModuleTypes.f0(m, "getcwdb", s -> PyBytes.of(cwd().getBytes(StandardCharsets.UTF_8)));
        ModuleTypes.f1(m, "chdir", (s, p) -> {
            throw Errors.notImplemented("os.chdir() is not supported by weft yet (the JVM has one fixed working "
                    + "directory)");
        });
        ModuleTypes.f0(m, "getpid", s -> PyInt.of(ProcessHandle.current().pid()));
        ModuleTypes.f0(m, "getppid", s -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L)));
        ModuleTypes.f0(m, "getuid", s -> PyInt.of(ids("Uid:")[0]));
        ModuleTypes.f0(m, "geteuid", s -> PyInt.of(ids("Uid:")[1]));
        ModuleTypes.f0(m, "getgid", s -> PyInt.of(ids("Gid:")[0]));
        ModuleTypes.f0(m, "getegid", s -> PyInt.of(ids("Gid:")[1]));
        ModuleTypes.f0(m, "getlogin", s -> PyStr.of(System.getProperty("user.name")));
        ModuleTypes.f0(m, "cpu_count", s -> PyInt.of(Runtime.getRuntime().availableProcessors()));
        ModuleTypes.f1(m, "umask", (s, mask) -> PyInt.of(PosixModule.umask(PosixModule.intArg(mask, "int"))));
        ModuleTypes.f2(m, "putenv", 2, (s, k, v) -> PyNone.NONE); // the JVM cannot change its own environment
        ModuleTypes.f1(m, "unsetenv", (s, k) -> PyNone.NONE);
        ModuleTypes.f1(m, "urandom", (s, n) -> {
            long size = Protocols.indexValue(n, "int");
            if (size < 0) {
                throw Errors.valueError("negative argument not allowed");
            }
            byte[] b = new byte[(int) size];
            RANDOM.nextBytes(b);
            return PyBytes.of(b);
        });
        ModuleTypes.f1(m, "strerror", (s, code) -> PyStr.of(PosixErrors.strerror(PosixModule.intArg(code, "int"))));
        ModuleTypes.f1(m, "fspath", (s, p) -> {
            if (p instanceof PyStr || p instanceof PyBytes) {
                return p;
            }
            if (p.type().lookup("__fspath__") != null) {
                PyObject r = Ops.callMethod(p, "__fspath__");
                if (r instanceof PyStr || r instanceof PyBytes) {
                    return r;
                }
                throw Errors.typeError("expected %s.__fspath__() to return str or bytes, not %s", p.type().name(),
                        r.type().name());
            }
            throw Errors.typeError("expected str, bytes or os.PathLike object, not %s", p.type().name());
        });
        ModuleTypes.f1(m, "_exit", (s, code) -> {
            dev.weft.runtime.io.StdStreams.flushAll();
            Runtime.getRuntime().halt(PosixModule.intArg(code, "int"));
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "get_terminal_size", 0, (s, fd) -> {
            int f = fd == null ? 1 : PosixModule.intArg(fd, "int");
            if (!FileDescriptors.isatty(f)) {
                throw PosixErrors.error(PosixErrors.ENOTTY, null);
            }
            return PosixModule.TERMINAL_SIZE.make(PyInt.of(envInt("COLUMNS", 80)), PyInt.of(envInt("LINES", 24)));
        });
        ModuleTypes.f0(m, "times", s -> {
            double cpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime() / 1e9;
            double elapsed = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
            return PosixModule.TIMES_RESULT.make(PyFloat.of(cpu), PyFloat.of(0.0), PyFloat.of(0.0), PyFloat.of(0.0),
                    PyFloat.of(elapsed));
        });
        ModuleTypes.f0(m, "uname", s -> PosixModule.UNAME_RESULT.make(PyStr.of(System.getProperty("os.name")),
                PyStr.of(read("/proc/sys/kernel/hostname", "localhost")), PyStr.of(System.getProperty("os.version")),
                PyStr.of(read("/proc/sys/kernel/version", "")), PyStr.of(machine())));
        ModuleTypes.f0(m, "getloadavg", s -> {
            String[] parts = read("/proc/loadavg", "0 0 0").split("\\s+");
            return PyTuple.of(PyFloat.of(Double.parseDouble(parts[0])), PyFloat.of(Double.parseDouble(parts[1])),
                    PyFloat.of(Double.parseDouble(parts[2])));
        });
        ModuleTypes.f1(m, "waitstatus_to_exitcode", (s, status) -> {
            int st = PosixModule.intArg(status, "int");
            if ((st & 0x7f) == 0) {
                return PyInt.of((st >> 8) & 0xff);
            }
            return PyInt.of(-(st & 0x7f));
        });
        // wait status macros of Linux; processes started by weft are not children (see waitpid)
        m.put("WNOHANG", PyInt.of(1));
        m.put("WUNTRACED", PyInt.of(2));
        ModuleTypes.f1(m, "WIFSTOPPED", (s, st) -> PyBool.of((PosixModule.intArg(st, "int") & 0xff) == 0x7f));
        ModuleTypes.f1(m, "WSTOPSIG", (s, st) -> PyInt.of((PosixModule.intArg(st, "int") >> 8) & 0xff));
        ModuleTypes.f1(m, "WIFEXITED", (s, st) -> PyBool.of((PosixModule.intArg(st, "int") & 0x7f) == 0));
        ModuleTypes.f1(m, "WEXITSTATUS", (s, st) -> PyInt.of((PosixModule.intArg(st, "int") >> 8) & 0xff));
        ModuleTypes.f1(m, "WIFSIGNALED", (s, st) -> {
            int v = PosixModule.intArg(st, "int");
            return PyBool.of((v & 0x7f) != 0 && (v & 0x7f) != 0x7f);
        });
        ModuleTypes.f1(m, "WTERMSIG", (s, st) -> PyInt.of(PosixModule.intArg(st, "int") & 0x7f));
        // children are the processes subprocess started here (ChildProcesses); the JVM cannot fork
        ModuleTypes.f2(m, "waitpid", 2, (s, pid, options) -> {
            long[] r = ChildProcesses.waitpid(Protocols.indexValue(pid, "int"), PosixModule.intArg(options, "int"));
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        });
        ModuleTypes.f0(m, "wait", s -> {
            long[] r = ChildProcesses.waitpid(-1, 0);
            return PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1]));
        });
        ModuleTypes.f2(m, "kill", 2, (s, pid, sig) -> {
            kill(Protocols.indexValue(pid, "int"), PosixModule.intArg(sig, "int"));
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "system", (s, command) -> PyInt.of(ChildProcesses.system(PathArg.of(command, "system",
                false).text())));
        ModuleTypes.f0(m, "pipe", s -> {
            int[] fds = FileDescriptors.pipe();
            return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
        });
        ModuleTypes.f2(m, "set_blocking", 2, (s, fd, b) -> {
            FileDescriptors.setBlocking(PosixModule.intArg(fd, "int"), Ops.isTrue(b));
            return PyNone.NONE;
        });
        ModuleTypes.f1(m, "get_blocking", (s, fd) -> PyBool.of(FileDescriptors.isBlocking(PosixModule.intArg(fd, "int"))));
        // descriptors are never inherited by children here (only their redirections are)
        ModuleTypes.f2(m, "set_inheritable", 2, (s, fd, b) -> PyNone.NONE);
        ModuleTypes.f1(m, "get_inheritable", (s, fd) -> PyBool.FALSE);
    }

    /**
     * {@code os.kill}: this process (signal handlers, as raise_signal), a child started here,
     * or another process (SIGTERM/SIGKILL through ProcessHandle, other signals with kill(1)).
     */
    private static void kill(long pid, int sig) {
        if (sig < 0 || sig >= 65) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        if (pid == ProcessHandle.current().pid()) {
            if (sig != 0) {
                dev.weft.runtime.modules.signal.SignalModule.raiseInProcess(sig);
            }
            return;
        }
        if (ChildProcesses.kill(pid, sig)) {
            return;
        }
        java.util.Optional<ProcessHandle> h = pid > 0 ? ProcessHandle.of(pid) : java.util.Optional.empty();
        if (pid > 0 && h.isEmpty()) {
            throw PosixErrors.error(PosixErrors.ESRCH, null);
        }
        if (sig == 0) {
            return;
        }
        if (sig == 15 && h.isPresent() && h.get().destroy()) {
            return;
        }
        if (sig == 9 && h.isPresent() && h.get().destroyForcibly()) {
            return;
        }
        ChildProcesses.signalWithKillCommand(pid, sig);
    }

    /** The working directory (the JVM's, fixed for the process). */
    static String cwd() {
        return Path.of("").toAbsolutePath().toString();
    }

    private static String machine() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64" -> "x86_64";
            case "arm64" -> "aarch64";
            default -> arch;
        };
    }

    private static int envInt(String name, int dflt) {
        try {
            String v = System.getenv(name);
            return v == null ? dflt : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return dflt;
        }
    }

    private static String read(String file, String dflt) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException | RuntimeException e) {
            return dflt;
        }
    }

    /** Real and effective ids from {@code /proc/self/status} ({@code Uid:} or {@code Gid:} line). */
    static long[] ids(String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/self/status"));
            for (String line : lines) {
                if (line.startsWith(key)) {
                    String[] f = line.substring(key.length()).trim().split("\\s+");
                    return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return new long[] {0, 0};
    }
}
