package org.softkg.remote;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends one HTTP request with bounded retries on transient failures, and turns every other failure
 * into a {@link PushException} with one clear line: 401/403 name the credentials, other 4xx quote the
 * first line of the endpoint's answer.
 */
final class RetryingSender {

    private final HttpClient client;
    private final RetryPolicy policy;
    private final boolean withCredentials;
    private int retries;

    RetryingSender(HttpClient client, RetryPolicy policy, boolean withCredentials) {
        this.client = client;
        this.policy = policy;
        this.withCredentials = withCredentials;
    }

    /** Tries repeated so far. */
    int retries() {
        return retries;
    }

    /**
     * Sends {@code request}; returns when the endpoint answered 2xx.
     *
     * @param what names the request in error messages ("batch 3 of graph G")
     */
    void send(HttpRequest request, String what) {
        String endpoint = request.uri().toString();
        String lastProblem = "";
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            if (attempt > 1) {
                retries++;
                pause(attempt - 1);
            }
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (ConnectException e) {
                lastProblem = "cannot connect (" + (e.getMessage() == null ? "connection refused or host unreachable" : describe(e)) + ")";
                continue;
            } catch (HttpTimeoutException e) {
                lastProblem = "no answer in time";
                continue;
            } catch (IOException e) {
                lastProblem = describe(e);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PushException("interrupted while sending " + what + " to " + endpoint, e);
            }
            int status = response.statusCode();
            if (status / 100 == 2) {
                return;
            }
            if (status == 401 || status == 403) {
                throw new PushException(endpoint + " refused " + what + " (HTTP " + status + "): "
                        + (withCredentials ? "check --user and the password (--password-file or $SOFTKG_PASSWORD)"
                                : "the endpoint needs credentials: pass --user and --password-file"));
            }
            if (status / 100 == 5 || status == 429 || status == 408) {
                lastProblem = "HTTP " + status + firstLine(response.body());
                continue;
            }
            throw new PushException(endpoint + " rejected " + what + " (HTTP " + status + ")" + firstLine(response.body()));
        }
        throw new PushException("gave up sending " + what + " to " + endpoint + " after " + policy.attempts()
                + (policy.attempts() == 1 ? " try: " : " tries: ") + lastProblem);
    }

    private void pause(int failed) {
        try {
            Thread.sleep(policy.delayAfter(failed));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PushException("interrupted while waiting to retry", e);
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            Throwable cause = e.getCause();
            message = cause != null && cause.getMessage() != null ? cause.getMessage() : e.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String firstLine(String body) {
        if (body == null) {
            return "";
        }
        String line = body.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (line.isEmpty()) {
            return "";
        }
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "..." : line);
    }
}
