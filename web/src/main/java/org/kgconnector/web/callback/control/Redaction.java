package org.kgconnector.web.callback.control;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.kgconnector.protocol.signature.QueryParameters;

/**
 * Removes secrets from bodies before they are stored: the string values of JSON members and the values of query
 * parameters whose name is a secret's ({@code password}, {@code clientSecret}, {@code authToken}, …) become
 * {@code ***}. One pass over the text, in linear time whatever it holds (no regular expression that could
 * backtrack or recurse on a long value).
 */
final class Redaction {

    static final String MASK = "***";
    private static final Set<String> SECRET_NAMES = Set.of("password", "clientSecret", "client_secret", "accessToken",
            "access_token", "refreshToken", "refresh_token", "secret", "authToken");

    private Redaction() {
    }

    static String json(byte[] body) {
        return body == null ? null : json(new String(body, StandardCharsets.UTF_8));
    }

    /** Every string literal that is the value of a secret-named member is masked; the rest is copied unchanged. */
    static String json(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean secretValueNext = false;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '"') {
                out.append(c);
                if (!Character.isWhitespace(c) && c != ':') {
                    secretValueNext = false;
                }
                i++;
                continue;
            }
            int end = endOfString(text, i);
            String literal = text.substring(i, end);
            if (secretValueNext) {
                out.append('"').append(MASK).append('"');
                secretValueNext = false;
            } else {
                out.append(literal);
                secretValueNext = isKey(text, end) && SECRET_NAMES.contains(literal.substring(1, Math.max(1, literal.length() - 1)));
            }
            i = end;
        }
        return out.toString();
    }

    static String query(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(rawQuery.length());
        for (String parameter : rawQuery.split("&", -1)) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            int equals = parameter.indexOf('=');
            String name = equals > 0 ? QueryParameters.decode(parameter.substring(0, equals), false) : null;
            boolean secret = name != null && SECRET_NAMES.contains(name);
            out.append(secret ? parameter.substring(0, equals + 1) + MASK : parameter);
        }
        return out.toString();
    }

    /** The index just after the string literal that starts at {@code start} (or the text's end when unclosed). */
    private static int endOfString(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** Whether the literal that ends at {@code end} is a member name: a colon follows, after any whitespace. */
    private static boolean isKey(String text, int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':';
    }
}
