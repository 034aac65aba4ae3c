package org.newsgraph.annotate.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.language.LanguageIdentifier;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.Outlet;

class OutletIdentifierTest {
    private final OutletIdentifier outlets = new OutletIdentifier(OutletRegistry.standard());

    private Doc annotate(Article a) {
        Doc doc = new Doc(a);
        new LanguageIdentifier().annotate(doc);
        outlets.annotate(doc);
        return doc;
    }

    private static Article article(String body, String url) {
        return new Article("t", Optional.ofNullable(url), Optional.empty(), Optional.of("Un titre"), body,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void promotionalFooterWithNoBreakSpacesNamesTheOutletAndBecomesBoilerplate() {
        String body = "Le ministre a parlé devant la presse mardi soir à Paris.\n\n"
                + "Rejoignez\u00a0Le Courrier Libre sur Facebook, Telegram et\u00a0VK pour ne rien manquer";
        Doc doc = annotate(article(body, null));
        Outlet o = doc.expect(Layers.OUTLET).orElseThrow();
        assertThat(o.name()).isEqualTo("Le Courrier Libre");
        assertThat(o.evidence()).isEqualTo("footer");
        assertThat(doc.expect(Layers.BOILERPLATE)).singleElement()
                .satisfies(s -> assertThat(doc.text(s)).startsWith("Rejoignez"));
    }

    @Test
    void urlDomainWinsAndIsLookedUpInTheRegistryThroughSubdomains() {
        Doc doc = annotate(article("Le président a parlé aux journalistes de la situation du pays.", "https://fr.news-front.su/2022/02/10/x"));
        Outlet o = doc.expect(Layers.OUTLET).orElseThrow();
        assertThat(o.name()).isEqualTo("News-Front");
        assertThat(o.domain()).contains("fr.news-front.su");
        assertThat(o.evidence()).isEqualTo("url");
    }

    @Test
    void unknownDomainIsReportedAsItsHost() {
        Doc doc = annotate(article("The minister spoke to reporters on Tuesday about the floods.", "https://www.example-gazette.org/a/b"));
        assertThat(doc.expect(Layers.OUTLET).orElseThrow().name()).isEqualTo("example-gazette.org");
    }

    @Test
    void wireCopyrightLineIsBoilerplateAndListedAsWire() {
        String body = "Police said on Sunday that the protests had ended in the capital.\n\n"
                + "Copyright 2023 The Associated Press. All rights reserved.";
        Doc doc = annotate(article(body, "https://www.latimes.com/world/story"));
        Outlet o = doc.expect(Layers.OUTLET).orElseThrow();
        assertThat(o.name()).isEqualTo("Los Angeles Times");
        assertThat(o.wires()).containsExactly("The Associated Press");
        assertThat(doc.expect(Layers.BOILERPLATE)).hasSize(1);
    }

    @Test
    void articleWithoutAnyEvidenceHasNoOutlet() {
        Doc doc = annotate(article("Les habitants ont manifesté samedi contre la hausse des prix du gaz.", null));
        assertThat(doc.expect(Layers.OUTLET)).isEmpty();
        assertThat(doc.expect(Layers.BOILERPLATE)).isEmpty();
    }
}
