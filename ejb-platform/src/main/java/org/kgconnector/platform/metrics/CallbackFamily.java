package org.kgconnector.platform.metrics;

/**
 * The family a callback address belongs to, for the metrics' {@code family} label: {@code kit} for the
 * joint-operation syncs wherever they are served ({@code …/produceAPI/…}), then by the first path segment
 * {@code saas}, {@code license}, {@code license-code}, {@code sso}; anything else is {@code other}, so an address
 * made up by a caller adds no series.
 */
public final class CallbackFamily {

    private CallbackFamily() {
    }

    /** @param address the path inside the application ({@code /saas}, {@code /license/produceAPI/v2/tenantSync}) */
    public static String of(String address) {
        if (address == null || !address.startsWith("/")) {
            return "other";
        }
        String path = address.length() > 1 && address.endsWith("/") ? address.substring(0, address.length() - 1)
                : address;
        int second = path.indexOf('/', 1);
        String first = second < 0 ? path.substring(1) : path.substring(1, second);
        if (path.contains("/produceAPI/") && (first.equals("saas") || first.equals("license"))) {
            return "kit";
        }
        return switch (first) {
            case "saas", "license", "license-code", "sso" -> first;
            default -> "other";
        };
    }
}
