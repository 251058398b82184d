package org.softkg.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent per named step, summed over calls (and over threads). Thread-safe. */
public final class StageClock {

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    /** Adds {@code n} nanoseconds to {@code step}. */
    public void add(String step, long n) {
        nanos.computeIfAbsent(step, k -> new LongAdder()).add(n);
    }

    /** Nanoseconds spent in {@code step} (0 when it never ran). */
    public long get(String step) {
        LongAdder a = nanos.get(step);
        return a == null ? 0 : a.sum();
    }

    /** A copy of all steps and their nanoseconds. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }
}
