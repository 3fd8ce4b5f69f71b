package dev.weft.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntSupplier;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The ContainerBench pairs timed by the thread's CPU time instead of wall time, for a machine
 * shared with other work: JMH's wall-clock scores swing several-fold when the run queue is
 * long (the thread is descheduled mid-iteration), while the CPU time a batch of calls costs
 * barely moves. Each Weft operation and its Java counterpart run in alternating batches
 * (after a warm-up), and the median CPU time per batch is compared.
 * Run: {@code java -cp runtime-lib/jmh/target/benchmarks.jar dev.weft.runtime.bench.CpuTimeRunner [ROUNDS [FILTER]]}
 * (FILTER: only the pairs and scalar ops whose name contains it). The runner restarts itself
 * with compiler blackholes on (as JMH does on JDK 17+), so that the {@code ...Each} benchmarks'
 * {@link Blackhole} costs no work of its own.
 */
public final class CpuTimeRunner {
    private CpuTimeRunner() { }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Keeps results alive so the JIT cannot drop the work. */
    static volatile long sink;
    /** The last object result (a plain store: it escapes, so the work stays, at no fence's cost). */
    static Object lastResult;

    private static int keep(Object o) {
        lastResult = o;
        return 1;
    }

    private record Pair(String weftName, IntSupplier weft, String javaName, IntSupplier java) { }

    /** The flags of JMH's compiler blackholes (JDK 17+): Blackhole.consume becomes a JIT barrier that does no work. */
    private static final List<String> BLACKHOLE_FLAGS = List.of("-DcompilerBlackholesEnabled=true",
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:CompileCommand=quiet",
            "-XX:CompileCommand=blackhole,org.openjdk.jmh.infra.Blackhole::consumeCompiler");

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("compilerBlackholesEnabled")) {
            List<String> cmd = new ArrayList<>();
            cmd.add(System.getProperty("java.home") + "/bin/java");
            cmd.addAll(BLACKHOLE_FLAGS);
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(CpuTimeRunner.class.getName());
            cmd.addAll(Arrays.asList(args));
            System.exit(new ProcessBuilder(cmd).inheritIO().start().waitFor());
        }
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        String filter = args.length > 1 ? args[1] : "";
        ContainerBench b = new ContainerBench();
        b.setup();
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        List<Pair> pairs = new ArrayList<>();
        pairs.add(new Pair("dictGetEach", each(b::dictGetEach, bh), "hashMapGetEach", each(b::hashMapGetEach, bh)));
        pairs.add(new Pair("dictGetEach", each(b::dictGetEach, bh),
                "concurrentHashMapGetEach", each(b::concurrentHashMapGetEach, bh)));
        pairs.add(new Pair("listIndexEach", each(b::listIndexEach, bh), "arrayListGetEach", each(b::arrayListGetEach, bh)));
        pairs.add(new Pair("listIndexEach", each(b::listIndexEach, bh),
                "copyOnWriteListGetEach", each(b::copyOnWriteListGetEach, bh)));
        pairs.add(new Pair("dictGet", b::dictGet, "hashMapGet", b::hashMapGet));
        pairs.add(new Pair("dictGet", b::dictGet, "concurrentHashMapGet", b::concurrentHashMapGet));
        pairs.add(new Pair("listIndex", b::listIndex, "arrayListGet", b::arrayListGet));
        pairs.add(new Pair("listIndex", b::listIndex, "copyOnWriteListGet", b::copyOnWriteListGet));
        pairs.add(new Pair("dictPut", () -> b.dictPut().size(), "hashMapPut", () -> b.hashMapPut().size()));
        pairs.add(new Pair("listAppend", () -> b.listAppend().size(), "arrayListAdd", () -> b.arrayListAdd().size()));
        System.out.println("| Weft op | Java op | Weft CPU ns/op | Java CPU ns/op | ratio Weft/Java |");
        System.out.println("|---|---|--:|--:|--:|");
        for (Pair p : pairs) {
            if (!(p.weftName + " " + p.javaName).contains(filter)) {
                continue;
            }
            int batch = calibrate(p.weft);
            for (int i = 0; i < 5; i++) {   // warm-up: both compiled by C2
                time(p.weft, batch);
                time(p.java, batch);
            }
            double[] w = new double[rounds], j = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                w[r] = time(p.weft, batch);
                j[r] = time(p.java, batch);
            }
            double mw = median(w) / batch / ContainerBench.N, mj = median(j) / batch / ContainerBench.N;
            System.out.printf("| %s | %s | %.2f | %.2f | %.2f |%n", p.weftName, p.javaName, mw, mj, mw / mj);
        }
        scalars(rounds, filter);
    }

    private static IntSupplier each(java.util.function.Consumer<Blackhole> op, Blackhole bh) {
        return () -> {
            op.accept(bh);
            return 1;
        };
    }

    /** ScalarBench's operations: CPU ns per call (smallIntLoop and primitiveLoop: per 1,000 iterations). */
    private static void scalars(int rounds, String filter) {
        ScalarBench s = new ScalarBench();
        List<String> names = List.of("smallIntLoop", "primitiveLoop", "strConcat", "strFormat", "fString");
        List<IntSupplier> ops = List.of(() -> keep(s.smallIntLoop()), () -> (int) s.primitiveLoop(),
                () -> keep(s.strConcat()), () -> keep(s.strFormat()), () -> keep(s.fString()));
        System.out.println();
        System.out.println("| ScalarBench op | CPU ns/op |");
        System.out.println("|---|--:|");
        for (int k = 0; k < ops.size(); k++) {
            if (!names.get(k).contains(filter)) {
                continue;
            }
            IntSupplier op = ops.get(k);
            int batch = calibrate(op);
            for (int i = 0; i < 5; i++) {
                time(op, batch);
            }
            double[] t = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                t[r] = time(op, batch);
            }
            System.out.printf("| %s | %.1f |%n", names.get(k), median(t) / batch);
        }
    }

    /** Invocations per batch so that a batch costs about 100 ms of CPU. */
    private static int calibrate(IntSupplier op) {
        int n = 16;
        while (true) {
            long ns = time(op, n);
            if (ns > 100_000_000L || n > 1 << 24) {
                return n;
            }
            n *= 2;
        }
    }

    private static long time(IntSupplier op, int n) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += op.getAsInt();
        }
        long t = THREADS.getCurrentThreadCpuTime() - t0;
        sink = s;
        return t;
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
