package org.softkg.bench;

/**
 * End-to-end runs of the parallel driver ({@code extract --jobs N}) with one worker and with N, on the
 * same many-document corpus, interleaved so that both see the same machine load. Besides wall time it
 * keeps the process CPU time of each run: CPU time over wall time is how many cores the run really got,
 * which tells a machine taken by other work from a driver that cannot use the cores.
 *
 * @param jobs      N
 * @param corpus    what the runs read
 * @param sentences sentences in the corpus
 * @param tokens    tokens in the corpus
 * @param one       wall times with one worker
 * @param many      wall times with N workers
 * @param oneCpu    process CPU times with one worker
 * @param manyCpu   process CPU times with N workers
 */
record JobsScaling(int jobs, String corpus, long sentences, long tokens, Samples one, Samples many,
                   Samples oneCpu, Samples manyCpu) {

    /** Median time with one worker over median time with N. */
    double speedup() {
        return many.median() == 0 ? 0 : one.median() / many.median();
    }

    /** Cores busy on average during the N-worker runs (process CPU time / wall time, medians). */
    double coresUsedMany() {
        return many.median() == 0 ? 0 : manyCpu.median() / many.median();
    }

    /** Process CPU time with N workers over that with one (above 1: the cost of running in parallel). */
    double cpuRatio() {
        return oneCpu.median() <= 0 ? 0 : manyCpu.median() / oneCpu.median();
    }

    /**
     * The speed-up the CPU time allows when N cores are free: N x (CPU time with one worker / CPU time with
     * N). A ceiling that the load of other work on the machine does not move much, unlike the wall-time
     * speed-up; reaching it needs the N cores and a run without waits.
     */
    double cpuBoundSpeedup() {
        return manyCpu.median() <= 0 ? 0 : jobs * oneCpu.median() / manyCpu.median();
    }

    /** Cores busy on average during the one-worker runs. */
    double coresUsedOne() {
        return one.median() == 0 ? 0 : oneCpu.median() / one.median();
    }
}
