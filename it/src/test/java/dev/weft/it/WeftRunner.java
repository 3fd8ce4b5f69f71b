package dev.weft.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program as a user would, {@code weft run X.py ARGS...} in the program's folder, in a
 * separate JVM (the class path of the tests, which holds the CLI and the runtime).
 */
final class WeftRunner {
    record Result(byte[] stdout, String stderr, int exit, boolean timedOut) {}

    private WeftRunner() {}

    static Result run(Program p, long timeoutSeconds) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xss16m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.weft.cli.Main");
        cmd.add("run");
        cmd.add(p.file().getFileName().toString());
        cmd.addAll(p.args());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(p.file().getParent().toFile());
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.environment().put("TZ", "UTC");
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("WEFT_CACHE_DIR", System.getProperty("java.io.tmpdir") + File.separator + "weft-it-cache");
        Process proc = pb.start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread outPump = pump(proc.getInputStream(), out);
        Thread errPump = pump(proc.getErrorStream(), err);
        try (OutputStream in = proc.getOutputStream()) {
            in.write(p.stdin());
        } catch (IOException ignored) {
            // the program exited without reading its input
        }
        boolean finished = proc.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            proc.destroyForcibly();
            proc.waitFor();
        }
        outPump.join();
        errPump.join();
        return new Result(out.toByteArray(), err.toString(StandardCharsets.UTF_8), finished ? proc.exitValue() : -1, !finished);
    }

    private static Thread pump(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            try {
                in.transferTo(sink);
            } catch (IOException ignored) {
                // process died
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
