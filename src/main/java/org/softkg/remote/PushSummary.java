package org.softkg.remote;

/**
 * What a push sent.
 *
 * @param graphs   graphs sent (named graphs, or 1 for the default graph)
 * @param triples  triples sent
 * @param requests HTTP requests that succeeded
 * @param retries  tries repeated after a transient failure
 */
public record PushSummary(int graphs, long triples, int requests, int retries) {
}
