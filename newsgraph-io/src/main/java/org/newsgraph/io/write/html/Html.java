package org.newsgraph.io.write.html;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Escaping for everything untrusted that goes into a page: article text, titles, names, URLs. One function for
 * text and attribute values alike (it escapes both quote characters), so no caller has to choose.
 */
public final class Html {
    private Html() {
    }

    /** Text made safe for element content and for quoted attribute values. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\0' -> "\uFFFD";
                default -> null;
            };
            if (r == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            b.append(r);
        }
        return b == null ? s : b.toString();
    }

    /**
     * An article's URL as a link target only when it is an absolute http(s) URL: {@code javascript:}, {@code data:}
     * and relative URLs are never made links.
     */
    public static Optional<String> safeHttpUrl(String url) {
        if (url == null || url.length() > 2000) return Optional.empty();
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) return Optional.of(u.toString());
        } catch (java.net.URISyntaxException e) {
            // not a URL: shown as text only
        }
        return Optional.empty();
    }

    /** A query-string parameter value, percent-encoded. */
    public static String param(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
