package dev.weft.runtime.modules.posix;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Child processes started for {@code _posixsubprocess.fork_exec}, and what {@code os.waitpid}
 * and {@code os.kill} know of them. The JVM cannot fork: a child is a {@link ProcessBuilder}
 * process, and the descriptors {@code subprocess} hands it (ends of {@link InProcessPipe}s,
 * open files, the standard streams) become the process's redirections, pipes served by pump
 * threads. An exec failure is reported as CPython's forked child reports it: a line written
 * to the error pipe ({@code OSError:<hex errno>:}) and an exit status of 255, so that
 * {@code subprocess.py} raises the same exception as on CPython.
 */
public final class ChildProcesses {
    private ChildProcesses() { }

    private static final int ENOENT = 2, EACCES = 13, ENOTDIR = 20;
    private static final Pattern JDK_ERRNO = Pattern.compile("error=(\\d+)");

    /** A started child (process null: its exec failed and it "exited" with status 255). */
    private static final class Child {
        final long pid;
        final Process process;
        volatile int signalSent;

        Child(long pid, Process process) {
            this.pid = pid;
            this.process = process;
        }

        boolean alive() {
            return process != null && process.isAlive();
        }

        /** The wait status as waitpid(2) encodes it. */
        int status() {
            if (process == null) {
                return 255 << 8;
            }
            int v = process.exitValue();
            // The JDK reports death by signal s as exit value 128 + s, which a program could also
            // exit with; a signal is the likelier meaning (shells use the same convention)
            if (v > 128 && v < 128 + 32 || signalSent != 0 && v == 128 + signalSent) {
                return v - 128;
            }
            return (v & 0xff) << 8;
        }
    }

    private static final ConcurrentHashMap<Long, Child> CHILDREN = new ConcurrentHashMap<>();
    /** Process ids for children whose exec failed: above Linux's largest pid (2^22). */
    private static final AtomicLong FAILED_PIDS = new AtomicLong(1L << 30);

    /** What fork_exec passes that Weft uses; descriptors are -1 when not redirected. */
    public record Spec(List<byte[]> argv, List<byte[]> executables, byte[] cwd, List<byte[]> env, int stdin,
            int stdout, int stderr, int errpipeWrite) { }

