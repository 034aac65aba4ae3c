package org.newsgraph.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links built from ids and names: every piece percent-encoded, so no id can break out of its path segment. */
final class Paths {
    private Paths() {
    }

    static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String param(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
