package org.newsgraph.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * Place containment, kept deliberately small: a place is contained in the country its entity names
 * ({@code country} field, e.g. Almaty → KZ), and a country entity is recognised by its name in the language of any
 * installed pack (and English, French, Russian, German, Spanish) as the JDK's locale data spells it (Kazakhstan,
 * Казахстан → KZ), or by an alias of a pack's {@code country-aliases} ("USA" → US). Finer containment (city in
 * region) is not needed to compare national tolls and would need a gazetteer.
 */
public final class Places {
    /** Country names in the languages of the installed packs, and in a few more the news often cites. */
    private static final Locale[] NAME_LOCALES = nameLocales();
    private static final Map<String, String> COUNTRY_BY_NAME = countryNames();

    private Places() {
    }

    private static Locale[] nameLocales() {
        java.util.Set<Locale> locales = new java.util.LinkedHashSet<>();
        for (org.newsgraph.core.lang.LanguagePack p : org.newsgraph.core.lang.LanguagePacks.all()) {
            locales.add(Locale.forLanguageTag(p.code()));
        }
        for (String extra : new String[] {"en", "fr", "ru", "de", "es"}) locales.add(Locale.forLanguageTag(extra));
        return locales.toArray(Locale[]::new);
    }

    private static Map<String, String> countryNames() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            for (Locale in : NAME_LOCALES) {
                m.putIfAbsent(TextKeys.key(country.getDisplayCountry(in)), code);
            }
        }
        // short and official forms the locale data spells differently: each pack's country-aliases
        for (org.newsgraph.core.lang.LanguagePack p : org.newsgraph.core.lang.LanguagePacks.all()) {
            for (java.util.List<String> row : p.lexicon(org.newsgraph.core.lang.CoreLexicons.COUNTRY_ALIASES).rows()) {
                m.putIfAbsent(TextKeys.key(row.get(0)), row.get(1).strip().toUpperCase(Locale.ROOT));
            }
        }
        return m;
    }

    /** The ISO code of a country named {@code name}, in any of the supported languages. */
    public static Optional<String> countryCodeOf(String name) {
        return Optional.ofNullable(COUNTRY_BY_NAME.get(TextKeys.key(name)));
    }

    /** English name of a country code, e.g. KZ → Kazakhstan. */
    public static String countryName(String code) {
        String n = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return n.isEmpty() || n.equals(code) ? code : n;
    }

    /** The place a LOCATION entity stands for at grouping level: its country, else itself. */
    public static Place placeOf(Entity e) {
        Optional<String> code = e.country().filter(c -> c.length() == 2).map(c -> c.toUpperCase(Locale.ROOT))
                .or(() -> countryCodeOf(e.name()));
        if (code.isPresent()) return new Place(code.get(), countryName(code.get()));
        return new Place(TextKeys.key(e.name()), e.name());
    }

    /**
     * The place a LOCATION entity stands for at grouping level, with the gazetteer's country for places whose
     * entity carries none ("Crete" → Greece, "Xinjiang" → China).
     */
    public static Place placeOf(Entity e, Gazetteer g) {
        Place own = placeOf(e);
        if (own.key().length() == 2 && own.key().chars().allMatch(Character::isUpperCase)) return own;
        return g.countryOf(e.name()).map(c -> new Place(c, countryName(c))).orElse(own);
    }

    /** The place a name typed by a user stands for (a country name or code, or another place's name). */
    public static Place placeOfName(String name) {
        String t = name.strip();
        if (t.length() == 2 && t.chars().allMatch(Character::isLetter)) {
            String code = t.toUpperCase(Locale.ROOT);
            if (Locale.getISOCountries().length > 0 && java.util.Arrays.asList(Locale.getISOCountries()).contains(code)) {
                return new Place(code, countryName(code));
            }
        }
        return countryCodeOf(t).map(c -> new Place(c, countryName(c))).orElse(new Place(TextKeys.key(t), t));
    }

    /** Whether {@code outer} is {@code inner} or contains it (a country contains the places in it). */
    public static boolean contains(Entity outer, Entity inner) {
        if (outer.type() != EntityType.LOCATION || inner.type() != EntityType.LOCATION) return false;
        if (TextKeys.key(outer.name()).equals(TextKeys.key(inner.name()))) return true;
        Optional<String> outerCountry = countryCodeOf(outer.name());
        return outerCountry.isPresent() && outerCountry.get().equals(placeOf(inner).key());
    }
}
