package org.newsgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endpoint: method, path template ({@code /api/articles/{id}}: a parameter is one path segment, decoded), whether
 * it writes (needs the token), whether it runs analyses (the costly rate), and its handler.
 */
record Route(String method, String template, boolean needsToken, boolean analyses, Handler handler) {

    /** Handles one call: answers through {@link Call}, or throws {@link ApiException}. */
    @FunctionalInterface
    interface Handler {
        void handle(Call call) throws Exception;
    }

    static Route get(String template, Handler h) {
        return new Route("GET", template, false, false, h);
    }

    Pattern pattern() {
        return Patterns.of(template);
    }

    /** The path parameters when {@code path} matches, else empty. */
    Optional<Map<String, String>> match(String path) {
        Matcher m = pattern().matcher(path);
        if (!m.matches()) return Optional.empty();
        Map<String, String> params = new LinkedHashMap<>();
        List<String> names = Patterns.names(template);
        for (int i = 0; i < names.size(); i++) params.put(names.get(i), m.group(i + 1));
        return Optional.of(params);
    }

    /** Compiled templates, cached: routes are matched on every request. */
    private static final class Patterns {
        private static final Map<String, Pattern> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        static Pattern of(String template) {
            return CACHE.computeIfAbsent(template, t -> Pattern.compile(
                    Pattern.quote(t).replaceAll("\\{[a-z]+\\}", "\\\\E([^/]+)\\\\Q")));
        }

        static List<String> names(String template) {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([a-z]+)\\}").matcher(template);
            while (m.find()) names.add(m.group(1));
            return names;
        }
    }
}
