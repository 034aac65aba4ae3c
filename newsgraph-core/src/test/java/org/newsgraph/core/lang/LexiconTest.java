package org.newsgraph.core.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LexiconTest {
    private static Lexicon read(String content) {
        return Lexicon.read("test", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTabSeparatedRowsSkippingCommentsAndBlankLines() {
        Lexicon l = read("# speech verbs\n\ndéclarer\tsay\tformal\nAffirmer\tclaim\n");
        assertThat(l.rows()).hasSize(2);
        assertThat(l.contains("AFFIRMER")).isTrue();
        assertThat(l.value("déclarer")).isEqualTo("say");
        assertThat(l.values("déclarer")).containsExactly("say", "formal");
        assertThat(l.value("absent")).isEmpty();
    }

    @Test
    void installedPacksAreFoundByCodeAndUnknownCodesAreNamed() {
        assertThat(LanguagePacks.find("zz")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LanguagePacks.expect("zz"))
                .hasMessageContaining("no language pack for 'zz'");
    }
}
