package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;

class WordFormSharedAcrossDocumentsTest {
    private static final List<EndingFolder> FOLDERS = List.of(EndingFolder.NONE);
    private static final KnowledgeBase KB = KnowledgeBase.of(List.of(
            "LOCATION\tPort Veyrac\t\tFR",
            "ORGANIZATION\tVeyrac Maritime Office",
            "PERSON\tOdile Marchetan"), FOLDERS);

    @Test
    void aFormGivesTheLowerCaseAndNameKeyOfTheWordAsWritten() {
        WordForm f = new WordForm("Veyrac-Nord", EndingFolder.NONE);
        assertThat(f.text).isEqualTo("Veyrac-Nord");
        assertThat(f.lower).isEqualTo("veyrac-nord");
        assertThat(f.key).isEqualTo(NameKeys.key("Veyrac-Nord", EndingFolder.NONE));
    }

    @Test
    void theKbFactsOfAFormAreTheAnswersOfTheKbForItsKey() {
        WordForm port = new WordForm("Port", EndingFolder.NONE);
        WordForm.KbFacts facts = port.facts(KB, Set.of());
        assertThat(facts.maxWords).isEqualTo(KB.maxWords(port.key)).isEqualTo(2);
        assertThat(facts.aliases).isEmpty();
        WordForm surname = new WordForm("Marchetan", EndingFolder.NONE);
        assertThat(surname.facts(KB, Set.of()).aliases).singleElement()
                .satisfies(a -> assertThat(a.surname()).isTrue())
                .satisfies(a -> assertThat(a.entry().type()).isEqualTo(EntityType.PERSON));
    }

    @Test
    void factsAreMadeOncePerKnowledgeBaseAndFirstNameList() {
        WordForm odile = new WordForm("Odile", EndingFolder.NONE);
        Set<String> firstNames = Set.of(odile.key);
        WordForm.KbFacts facts = odile.facts(KB, firstNames);
        assertThat(facts.firstName).isTrue();
        assertThat(odile.facts(KB, firstNames)).isSameAs(facts);
        // another list (another annotator) is answered for, not served the first one's facts
        assertThat(odile.facts(KB, Set.of()).firstName).isFalse();
        KnowledgeBase empty = KnowledgeBase.of(List.of(), FOLDERS);
        assertThat(odile.facts(empty, Set.of()).maxWords).isZero();
    }

    @Test
    void theLexiconsOfALanguageHandOutOneFormPerWrittenWord() {
        NameLexicons lx = EntityDocs.ANNOTATOR.lexicons("fr");
        String text = "Veyrac, veyrac et Veyrac-Nord: Veyrac";
        WordForm a = lx.form(text, 0, 6);
        assertThat(a.text).isEqualTo("Veyrac");
        assertThat(lx.form(text, 31, 37)).isSameAs(a);
        assertThat(lx.form("Veyrac", 0, 6)).isSameAs(a);
        assertThat(lx.form(text, 8, 14)).isNotSameAs(a).satisfies(f -> assertThat(f.text).isEqualTo("veyrac"));
        assertThat(lx.form(text, 18, 24)).isSameAs(a); // the first word of "Veyrac-Nord"
    }
}
