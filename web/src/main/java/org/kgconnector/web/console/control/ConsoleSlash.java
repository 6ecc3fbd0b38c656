package org.kgconnector.web.console.control;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code /koogallery/console} without its slash goes to {@code /koogallery/console/}, where its relative links work. */
@WebFilter(filterName = "console-slash", urlPatterns = "/console")
public class ConsoleSlash extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().endsWith("/console")) {
            PathRedirect.send(response, request.getContextPath() + "/console/");
        } else {
            chain.doFilter(request, response);
        }
    }
}
