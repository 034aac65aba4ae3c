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
    /** The shortest and longest network names: a word of another length is no network, and is not copied to look. */
    private final int shortestNetwork;
    private final int longestNetwork;

    public FooterDetector() {
        InputStream in = FooterDetector.class.getResourceAsStream("social-networks.tsv");
        this.socialNetworks = in == null ? Set.of() : Set.copyOf(Lexicon.read("social-networks", in).terms());
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String n : socialNetworks) {
            shortest = Math.min(shortest, n.length());
            longest = Math.max(longest, n.length());
        }
        this.shortestNetwork = shortest;
        this.longestNetwork = longest;
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
                Matcher m = startingNearTheStart(pattern.matcher(para));
                if (m != null) {
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

    /**
     * The matcher after a match starting within the first three characters, or null: what {@code find()} followed by
     * {@code start() < 3} says, without searching the rest of the paragraph. Transparent, non-anchoring bounds make
     * a match from position k the one {@code find()} would have found there.
     */
    private static Matcher startingNearTheStart(Matcher m) {
        if (m.lookingAt()) return m;
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int length = m.regionEnd();
        for (int k = 1; k < 3 && k <= length; k++) {
            m.region(k, length);
            if (m.lookingAt()) return m;
        }
        return null;
    }

    /** Two words of the paragraph, split at anything but letters, digits and periods, name social networks. */
    private boolean namesTwoNetworks(String para) {
        String lower = para.toLowerCase(Locale.ROOT);
        int found = 0;
        int i = 0;
        while (i < lower.length()) {
            int start = i;
            while (i < lower.length() && isWordChar(lower.codePointAt(i))) i += Character.charCount(lower.codePointAt(i));
            if (i > start) {
                int end = lower.charAt(i - 1) == '.' ? i - 1 : i;
                if (end - start >= shortestNetwork && end - start <= longestNetwork
                        && socialNetworks.contains(lower.substring(start, end)) && ++found >= 2) return true;
            } else {
                i += Character.charCount(lower.codePointAt(i));
            }
        }
        return false;
    }

    /** {@code [\p{L}\p{N}.]} of a regular expression. */
    private static boolean isWordChar(int cp) {
        if (cp == '.' || Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
