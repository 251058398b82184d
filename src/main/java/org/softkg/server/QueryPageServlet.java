package org.softkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the query page ({@code index.html}, a resource of this package): a query box, example
 * queries and a result table, in plain HTML and JavaScript with nothing fetched from elsewhere.
 */
final class QueryPageServlet extends HttpServlet {

    private static final String PAGE = "index.html";

    private final byte[] page;

    QueryPageServlet() {
        try (InputStream in = QueryPageServlet.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + PAGE + " missing from the jar");
            }
            page = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html;charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(page.length);
        resp.getOutputStream().write(page);
    }
}
