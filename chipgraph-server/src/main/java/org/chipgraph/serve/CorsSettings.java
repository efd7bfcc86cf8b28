package org.chipgraph.serve;

import java.util.List;
import java.util.Locale;

/**
 * Which browser origins may call the endpoint from scripts. "*" allows any origin to read; credentials
 * (for updates) are only honoured for origins listed explicitly, so a random web page cannot write.
 */
public record CorsSettings(List<String> origins) {

    public CorsSettings {
        origins = origins.stream().map(String::strip).filter(s -> !s.isEmpty()).map(CorsSettings::normalise).toList();
    }

    public static CorsSettings anyOrigin() { return new CorsSettings(List.of("*")); }

    public static CorsSettings none() { return new CorsSettings(List.of()); }

    /** "http://a.example,https://b.example" or "*" or "" (no cross-origin access). */
    public static CorsSettings parse(String commaSeparated) {
        if (commaSeparated == null) return anyOrigin();
        List<String> list = List.of(commaSeparated.split(","));
        for (String o : list) {
            String s = o.strip();
            if (!s.isEmpty() && !s.equals("*") && !s.matches("https?://[^/\\s]+/?")) {
                throw new IllegalArgumentException("'" + s + "' is not an origin, expected scheme://host[:port] such as http://localhost:8888, or *");
            }
        }
        return new CorsSettings(list);
    }

    public boolean anyAllowed() { return origins.contains("*"); }

    public boolean allows(String origin) {
        return origin != null && (anyAllowed() || origins.contains(normalise(origin)));
    }

    /** Only explicitly listed origins get Access-Control-Allow-Credentials. */
    public boolean allowsCredentials(String origin) {
        return origin != null && origins.contains(normalise(origin));
    }

    private static String normalise(String o) {
        String s = o.strip().toLowerCase(Locale.ROOT);
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
