package org.softkg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread and of the whole process, in nanoseconds. On a machine shared with
 * other work, a step's CPU time moves much less than its wall time (waiting for a core is not counted),
 * so the ratios to the floors are taken on CPU time. Falls back to wall time where the JVM cannot tell.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean THREAD_CPU = THREADS.isCurrentThreadCpuTimeSupported();

    private ThreadCpu() {
    }

    /** CPU time of the calling thread so far (wall clock when not supported). */
    static long now() {
        return THREAD_CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** CPU time of all threads of this process so far, or -1 when the JVM cannot tell. */
    static long process() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return -1;
    }
}
