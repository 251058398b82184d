package org.softkg.remote;

import java.time.Duration;

/**
 * Bounded retries with exponential backoff for transient failures (5xx, 429, connection problems).
 *
 * @param attempts   how many times one request is tried in all (at least 1)
 * @param firstDelay the wait before the second try; each later wait doubles it
 */
public record RetryPolicy(int attempts, Duration firstDelay) {

    /** Four tries, waiting 0.5 s, 1 s, 2 s between them. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500));

    /** Validates the policy. */
    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt is needed");
        }
        if (firstDelay.isNegative()) {
            throw new IllegalArgumentException("the delay must not be negative");
        }
    }

    /** The wait after failed try number {@code failed} (1-based). */
    Duration delayAfter(int failed) {
        return firstDelay.multipliedBy(1L << Math.min(failed - 1, 20));
    }
}
