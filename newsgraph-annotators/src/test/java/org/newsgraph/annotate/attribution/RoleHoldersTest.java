package org.newsgraph.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;

class RoleHoldersTest {

    private static Entity person(String id, String text, String name) {
        List<Mention> ms = new ArrayList<>();
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
            ms.add(new Mention(name, i, i + name.length(), Mention.Kind.NAME));
        }
        return new Entity(id, EntityType.PERSON, name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), ms);
    }

    private static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int s = 0;
        for (int i = text.indexOf(". "); i >= 0; i = text.indexOf(". ", i + 1)) {
            out.add(Span.of(s, i + 1));
            s = i + 2;
        }
        out.add(Span.of(s, text.length()));
        return out;
    }

    private static List<String> holders(String text, String phrase, String head, String... names) {
        List<Entity> es = new ArrayList<>();
        for (int i = 0; i < names.length; i++) es.add(person("e" + i, text, names[i]));
        RoleHolders r = new RoleHolders(text, es, sentences(text), w -> w.length() <= 3);
        int at = text.lastIndexOf(phrase);
        return r.of(phrase, at, at + phrase.length(), head).stream().map(h -> h.entity().name()).toList();
    }

    @Test
    void englishRoleBeforeTheName() {
        String text = "Health Minister Laura Stene met Tom Lind on Monday. The health minister said beds were ready.";
        assertThat(holders(text, "The health minister", "minister", "Laura Stene", "Tom Lind")).containsExactly("Laura Stene");
    }

    @Test
    void frenchRoleInAppositionAfterTheName() {
        String text = "Claire Dubreuil, la ministre de l'Industrie, a visité l'usine. Paul Garnier était là. "
                + "La ministre a promis une enquête.";
        assertThat(holders(text, "La ministre", "ministre", "Claire Dubreuil", "Paul Garnier")).containsExactly("Claire Dubreuil");
    }

    @Test
    void russianInflectedRoleMeetsItsHolder() {
        String text = "Министр здравоохранения Анна Петрова посетила больницу. Глава района Сергей Волков промолчал. "
                + "Министра спросили о местах.";
        assertThat(holders(text, "Министра", "министр", "Анна Петрова", "Сергей Волков")).containsExactly("Анна Петрова");
    }

    private static List<String> holdersWithComplements(String text, String phrase, String head, String... names) {
        List<Entity> es = new ArrayList<>();
        for (int i = 0; i < names.length; i++) es.add(person("e" + i, text, names[i]));
        RoleHolders r = new RoleHolders(text, es, sentences(text), w -> w.length() <= 3,
                org.newsgraph.core.text.Normalizer.basic(), w -> w.equals("of") || w.equals("for") || w.equals("de"));
        int at = text.lastIndexOf(phrase);
        return r.of(phrase, at, at + phrase.length(), head).stream().map(h -> h.entity().name()).toList();
    }

    @Test
    void theComplementOfTheRoleMustStandByTheName() {
        String text = "Tara Quill, the spokesperson for the Red Cross, visited the camp. "
                + "The spokesperson for the regional council said roads were shut.";
        assertThat(holdersWithComplements(text, "The spokesperson for the regional council", "spokesperson", "Tara Quill"))
                .isEmpty();
        String same = "Ostvale Mayor Petra Lind visited the camp. The mayor of Ostvale said roads were shut.";
        assertThat(holdersWithComplements(same, "The mayor of Ostvale", "mayor", "Petra Lind")).containsExactly("Petra Lind");
        String fr = "Le maire de Lorvigny, Paul Garnier, a visité le camp. Le maire de Bessac a parlé.";
        assertThat(holdersWithComplements(fr, "Le maire de Bessac", "maire", "Paul Garnier")).isEmpty();
    }

    @Test
    void aPossessiveBeforeTheRoleIsItsComplement() {
        String text = "Calmora's chief prosecutor, Elena Vasquez, opened an inquiry. Verinia's top prosecutor said more.";
        assertThat(holdersWithComplements(text, "Verinia's top prosecutor", "prosecutor", "Elena Vasquez")).isEmpty();
        String same = "Verinia's chief prosecutor, Anton Mell, opened an inquiry. Verinia's top prosecutor said more.";
        assertThat(holdersWithComplements(same, "Verinia's top prosecutor", "prosecutor", "Anton Mell")).containsExactly("Anton Mell");
    }

    @Test
    void anotherNameClosesTheWindow() {
        String text = "Tom Lind met Laura Stene, the mayor, on Monday. The mayor spoke.";
        assertThat(holders(text, "The mayor", "mayor", "Tom Lind", "Laura Stene")).containsExactly("Laura Stene");
    }

    /** Hyphens, glued digits, an apostrophe, a combining accent, letters and an emoji outside the BMP, odd spaces. */
    private static final String MIXED =
            "Le porte-parole, 3km\u00a0plus loin : « L’e\u0301tat » — \uD835\uDC00bc-12 \uD83D\uDE00 пресс-секретарь -x";

    @Test
    void wordsAreTheLayersFormsGluedByInnerHyphensAndLowerCased() {
        assertThat(RoleHolders.words(MIXED, 0, MIXED.length())).containsExactly("le", "porte-parole", "3km", "plus",
                "loin", "l", "e\u0301tat", "\uD835\uDC00bc-12", "пресс-секретарь", "x");
    }

    @Test
    void theCountOfFormsAndTheFirstAndLastWordsAgreeWithTheListForEveryStretch() {
        // every cut, even inside a word or a surrogate pair
        String text = MIXED;
        for (int from = 0; from <= text.length(); from++) {
            for (int to = from; to <= text.length(); to++) {
                java.util.List<String> all = RoleHolders.words(text, from, to);
                assertThat(org.newsgraph.core.text.Words.countForms(text, from, to))
                        .as("[%d, %d)", from, to).isEqualTo(all.size());
                assertThat(RoleHolders.lastWords(text, from, to, 4)).as("[%d, %d)", from, to)
                        .isEqualTo(all.subList(Math.max(0, all.size() - 4), all.size()));
                assertThat(RoleHolders.firstWords(text, from, to, 4)).as("[%d, %d)", from, to)
                        .isEqualTo(all.subList(0, Math.min(4, all.size())));
            }
        }
    }
}
