package org.newsgraph.io.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} values by key, read in one pass: the key is the lower-cased {@code property}, {@code name}
 * or {@code itemprop}; the first non-empty value of a key wins.
 */
final class MetaTags {
    private final Map<String, String> values = new HashMap<>();

    MetaTags(Document page) {
        for (Element m : page.getElementsByTag("meta")) {
            String content = m.attr("content").strip();
            if (content.isEmpty()) continue;
            put(m.attr("property"), content);
            put(m.attr("name"), content);
            put(m.attr("itemprop"), content);
        }
    }

    private void put(String key, String content) {
        if (!key.isBlank()) values.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), content);
    }

    /** The value of {@code key} (case-insensitive). */
    Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key.toLowerCase(Locale.ROOT)));
    }
}
