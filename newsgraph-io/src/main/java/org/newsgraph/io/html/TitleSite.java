package org.newsgraph.io.html;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;

/**
 * The publisher of a page without site metadata, when two places agree: a short segment of its {@code <title>}
 * ("Headline — Steppe Herald") that its footer names too ("© 2022 Steppe Herald"). Either alone is too weak: title
 * segments are often sections, footers name networks and partners.
 */
final class TitleSite {
    private static final int MAX_WORDS = 5;
    private static final int FOOTER_CHARS = 2000;

    private TitleSite() {
    }

    static Optional<String> find(Document page) {
        String title = page.title().strip().replaceAll("\\s+", " ");
        String[] parts = TitleCleaner.SEPARATOR.split(title);
        if (parts.length < 2) return Optional.empty();
        String footer = footerText(page).toLowerCase(Locale.ROOT);
        if (footer.isBlank()) return Optional.empty();
        for (String candidate : new String[] {parts[parts.length - 1].strip(), parts[0].strip()}) {
            int words = candidate.split("\\s+").length;
            if (candidate.length() >= 3 && words <= MAX_WORDS && footer.contains(candidate.toLowerCase(Locale.ROOT))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String footerText(Document page) {
        Elements footers = page.select("footer, [class~=(?i)footer|copyright], [id~=(?i)footer|copyright]");
        if (!footers.isEmpty()) return footers.text();
        if (page.body() == null) return "";
        String all = page.body().text();
        return all.substring(Math.max(0, all.length() - FOOTER_CHARS));
    }
}
