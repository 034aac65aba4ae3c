package org.newsgraph.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Our scorer against the reference scorer, on gold files and predictions written for this test: they exercise name
 * containment, diacritics and case, roles, unattributed figures, unscored measures and types, greedy ties, a
 * mentions-only gold file, outlets given as a list, a missing and an unreadable prediction.
 * {@code expected-report.txt} is what the reference scorer printed for them.
 */
class EvaluationTest {
    private static final Path REFERENCE = Path.of("..", "..", "shared", "tools", "score.py");

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(EvaluationTest.class.getResource("/eval/" + name).toURI());
    }

    @Test
    void theReportIsTheReferenceScorersLineForLine() throws Exception {
        Evaluation e = Evaluation.run(fixture("gold"), Evaluation.directory(fixture("pred")));
        assertThat(e.text()).isEqualTo(Files.readString(fixture("expected-report.txt"), StandardCharsets.UTF_8));
        assertThat(e.languages()).containsExactly("all", "en", "fr", "ru");
        assertThat(e.f1("all", "quotes")).isEqualTo(0.889);
    }

    @Test
    void theReferenceScorerAgreesWhenItIsBesideThisCheckout() throws Exception {
        assumeTrue(Files.exists(REFERENCE), "the reference scorer is not beside this checkout");
        Process p = new ProcessBuilder("python3", REFERENCE.toString(), fixture("gold").toString(), fixture("pred").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "python3 is not available: " + out);
        assertThat(Evaluation.run(fixture("gold"), Evaluation.directory(fixture("pred"))).text()).isEqualTo(out);
    }

    @Test
    void namesMatchByEqualityOrBoundedContainment() {
        assertThat(Normalizer.namesMatch(java.util.Set.of("police"), java.util.Set.of("the police"))).isTrue();
        assertThat(Normalizer.namesMatch(java.util.Set.of("un"), java.util.Set.of("un porte-parole"))).isFalse();
        assertThat(Normalizer.namesMatch(java.util.Set.of("ministry"),
                java.util.Set.of("a spokesman of the ministry of the interior of the republic"))).isFalse();
        assertThat(Normalizer.norm("L’Élysée  —\u00a0Paris")).isEqualTo("l'elysee - paris");
    }

    @Test
    void pythonRoundingIsKept() throws IOException {
        assertThat(Evaluation.round(2.0 / 3)).isEqualTo(0.667);
        assertThat(Evaluation.round(0.0005)).isEqualTo(0.001);   // the double just above 0.0005
        assertThat(Evaluation.round(0.0625)).isEqualTo(0.062);   // an exact tie goes to even
    }
}
