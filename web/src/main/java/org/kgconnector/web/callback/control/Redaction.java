package org.kgconnector.web.callback.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Removes secrets from bodies before they are stored: the values of JSON members and query parameters whose
 * name is a secret's ({@code password}, {@code clientSecret}, …) become {@code ***}.
 */
final class Redaction {

    private static final String SECRET_NAMES = "password|clientSecret|client_secret|accessToken|access_token"
            + "|refreshToken|refresh_token|secret";
    private static final Pattern JSON_MEMBER = Pattern.compile(
            "(\"(?:" + SECRET_NAMES + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern QUERY_PARAMETER = Pattern.compile("((?:^|&)(?:" + SECRET_NAMES + ")=)[^&]*");

    private Redaction() {
    }

    static String json(byte[] body) {
        if (body == null) {
            return null;
        }
        return JSON_MEMBER.matcher(new String(body, StandardCharsets.UTF_8))
                .replaceAll("$1\"***\"");
    }

    static String query(String rawQuery) {
        return rawQuery == null ? null : QUERY_PARAMETER.matcher(rawQuery).replaceAll("$1***");
    }
}
