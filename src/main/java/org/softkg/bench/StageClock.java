package org.softkg.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Nanoseconds spent per named step, summed over calls (and over threads), as wall time and as the CPU
 * time of the threads that ran the step ({@link ThreadCpu}). Thread-safe.
 */
public final class StageClock {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> cpu = new ConcurrentHashMap<>();

    /** Adds {@code n} nanoseconds of wall time to {@code step}. */
    public void add(String step, long n) {
        nanos.computeIfAbsent(step, k -> new LongAdder()).add(n);
    }

    /** Adds {@code wall} nanoseconds of wall time and {@code cpuNanos} of CPU time to {@code step}. */
    public void add(String step, long wall, long cpuNanos) {
        add(step, wall);
        cpu.computeIfAbsent(step, k -> new LongAdder()).add(cpuNanos);
    }

    /** Nanoseconds of wall time spent in {@code step} (0 when it never ran). */
    public long get(String step) {
        LongAdder a = nanos.get(step);
        return a == null ? 0 : a.sum();
    }

    /** A copy of all steps and their wall nanoseconds. */
    public Map<String, Long> snapshot() {
        return copy(nanos);
    }

    /** A copy of the steps timed with CPU time and their CPU nanoseconds. */
    public Map<String, Long> cpuSnapshot() {
        return copy(cpu);
    }

    private static Map<String, Long> copy(Map<String, LongAdder> m) {
        Map<String, Long> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
