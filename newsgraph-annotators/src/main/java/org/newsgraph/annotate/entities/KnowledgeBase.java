package org.newsgraph.annotate.entities;

import static org.newsgraph.annotate.entities.GeoNamesTable.field;
import static org.newsgraph.annotate.entities.GeoNamesTable.number;
import static org.newsgraph.annotate.entities.GeoNamesTable.rank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * The referents the linker knows, indexed by name key. Built once from the data shipped in this package
 * ({@code kb/*.tsv}), the countries the JDK (CLDR data) names in English, French and Russian, and optionally a local KB directory
 * written by {@link GeoNamesImporter}. Immutable and thread-safe once built.
 *
 * <p>Row format of every KB file (tab-separated, {@code #} comments): type, canonical English name, stable id or
 * empty, ISO country, latitude, longitude, aliases separated by {@code |}, roles separated by {@code |}, rank.
 */
public final class KnowledgeBase {
    static final String[] SHIPPED = {"kb/countries.tsv", "kb/places.tsv", "kb/organizations.tsv", "kb/people.tsv",
        "kb/outlets.tsv"};
    /** The places, regions and countries of GeoNames, written by {@code scripts/build-kb.py}: linked, not found. */
    static final String GEONAMES = GeoNamesTable.TEXT;
    static final String LOCAL_FILE = "places.tsv";
    /** Namesakes kept per key: enough for the article's country to choose among, few enough to stay small. */
    private static final int MAX_NAMESAKES = 8;
    private static final String OUTLET_REGISTRY = "/org/newsgraph/annotate/outlet/outlets.tsv";

    private final Map<String, List<KbAlias>> byKey = new HashMap<>();
    /**
     * Places of GeoNames (shipped, and a user's import): used to link and type names found in the text, not to find
     * them. Namesakes per key, most populous first.
     */
    private final Map<String, KbEntry[]> placesByKey = new HashMap<>();
    /** The first word keys of the GeoNames places named in several words ("kuala" of "Kuala Lumpur"). */
    private final Set<String> placeFirstWords = new HashSet<>();
    /**
     * The shipped GeoNames places looked up in place in the build's table ({@link PlaceIndex}) when no local KB is
     * read; then {@link #placesByKey} and {@link #placeFirstWords} stay empty. Null when they hold the places.
     */
    private PlaceIndex shippedPlaces;
    /** The places of the user's own import (kb import-geonames): linked whatever their size. */
    private final Set<KbEntry> imported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Population and GeoNames id of each country (ISO code), from the GeoNames country table. */
    private final Map<String, String[]> geoCountries = new HashMap<>();
    private final Map<String, Integer> maxWords = new HashMap<>();
    /**
     * Places of the GeoNames table with names found without a cue (regions and départements named in the
     * hand-written tables of {@code scripts/kb}), read on the loader thread and indexed with the hand rows after it.
     */
    private final List<Map.Entry<KbEntry, String>> foundPlaces = new ArrayList<>();
    private final Map<String, KbEntry> countries = new HashMap<>();
    private final Map<String, List<KbEntry>> byRole = new HashMap<>();
    private final List<EndingFolder> folders;
    private int size;
    /** Places counted apart from {@link #size}: the GeoNames table is read on its own thread. */
    private int placeCount;

    private KnowledgeBase(Collection<EndingFolder> folders) {
        List<EndingFolder> list = new ArrayList<>(folders);
        if (!list.contains(EndingFolder.NONE)) list.add(EndingFolder.NONE);
        this.folders = List.copyOf(list);
    }

    /**
     * One KB per local KB file (path, size and time) and ending folders in a process: the pipeline and the tools that
     * read stored analyses (search, ingest, serve) need the same tables, and loading them once per user doubled the
     * start-up work and the memory. Read-only once loaded, so sharing is safe; a local file rewritten gets a new KB.
     */
    private static final java.util.concurrent.ConcurrentHashMap<List<Object>, java.util.concurrent.FutureTask<KnowledgeBase>>
            SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The KB {@link #load} would give, loaded once in this process for equal arguments. */
    public static KnowledgeBase shared(Optional<Path> localDir, Collection<EndingFolder> folders) {
        List<Object> key = List.of(localFileStamp(localDir), List.copyOf(folders));
        java.util.concurrent.FutureTask<KnowledgeBase> task =
                SHARED.computeIfAbsent(key, k -> new java.util.concurrent.FutureTask<>(() -> load(localDir, folders)));
        task.run(); // loads on the first caller's thread; the others wait for it in get()
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the KB was loading", e);
        } catch (java.util.concurrent.ExecutionException e) {
            SHARED.remove(key, task); // a failed load is not kept: the next caller tries again
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("cannot load the KB: " + e.getCause(), e.getCause());
        }
    }

    private static String localFileStamp(Optional<Path> localDir) {
        if (localDir.isEmpty()) return "";
        Path file = localDir.get().resolve(LOCAL_FILE).toAbsolutePath().normalize();
        try {
            if (!Files.isRegularFile(file)) return "";
            return file + "\t" + Files.size(file) + "\t" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return file.toString(); // unreadable: load reports it
        }
    }

    /** The shipped KB, plus the local KB directory when it exists. */
    public static KnowledgeBase load(Optional<Path> localDir, Collection<EndingFolder> folders) {
        // a local KB's places are ranked among the shipped ones by name key: then the KB holds all in its maps
        boolean local = localDir.isPresent() && Files.isRegularFile(localDir.get().resolve(LOCAL_FILE));
        return load(localDir, folders, !local);
    }

    /** {@link #load}, the shipped places looked up in place in the build's table or (false) read into maps. */
    static KnowledgeBase load(Optional<Path> localDir, Collection<EndingFolder> folders, boolean placesInPlace) {
        KnowledgeBase kb = new KnowledgeBase(folders);
        // the GeoNames table fills its own indexes: read it on a second thread while this one reads the hand rows
        java.util.concurrent.FutureTask<Void> geoNames = new java.util.concurrent.FutureTask<>(
                () -> kb.readGeoNames(placesInPlace), null);
        Thread loader = new Thread(geoNames, "entities-geonames-loader");
        loader.setDaemon(true);
        loader.start();
        Map<String, String[]> countryRows = new HashMap<>();
        for (String resource : SHIPPED) {
            InputStream in = KnowledgeBase.class.getResourceAsStream(resource);
            if (in == null) continue;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (resource.endsWith("countries.tsv")) readCountryRows(r, countryRows);
                else kb.read(r, resource);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read KB resource " + resource, e);
            }
        }
        await(geoNames);
        kb.addFoundPlaces();
        kb.addCountries(countryRows);
        kb.addOutlets();
        if (localDir.isPresent()) {
            Path file = localDir.get().resolve(LOCAL_FILE);
            if (Files.isRegularFile(file)) {
                try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    kb.readLocal(r);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read local KB " + file + ": " + e.getMessage(), e);
                }
            }
        }
        return kb;
    }

    private static void await(java.util.concurrent.FutureTask<Void> task) {
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the GeoNames table was loading", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("cannot read " + GEONAMES + ": " + e.getCause(), e.getCause());
        }
    }

    /** A KB of the given rows only, for tests. */
    static KnowledgeBase of(List<String> rows, Collection<EndingFolder> folders) {
        KnowledgeBase kb = new KnowledgeBase(folders);
        try {
            kb.read(new BufferedReader(new java.io.StringReader(String.join("\n", rows))), "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kb;
    }

    /** The default local KB directory: {@code ~/.newsgraph/kb}. */
    public static Path defaultLocalDir() {
        return Path.of(System.getProperty("user.home"), ".newsgraph", "kb");
    }

    private static void readCountryRows(BufferedReader r, Map<String, String[]> rows) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            rows.put(f[0].strip().toUpperCase(Locale.ROOT), f);
        }
    }

    /**
     * Every ISO country the JDK names, with its names in English (the canonical one) and in the language of every
     * installed pack, and the extras of countries.tsv.
     */
    private void addCountries(Map<String, String[]> extra) {
        // the JDK's names, from the build's table when it was made with this JDK and these languages
        for (CountryNames.Country country : CountryNames.of(CountryNames.languages())) {
            String code = country.code();
            String name = country.name();
            Set<String> aliases = new LinkedHashSet<>(country.names());
            String[] f = extra.get(code);
            String kbId = "";
            Optional<Double> lat = Optional.empty();
            Optional<Double> lon = Optional.empty();
            long population = 0;
            String[] geo = geoCountries.get(code);
            if (geo != null) {
                if (!field(geo, 2).isEmpty()) kbId = field(geo, 2);
                if (!field(geo, 1).isBlank()) aliases.add(field(geo, 1));
                population = rank(field(geo, 8));
            }
            if (f != null) {
                if (!field(f, 1).isEmpty()) kbId = field(f, 1);
                if (!field(f, 2).isEmpty()) name = field(f, 2);
                lat = number(field(f, 3));
                lon = number(field(f, 4));
                for (String a : field(f, 5).split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
            }
            KbEntry e = new KbEntry("country:" + code, EntityType.LOCATION, name,
                    kbId.isEmpty() ? Optional.empty() : Optional.of(kbId), Optional.of(code), lat, lon,
                    List.copyOf(aliases), Set.of("country"), 1_000_000_000L + population, "");
            countries.put(code, e);
            add(e);
        }
    }

    /** The news outlets and agencies of the outlet registry, as organisations. */
    private void addOutlets() {
        InputStream in = KnowledgeBase.class.getResourceAsStream(OUTLET_REGISTRY);
        if (in == null) return;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                List<String> aliases = new ArrayList<>();
                aliases.add(f[0].strip());
                for (String a : field(f, 6).split(",")) if (!a.isBlank()) aliases.add(a.strip());
                String country = field(f, 2);
                add(new KbEntry("outlet:" + f[0].strip(), EntityType.ORGANIZATION, usualName(f[0].strip(), aliases), Optional.empty(),
                        country.isEmpty() ? Optional.empty() : Optional.of(country), Optional.empty(), Optional.empty(),
                        aliases, Set.of("outlet"), 0, ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OUTLET_REGISTRY, e);
        }
    }

    /**
     * The name an outlet usually goes by: its registry name without the leading article when the registry lists that
     * shorter form too ("The Associated Press" is "Associated Press"; "Le Monde" lists no "Monde" and stays).
     */
    static String usualName(String name, List<String> aliases) {
        int space = name.indexOf(' ');
        if (space < 0) return name;
        String rest = name.substring(space + 1);
        return aliases.contains(rest) ? rest : name;
    }

    /**
     * Reads the shipped GeoNames table (its binary copy, see {@link GeoNamesTable}): cities and regions go to the
     * place index, countries add their GeoNames id and population to the countries the JDK names.
     */
    private void readGeoNames(boolean inPlace) {
        byte[] binary = inPlace ? GeoNamesTable.shippedBinary() : null;
        PlaceIndex index = binary == null ? null : PlaceIndex.of(binary);
        if (index != null) {
            index.countries(f -> geoCountries.put(f[3], f));
            index.foundPlaces((e, found) -> foundPlaces.add(Map.entry(e, found)));
            placeCount = index.placeCount();
            shippedPlaces = index;
            return;
        }
        GeoNamesTable.readShipped(new GeoNamesTable.Rows() {
            @Override
            public void country(String[] f) {
                geoCountries.put(f[3], f);
            }

            @Override
            public void place(KbEntry e, String[] precomputed, String names, String found) {
                placeCount++;
                for (String key : precomputed != null ? precomputed : keys(names).toArray(String[]::new)) {
                    if (!key.isEmpty()) addPlaceKey(key, e);
                }
                if (!found.isEmpty()) foundPlaces.add(Map.entry(e, found));
            }
        });
    }

    /** Indexes the names of {@link #foundPlaces} as hand rows are: found in a text, their case forms included. */
    private void addFoundPlaces() {
        for (Map.Entry<KbEntry, String> p : foundPlaces) {
            Set<String> seen = new HashSet<>();
            for (String alias : p.getValue().split("\\|")) if (!alias.isBlank()) index(p.getKey(), alias, false, seen);
        }
        foundPlaces.clear();
    }

    /** The keys a row carries, or those of its name and aliases when it carries none (a hand-made file). */
    private String placeKeys(String[] f, String precomputed) {
        return precomputed.isEmpty() ? String.join("|", keys(f[1] + "|" + field(f, 6))) : precomputed;
    }

    /** Indexes a place under the keys of its names (given precomputed, separated by {@code |}, or computed here). */
    private void addPlace(KbEntry e, String precomputedKeys) {
        placeCount++;
        if (precomputedKeys.isEmpty()) return;
        if (precomputedKeys.indexOf('|') < 0) {
            addPlaceKey(precomputedKeys, e);
        } else {
            for (String key : precomputedKeys.split("\\|")) if (!key.isEmpty()) addPlaceKey(key, e);
        }
    }

    private void addPlaceKey(String key, KbEntry e) {
        int space = key.indexOf(' ');
        if (space > 0) placeFirstWords.add(key.substring(0, space));
        KbEntry[] old = placesByKey.get(key);
        KbEntry[] grown = withNamesake(old, e);
        if (grown != old) placesByKey.put(key, grown);
    }

    /**
     * The namesakes of a key with one more place: most populous first, at most {@link #MAX_NAMESAKES}, a place
     * once; {@code old} itself when the place is there already or too small to be kept. Also used by the build
     * for the place index of the shipped table ({@link PlaceIndex}), so both give the same namesakes.
     */
    static KbEntry[] withNamesake(KbEntry[] old, KbEntry e) {
        if (old == null) return new KbEntry[] {e};
        for (KbEntry o : old) if (o == e) return old;
        int at = 0;
        while (at < old.length && old[at].rank() >= e.rank()) at++;
        if (at >= MAX_NAMESAKES) return old;
        KbEntry[] grown = new KbEntry[Math.min(old.length + 1, MAX_NAMESAKES)];
        System.arraycopy(old, 0, grown, 0, at);
        grown[at] = e;
        System.arraycopy(old, at, grown, at + 1, grown.length - at - 1);
        return grown;
    }


    /**
     * Reads a local KB file (written by {@code kb import-geonames}): rows of the shipped GeoNames format, with the
     * name keys the importer computed, so loading is parsing only.
     */
    private void readLocal(BufferedReader r) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 6) continue;
            // the current format has the keys in an eleventh field, after the region; early imports in the tenth
            KbEntry e = GeoNamesTable.place(f);
            imported.add(e);
            addPlace(e, placeKeys(f, f.length >= 11 ? field(f, 10) : field(f, 9)));
        }
    }

    /** The name keys of names, under every ending folder (Cyrillic names only fold endings). */
    Set<String> keys(List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : names) {
            if (n.isBlank()) continue;
            boolean inflectable = NameKeys.hasCyrillic(n);
            for (EndingFolder folder : folders) {
                if (!inflectable && folder != EndingFolder.NONE) continue;
                String k = NameKeys.key(n, folder);
                if (!k.isEmpty()) out.add(k);
            }
        }
        return out;
    }

    /** The name keys of a list of names separated by {@code |}, under every ending folder. */
    Set<String> keys(String names) {
        return keys(List.of(names.split("\\|")));
    }

    private void read(BufferedReader r, String source) throws IOException {
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 2) throw new IllegalArgumentException(source + ":" + n + ": needs at least type and name");
            EntityType type = EntityType.valueOf(f[0].strip());
            String name = f[1].strip();
            List<String> aliases = new ArrayList<>();
            aliases.add(name);
            for (String a : field(f, 6).split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
            Set<String> roles = new HashSet<>();
            for (String ro : field(f, 7).split("\\|")) if (!ro.isBlank()) roles.add(ro.strip());
            String kbId = field(f, 2);
            String country = field(f, 3);
            long rank = field(f, 8).isEmpty() ? 0 : Long.parseLong(field(f, 8));
            KbEntry e = new KbEntry(kbId.isEmpty() ? source + "#" + n : kbId, type, name,
                    kbId.isEmpty() ? Optional.empty() : Optional.of(kbId),
                    country.isEmpty() ? Optional.empty() : Optional.of(country.toUpperCase(Locale.ROOT)),
                    number(field(f, 4)), number(field(f, 5)), aliases, roles, rank, "");
            add(e);
        }
    }


    private void add(KbEntry e) {
        size++;
        Set<String> seen = new HashSet<>();
        for (String alias : e.aliases()) {
            index(e, alias, false, seen);
        }
        if (e.type() == EntityType.PERSON) {
            for (String alias : e.aliases()) {
                List<String> w = NameKeys.words(alias);
                if (w.size() >= 2) index(e, w.get(w.size() - 1), true, seen);
            }
        }
        for (String role : e.roles()) {
            String name = role.indexOf('@') < 0 ? role : role.substring(0, role.indexOf('@')); // without its term
            List<KbEntry> list = byRole.computeIfAbsent(name, k -> new ArrayList<>());
            if (!list.contains(e)) list.add(e);
        }
    }

    private void index(KbEntry e, String alias, boolean surname, Set<String> seen) {
        List<String> words = NameKeys.words(alias);
        if (words.isEmpty()) return;
        boolean acronym = isAcronym(alias);
        boolean lowerStart = Character.isLowerCase(alias.codePointAt(0));
        boolean inflectable = NameKeys.hasCyrillic(alias); // endings are only folded in Cyrillic words
        for (EndingFolder folder : folders) {
            if (!inflectable && folder != EndingFolder.NONE) continue;
            String key = NameKeys.key(alias, folder);
            if (key.length() < (acronym ? 1 : 3) || !seen.add(key + (surname ? "#s" : ""))) continue;
            KbAlias a = new KbAlias(e, alias, words.size(), acronym, lowerStart, surname);
            byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(a);
            String first = key.indexOf(' ') < 0 ? key : key.substring(0, key.indexOf(' '));
            maxWords.merge(first, words.size(), Math::max);
        }
    }

    /** True for a short name written in capitals: "ONU", "US", "ОДКБ", "U.S.". */
    static boolean isAcronym(String s) {
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
                return false;
            }
        }
        return letters >= 1 && letters <= 6;
    }

    /** The aliases whose key is the given name key. */
    List<KbAlias> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The most words an alias starting with this word key has, 0 when none starts with it. */
    int maxWords(String firstWordKey) {
        return maxWords.getOrDefault(firstWordKey, 0);
    }

    /** The GeoNames place best named by the key (most populous), if any. */
    Optional<KbEntry> localPlace(String key) {
        return Optional.ofNullable(mostPopulousPlace(key));
    }

    /** True for a place of the user's own GeoNames import, which the user asked to have linked. */
    boolean importedByUser(KbEntry place) {
        return imported.contains(place);
    }

    /** True when some GeoNames place has a name of several words starting with this word key. */
    boolean startsPlaceName(String firstWordKey) {
        return shippedPlaces != null ? shippedPlaces.startsName(firstWordKey) : placeFirstWords.contains(firstWordKey);
    }

    /** The most populous GeoNames place named by the key, or null: {@link #places} without copying the list. */
    KbEntry mostPopulousPlace(String key) {
        if (shippedPlaces != null) return shippedPlaces.mostPopulous(key);
        KbEntry[] found = placesByKey.get(key);
        return found == null ? null : found[0];
    }

    /** The GeoNames places named by the key, most populous first (at most a few namesakes). */
    List<KbEntry> places(String key) {
        KbEntry[] found = shippedPlaces != null ? shippedPlaces.namesakes(key) : placesByKey.get(key);
        return found == null ? List.of() : List.of(found);
    }

    /** The name keys of the GeoNames places when they are held in maps (a local KB, or loaded so for a test). */
    Set<String> placeKeys() {
        return java.util.Collections.unmodifiableSet(placesByKey.keySet());
    }

    /**
     * Gazetteer look-up for a name recogniser: the types of the referents the KB knows by this name key (see
     * {@link NameKeys#key}), empty when none. A person's surname alone counts as {@code PERSON}; GeoNames places
     * count as {@code LOCATION}. Constant time: one hash look-up in each index.
     */
    Set<EntityType> typesOf(String nameKey) {
        Set<EntityType> out = java.util.EnumSet.noneOf(EntityType.class);
        for (KbAlias a : byKey.getOrDefault(nameKey, List.of())) out.add(a.entry().type());
        if (shippedPlaces != null ? shippedPlaces.names(nameKey) : placesByKey.containsKey(nameKey)) out.add(EntityType.LOCATION);
        return out;
    }

    /** {@link #typesOf(String)} for a name as written ("Марракеше", "Agadir"), folded with the given endings. */
    Set<EntityType> typesOfName(String name, EndingFolder endings) {
        return typesOf(NameKeys.key(name, endings));
    }

    Optional<KbEntry> country(String iso) {
        return Optional.ofNullable(countries.get(iso));
    }

    /** People who hold or held a role ("head_of_state:KZ"), whatever their term. */
    List<KbEntry> holders(String role) {
        return byRole.getOrDefault(role, List.of());
    }

    /** How many referents the KB holds. */
    public int size() {
        return size + placeCount;
    }
}
