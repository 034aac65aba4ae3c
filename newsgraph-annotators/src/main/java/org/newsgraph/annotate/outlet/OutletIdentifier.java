package org.newsgraph.annotate.outlet;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.lang.LexiconSpec;
import org.newsgraph.core.model.Outlet;

/**
 * Says who published the article — from its URL's domain, the page's metadata, a byline or a promotional footer,
 * in that order of trust — and marks footers as boilerplate so that later layers ignore them. Wire agencies credited
 * in the text are listed apart from the outlet.
 */
public final class OutletIdentifier implements Annotator {
    /** Regular expressions of promotional footers; a named group {@code outlet} names the outlet. */
    static final LexiconSpec FOOTER_PATTERNS = LexiconSpec.named("footer-patterns").column("pattern", LexiconSpec.Type.REGEX)
            .optional();
    private final OutletRegistry registry;
    private final FooterDetector footers = new FooterDetector();
    private final WholeWordNames agencyMention;
    private final Map<String, List<Pattern>> patternsByLanguage = new ConcurrentHashMap<>();

    public OutletIdentifier(OutletRegistry registry) {
        this.registry = registry;
        Set<String> aliases = new LinkedHashSet<>();
        for (OutletRegistry.Entry e : registry.entries()) {
            if (e.agency()) {
                aliases.add(e.name());
                aliases.addAll(e.aliases());
            }
        }
        this.agencyMention = new WholeWordNames(aliases);
    }

    @Override
    public String name() {
        return "outlet";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE);
    }

    @Override
    public List<LexiconSpec> lexicons() {
        return List.of(FOOTER_PATTERNS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.OUTLET, Layers.BOILERPLATE);
    }

    @Override
    public void annotate(Doc doc) {
        Article a = doc.article();
        String lang = doc.expect(Layers.LANGUAGE).code();
        List<FooterDetector.Footer> found = footers.find(doc.text(), a.bodyOffset(), patterns(lang));
        List<Span> boilerplate = new ArrayList<>();
        if (!found.isEmpty()) {
            boilerplate.add(new Span(found.get(0).span().start(), doc.text().length(), "footer"));
        }
        Set<String> wires = new LinkedHashSet<>();
        Optional<Outlet> footerOutlet = Optional.empty();
        for (FooterDetector.Footer f : found) {
            for (String name : f.names()) {
                Optional<OutletRegistry.Entry> known = registry.findByName(name);
                if (known.isPresent() && known.get().agency()) {
                    wires.add(known.get().name());
                } else if (footerOutlet.isEmpty()) {
                    footerOutlet = Optional.of(outlet(known, name, Optional.empty(), "footer"));
                }
            }
        }
        int bodyEnd = boilerplate.isEmpty() ? doc.text().length() : boilerplate.get(0).start();
        for (String name : agencyMention.find(doc.text(), bodyEnd)) registry.findByName(name).ifPresent(e -> wires.add(e.name()));
        // a wire named in the byline ("Par AFP", "By Reuters staff") is credited too: the page reader keeps the
        // byline out of the body, so the text alone would not say it
        String byline = a.byline().orElse("");
        for (String name : agencyMention.find(byline, byline.length())) registry.findByName(name).ifPresent(e -> wires.add(e.name()));

        Optional<Outlet> fromFooter = footerOutlet;
        Optional<Outlet> outlet = fromUrl(a)
                .or(() -> a.siteName().map(s -> outlet(registry.findByName(s), s, Optional.empty(), "metadata")))
                .or(() -> fromFooter)
                .or(() -> fromByline(a));
        if (outlet.isEmpty() && !wires.isEmpty()) {
            String wire = wires.iterator().next();
            outlet = Optional.of(outlet(registry.findByName(wire), wire, Optional.empty(), "byline"));
        }
        List<String> wireList = new ArrayList<>(wires);
        outlet.ifPresent(o -> wireList.remove(o.name()));
        doc.put(Layers.BOILERPLATE, List.copyOf(boilerplate));
        doc.put(Layers.OUTLET, outlet.map(o -> new Outlet(o.name(), o.domain(), o.evidence(), o.country(),
                o.affiliation(), wireList)));
    }

    private List<Pattern> patterns(String lang) {
        return patternsByLanguage.computeIfAbsent(lang, code -> {
            List<Pattern> list = new ArrayList<>();
            Optional<LanguagePack> pack = LanguagePacks.find(code);
            if (pack.isEmpty()) {
                // Unknown languages: the footers of every installed language are tried.
                for (LanguagePack p : LanguagePacks.all()) list.addAll(compile(p));
            } else {
                list.addAll(compile(pack.get()));
            }
            return List.copyOf(list);
        });
    }

    private static List<Pattern> compile(LanguagePack pack) {
        return pack.lexicon(FOOTER_PATTERNS).rows().stream().map(r -> Pattern.compile(r.get(0), Pattern.UNICODE_CHARACTER_CLASS)).toList();
    }

    private Optional<Outlet> fromUrl(Article a) {
        return a.url().flatMap(OutletIdentifier::host).map(host -> {
            Optional<OutletRegistry.Entry> known = registry.findByHost(host);
            String name = known.map(OutletRegistry.Entry::name).or(a::siteName).orElse(host);
            return outlet(known, name, Optional.of(host), "url");
        });
    }

    private Optional<Outlet> fromByline(Article a) {
        return a.byline().flatMap(b -> {
            for (String part : b.split("[,;/|]| - | — ")) {
                Optional<OutletRegistry.Entry> e = registry.findByName(part.strip());
                if (e.isPresent()) return Optional.of(outlet(e, e.get().name(), Optional.empty(), "byline"));
            }
            return Optional.empty();
        });
    }

    private static Outlet outlet(Optional<OutletRegistry.Entry> known, String name, Optional<String> domain, String evidence) {
        return new Outlet(known.map(OutletRegistry.Entry::name).orElse(name), domain, evidence,
                known.map(OutletRegistry.Entry::country).filter(s -> !s.isEmpty()),
                known.map(OutletRegistry.Entry::affiliation).filter(s -> !s.isEmpty()), List.of());
    }

    /** The URL's host without "www.", or empty for a URL without one. */
    static Optional<String> host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null || h.isBlank()) return Optional.empty();
            h = h.toLowerCase(Locale.ROOT);
            return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