    /** Starts the child; its pid (the exec failure, if any, is in the error pipe). */
    public static long start(Spec s) {
        String cwdError = checkCwd(s.cwd());
        if (cwdError != null) {
            return failed(s.errpipeWrite(), cwdError);
        }
        int[] errno = {ENOENT};
        Path exe = resolve(s.executables(), errno);
        if (exe == null) {
            return failed(s.errpipeWrite(), String.format("OSError:%x:", errno[0]));
        }
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        for (int i = 1; i < s.argv().size(); i++) {
            command.add(text(s.argv().get(i)));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        if (s.cwd() != null) {
            pb.directory(new File(text(s.cwd())));
        }
        if (s.env() != null) {
            Map<String, String> env = pb.environment();
            env.clear();
            for (byte[] kv : s.env()) {
                String e = text(kv);
                int eq = e.indexOf('=');
                if (eq > 0) {
                    env.put(e.substring(0, eq), e.substring(eq + 1));
                }
            }
        }
        InProcessPipe.End input = redirectInput(pb, s.stdin());
        int outTarget = s.stdout() == -1 ? 1 : s.stdout();
        int errTarget = s.stderr() == -1 ? 2 : s.stderr();
        Redirection out = redirectOutput(s.stdout(), 1);
        pb.redirectOutput(out.redirect);
        Redirection err = null;
        if (errTarget == outTarget) {
            pb.redirectErrorStream(true);
        } else {
            err = redirectOutput(s.stderr(), 2);
            pb.redirectError(err.redirect);
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            Matcher m = JDK_ERRNO.matcher(String.valueOf(e.getMessage()));
            return failed(s.errpipeWrite(), String.format("OSError:%x:", m.find() ? Integer.parseInt(m.group(1)) : ENOENT));
        }
        if (input != null) {
            OutputStream in = p.getOutputStream();
            pump("weft-child-input", b -> input.read(b, 0, b.length, true), (b, n) -> {
                in.write(b, 0, n);
                in.flush();
            }, input::close, in);
        }
        out.startPump(p.getInputStream());
        if (err != null) {
            err.startPump(p.getErrorStream());
        }
        Child c = new Child(p.pid(), p);
        CHILDREN.put(c.pid, c);
        return c.pid;
    }

    private static long failed(int errpipeWrite, String report) {
        FileDescriptors.write(errpipeWrite, report.getBytes(StandardCharsets.US_ASCII));
        long pid = FAILED_PIDS.getAndIncrement();
        CHILDREN.put(pid, new Child(pid, null));
        return pid;
    }

    /** The error report for a working directory the child could not enter, or null. */
    private static String checkCwd(byte[] cwd) {
        if (cwd == null) {
            return null;
        }
        Path d = Path.of(text(cwd));
        if (Files.isDirectory(d)) {
            return null;
        }
        return String.format("OSError:%x:noexec:chdir", Files.exists(d) ? ENOTDIR : ENOENT);
    }

    /**
     * The first candidate that is an executable file, as execve tries them; else null, with
     * {@code errno[0]} the first error other than "not found" (EACCES), as _posixsubprocess reports.
     */
    private static Path resolve(List<byte[]> candidates, int[] errno) {
        int saved = 0;
        for (byte[] c : candidates) {
            Path p = Path.of(text(c));
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
            if (Files.exists(p) && saved == 0) {
                saved = EACCES;
            }
        }
        errno[0] = saved != 0 ? saved : ENOENT;
        return null;
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** The child's standard input from descriptor {@code fd}; the pipe end to copy into it, if any. */
    private static InProcessPipe.End redirectInput(ProcessBuilder pb, int fd) {
        if (fd == -1 || FileDescriptors.isStandard(fd)) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
            return null;
        }
        InProcessPipe.End end = FileDescriptors.pipeEndOrNull(fd);
        if (end != null && end.isReadEnd()) {
            pb.redirectInput(ProcessBuilder.Redirect.PIPE);
            return end.dup();
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(FileDescriptors.get(fd).path().toFile()));
        return null;
    }

    /** A redirection of the child's stdout or stderr, and the pump that serves it if any. */
    private static final class Redirection {
        final ProcessBuilder.Redirect redirect;
        final InProcessPipe.End target;
        final int stdFd;

        Redirection(ProcessBuilder.Redirect redirect, InProcessPipe.End target, int stdFd) {
            this.redirect = redirect;
            this.target = target;
            this.stdFd = stdFd;
        }

        void startPump(InputStream from) {
            if (target != null) {
                pump("weft-child-output", from::read, (b, n) -> target.write(b, 0, n), from, target::close);
            } else if (stdFd >= 0) {
                pump("weft-child-output", from::read, (b, n) -> FileDescriptors.write(stdFd, Arrays.copyOf(b, n)), from);
            }
        }
    }

    /** Where output stream {@code own} (1 or 2) of the child goes when subprocess says {@code fd}. */
    private static Redirection redirectOutput(int fd, int own) {
        if (fd == -1 || fd == own) {
            return new Redirection(ProcessBuilder.Redirect.INHERIT, null, -1);
        }
        if (FileDescriptors.isStandard(fd)) {
            return new Redirection(ProcessBuilder.Redirect.PIPE, null, fd); // e.g. stdout=sys.stderr
        }
        InProcessPipe.End end = FileDescriptors.pipeEndOrNull(fd);
        if (end != null && !end.isReadEnd()) {
            return new Redirection(ProcessBuilder.Redirect.PIPE, end.dup(), -1);
        }
        return new Redirection(ProcessBuilder.Redirect.appendTo(FileDescriptors.get(fd).path().toFile()), null, -1);
    }

    /** Reads a chunk into the buffer: its length, or 0 or less at the end. */
    private interface Source {
        int read(byte[] buf) throws Exception;
    }

    private interface Sink {
        void write(byte[] buf, int n) throws Exception;
    }

    /**
     * Copies {@code from} into {@code to} on a daemon thread until the source ends or either
     * side fails (the reader went away, the child died), then closes {@code closeAfter}.
     */
    private static void pump(String name, Source from, Sink to, AutoCloseable... closeAfter) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = from.read(buf)) > 0) {
                    to.write(buf, n);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // nothing more to copy
            } finally {
                for (AutoCloseable c : closeAfter) {
                    try {
                        c.close();
                    } catch (Exception ignored) {
                        // already closed or broken: the copy is over either way
                    }
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    /**
     * {@code os.system}: runs {@code command} with /bin/sh on this process's standard streams
     * and returns its wait status.
     */
    static int system(String command) {
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", command).inheritIO().start();
            Child c = new Child(p.pid(), p);
            p.waitFor();
            return c.status();
        } catch (IOException e) {
            return 127 << 8; // what system(3) returns when the shell cannot run
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(PosixErrors.EINTR, null);
        }
    }

    /** {@code os.waitpid}: (pid, status), (0, 0) for a running child under WNOHANG, or ECHILD. */
    static long[] waitpid(long pid, int options) {
        boolean noHang = (options & 1) != 0;
        if (pid > 0) {
            Child c = CHILDREN.get(pid);
            if (c == null) {
                throw PosixErrors.error(PosixErrors.ECHILD, null);
            }
            if (c.alive()) {
                if (noHang) {
                    return new long[] {0, 0};
                }
                waitFor(c);
            }
            return reap(c);
        }
        while (true) {
            List<CompletableFuture<Process>> exits = new ArrayList<>();
            for (Child c : CHILDREN.values()) {
                if (!c.alive()) {
                    return reap(c);
                }
                exits.add(c.process.onExit());
            }
            if (exits.isEmpty()) {
                throw PosixErrors.error(PosixErrors.ECHILD, null);
            }
            if (noHang) {
                return new long[] {0, 0};
            }
            try {
                CompletableFuture.anyOf(exits.toArray(new CompletableFuture<?>[0])).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PosixErrors.error(PosixErrors.EINTR, null);
            } catch (ExecutionException e) {
                // onExit never completes exceptionally; look again
            }
        }
    }

    private static void waitFor(Child c) {
        try {
            c.process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(PosixErrors.EINTR, null);
        }
    }

    /** Removes an exited child (once: a second waiter gets ECHILD, as from the kernel). */
    private static long[] reap(Child c) {
        if (!CHILDREN.remove(c.pid, c)) {
            throw PosixErrors.error(PosixErrors.ECHILD, null);
        }
        return new long[] {c.pid, c.status()};
    }

    /**
     * {@code os.kill} of a child started here: SIGTERM and SIGKILL through the JDK, other
     * signals through kill(1); false if {@code pid} is not such a child.
     */
    static boolean kill(long pid, int sig) {
        Child c = CHILDREN.get(pid);
        if (c == null) {
            return false;
        }
        if (!c.alive()) {
            return true; // a zombie accepts signals and ignores them
        }
        if (sig == 0) {
            return true;
        }
        c.signalSent = sig;
        if (sig == 15) {
            c.process.destroy();
        } else if (sig == 9) {
            c.process.destroyForcibly();
        } else {
            signalWithKillCommand(pid, sig);
        }
        return true;
    }

    /** Sends {@code sig} to another process with kill(1) (the JDK can only terminate processes). */
    static void signalWithKillCommand(long pid, int sig) {
        try {
            Process k = new ProcessBuilder("kill", "-" + sig, Long.toString(pid))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (k.waitFor() != 0) {
                throw PosixErrors.error(PosixErrors.ESRCH, null);
            }
        } catch (IOException e) {
            throw dev.weft.runtime.exc.Errors.notImplemented("os.kill() with signal " + sig
                    + " is not supported by weft here (no kill command)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(PosixErrors.EINTR, null);
        }
    }
}
