package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.annotate.linear.AdversarialTexts;
import org.newsgraph.core.Article;
import org.newsgraph.core.Pipeline;

/**
 * Issue 15, item 2: merging the name forms of many people stays near-linear. Counted, never timed: the full-name
 * comparisons the clusterer makes on a text of many names (thousands sharing one surname) grow at most about as
 * the text does when it grows eightfold; the quadratic merging of old grew sixty-four-fold.
 */
class MergingWorkGrowsLinearlyTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static long comparisons(int chars) {
        EntityClusterer.FULL_NAME_COMPARISONS.reset();
        PIPELINE.run(Article.of("names", AdversarialTexts.MANY_NAMES.text(chars)).withLanguage("en"));
        return EntityClusterer.FULL_NAME_COMPARISONS.sum();
    }

    @Test
    void fullNameComparisonsGrowWithTheTextNotWithItsSquare() {
        long small = comparisons(20_000);
        long large = comparisons(160_000);
        assertThat(small).isPositive();
        assertThat(large).as("comparisons at 20 kB: %d, at 160 kB: %d", small, large).isLessThanOrEqualTo(small * 8 * 2);
    }
}
