package org.softkg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * On a read-only server, answers the write endpoints ({@code /update}, {@code /data}) with 403 and a
 * message saying how to enable writes, instead of a bare 404.
 */
final class ReadOnlyFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(HttpServletResponse.SC_FORBIDDEN);
        http.setContentType("text/plain;charset=utf-8");
        http.getWriter().println("This endpoint is read-only: restart 'softkg serve' with --update (and a password) to accept writes.");
    }
}
