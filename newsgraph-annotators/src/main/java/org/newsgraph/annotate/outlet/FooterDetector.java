package org.newsgraph.annotate.outlet;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.core.Span;
import org.newsgraph.core.lang.Lexicon;

/**
 * Finds promotional footers and credit lines among the last paragraphs of an article: a short paragraph that
 * starts like a footer of the language ("Rejoignez X sur…", "Copyright 2022 X") or names two social networks.
 * Everything from the first such paragraph to the end is boilerplate; the outlet named in it is kept as evidence.
 */
public final class FooterDetector {
    /** Footers are short; a long closing paragraph is article text even when it names a network. */
    private static final int MAX_FOOTER_CHARS = 400;
    /** How many closing paragraphs are examined. */
    private static final int LAST_PARAGRAPHS = 4;

    private final Set<String> socialNetworks;

    public FooterDetector() {
        InputStream in = FooterDetector.class.getResourceAsStream("social-networks.tsv");
        this.socialNetworks = in == null ? Set.of() : Set.copyOf(Lexicon.read("social-networks", in).terms());
    }

    /** A footer found in the text: its span and the outlet names it gives. */
    public record Footer(Span span, List<String> names) {
    }

    public List<Footer> find(String text, int bodyStart, List<Pattern> patterns) {
        List<Span> paragraphs = paragraphs(text, bodyStart);
        List<Footer> footers = new ArrayList<>();
        int first = Math.max(0, paragraphs.size() - LAST_PARAGRAPHS);
        for (int i = first; i < paragraphs.size(); i++) {
            Span p = paragraphs.get(i);
            if (p.length() > MAX_FOOTER_CHARS) continue;
            String para = text.substring(p.start(), p.end());
            List<String> names = new ArrayList<>();
            boolean footer = false;
            for (Pattern pattern : patterns) {
                Matcher m = pattern.matcher(para);
                if (m.lookingAt() || (m.find() && m.start() < 3)) {
                    footer = true;
                    if (pattern.pattern().contains("(?<outlet>")) {
                        String name = m.group("outlet");
                        if (name != null) names.add(name.strip());
                    }
                }
            }
            if (footer || namesTwoNetworks(para)) {
                footers.add(new Footer(new Span(p.start(), p.end(), "footer"), names));
            }
        }
        return footers;
    }

    private boolean namesTwoNetworks(String para) {
        int found = 0;
        for (String w : para.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}.]+")) {
            String word = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            if (socialNetworks.contains(word) && ++found >= 2) return true;
        }
        return false;
    }

    /** Non-blank lines of the body, trimmed, as spans. */
    static List<Span> paragraphs(String text, int bodyStart) {
        List<Span> out = new ArrayList<>();
        int i = bodyStart;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new Span(s, e, "paragraph"));
            i = end + 1;
        }
        return out;
    }
}
