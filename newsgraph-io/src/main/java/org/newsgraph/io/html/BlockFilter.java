package org.newsgraph.io.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Drops text blocks that repeat page metadata rather than tell the story: the headline (alone or behind a
 * breadcrumb), the byline, and datelines ("Updated 9:05 am, March 3, 2020"). Datelines are recognised by their
 * shape — a clock time or a full date in a short line of few words — so the rule holds in any language.
 */
final class BlockFilter {
    private static final int SHORT = 80;
    private static final int MAX_DATELINE_WORDS = 6;
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:h.]\\d{2}\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    private static final Pattern DAY = Pattern.compile("(^|\\D)(0?[1-9]|[12]\\d|3[01])(\\D|$)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("\\p{L}{3,}[.!?][\"”’»]?$");

    private final String titleKey;
    private final String bylineKey;

    BlockFilter(Optional<String> title, Optional<String> byline) {
        this.titleKey = title.map(BlockFilter::key).orElse("");
        this.bylineKey = byline.map(BlockFilter::key).orElse("");
    }

    /** The texts of the blocks kept; quoted blocks (embedded posts carry their own dates) are never datelines. */
    List<String> filter(List<BlockTextWriter.Block> blocks) {
        List<String> kept = new ArrayList<>(blocks.size());
        for (BlockTextWriter.Block block : blocks) {
            String text = block.text();
            if (repeatsTitle(text) || isByline(text) || (!block.quoted() && isDateline(text))) continue;
            kept.add(text);
        }
        return kept;
    }

    private boolean repeatsTitle(String block) {
        if (titleKey.isEmpty()) return false;
        String k = key(block);
        return k.equals(titleKey) || (k.length() <= titleKey.length() + 40 && k.endsWith(titleKey));
    }

    private boolean isByline(String block) {
        if (bylineKey.length() < 4 || block.length() > SHORT || ENDS_SENTENCE.matcher(block).find()) return false;
        return key(block).contains(bylineKey);
    }

    static boolean isDateline(String block) {
        if (block.length() > SHORT || ENDS_SENTENCE.matcher(block).find()) return false;
        boolean clock = CLOCK.matcher(block).find();
        boolean date = YEAR.matcher(block).find() && DAY.matcher(YEAR.matcher(block).replaceAll(" ")).find();
        if (!clock && !date) return false;
        return WORD.matcher(block).results().count() <= MAX_DATELINE_WORDS;
    }

    static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
