package dev.parallax.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used by the server under test: its JVM and the embedded PostgreSQL it started (the
 * postmaster, found by the data directory on its command line, and its backends). Linux only
 * (/proc). CPU per request is what to compare on a shared machine, where wall latency mostly
 * measures the neighbours.
 */
final class ProcessCpu {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private final long jvm;
    private final Path dataDir;

    ProcessCpu(long jvmPid, Path dataDir) {
        this.jvm = jvmPid;
        this.dataDir = dataDir;
    }

    /** Seconds of CPU (user + system) used so far by the JVM, and by PostgreSQL. */
    double[] seconds() {
        double java = ticks(jvm) / TICKS_PER_SECOND;
        double postgres = 0;
        for (long pid : postgresPids()) {
            postgres += ticks(pid) / TICKS_PER_SECOND;
        }
        return new double[] {java, postgres};
    }

    /** CPU seconds this process (the clients) used so far. */
    static double self() {
        return ticks(ProcessHandle.current().pid()) / TICKS_PER_SECOND;
    }

    private List<Long> postgresPids() {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    if (cmd.contains("postgres") && cmd.contains(dataDir.toString())) {
                        long pid = Long.parseLong(p.getFileName().toString());
                        if (pid != jvm) {
                            pids.add(pid);
                            ProcessHandle.of(pid).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));
                        }
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            });
        } catch (IOException e) {
            return pids;
        }
        return pids.stream().distinct().toList();
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
