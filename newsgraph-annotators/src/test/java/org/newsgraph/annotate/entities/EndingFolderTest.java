package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.LanguagePacks;

class EndingFolderTest {
    private final EndingFolder russian = EndingFolder.of(LanguagePacks.expect("ru").lexicon("name-endings"));

    @Test
    void foldsCaseEndingsOfNouns() {
        assertThat(russian.fold("казахстане")).isEqualTo("казахстан");
        assertThat(russian.fold("казахстана")).isEqualTo("казахстан");
        assertThat(russian.fold("москве")).isEqualTo(russian.fold("москва"));
        assertThat(russian.fold("россии")).isEqualTo(russian.fold("россия"));
    }

    @Test
    void foldsAdjectiveEndingsOfRegionNames() {
        assertThat(russian.fold("кызылординской")).isEqualTo(russian.fold("кызылординская"));
    }

    @Test
    void aShortNounKeepsThreeLettersOfItsStemWhenAnEndingLeavesThem() {
        assertThat(russian.fold("края")).isEqualTo(russian.fold("край")).isEqualTo(russian.fold("крае"));
        assertThat(russian.fold("уфе")).isEqualTo(russian.fold("уфа")).isEqualTo("уф");
    }

    @Test
    void keepsSurnameSuffixesAndShortStems() {
        assertThat(russian.fold("токаев")).isEqualTo("токаев");
        assertThat(russian.fold("токаева")).isEqualTo("токаев");
        assertThat(russian.fold("рф")).isEqualTo("рф");
    }

    @Test
    void languagesWithoutEndingsFoldNothing() {
        EndingFolder french = EndingFolder.of(LanguagePacks.expect("fr").lexicon("name-endings"));
        assertThat(french.isEmpty()).isTrue();
        assertThat(french.fold("parise")).isEqualTo("parise");
    }
}
