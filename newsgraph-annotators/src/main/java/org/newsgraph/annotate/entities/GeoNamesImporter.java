package org.newsgraph.annotate.entities;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Turns GeoNames dumps (CC BY 4.0, geonames.org) into KB place tables, in two ways:
 * <ul>
 * <li>{@link #importCities}: a user's dump ({@code cities15000.txt} format or bigger) into a local KB directory
 *     ({@link KnowledgeBase#LOCAL_FILE}), read on top of the shipped KB ({@code newsgraph kb import-geonames});</li>
 * <li>{@link #buildShipped}: the table shipped in the jar ({@link KnowledgeBase#GEONAMES}) from a directory holding
 *     {@code cities15000.txt}, {@code admin1CodesASCII.txt} and {@code countryInfo.txt}
 *     ({@code scripts/build-kb.sh}): every city with its country, first-level region (English name), coordinates
 *     and population; every first-level region holding one of them, ranked by their summed population; every
 *     country with its GeoNames id and population (the JDK's CLDR data adds its English, French and Russian names
 *     when the KB loads).</li>
 * </ul>
 * Rows are tab-separated: type, canonical name, {@code geonames:ID}, country, lat, lon, aliases ({@code |}), kind
 * ({@code city}, {@code region}, {@code country}), rank, region, and the name keys computed here, once, so that
 * loading the KB is parsing only. Alternate names are kept by {@link #keepAlias}. A capital ranks first among places
 * of the same name. The output is deterministic (rows by kind and id, gzip without a time stamp).
 */
public final class GeoNamesImporter {
    private static final int MAX_ALIASES = 40;
    private static final long CAPITAL_BONUS = 100_000_000L;

    private GeoNamesImporter() {
    }

    /** What an import wrote. */
    public record Summary(Path file, int places) {
    }

    /**
     * Reads {@code cities} (and {@code countryInfo} when present) and writes {@code kbDir/places.tsv}, replacing
     * an earlier import atomically.
     */
    public static Summary importCities(Path cities, Optional<Path> countryInfo, Path kbDir) throws IOException {
        KnowledgeBase keys = KnowledgeBase.of(List.of(), EntityAnnotator.endingFolders());
        if (!Files.isRegularFile(cities)) throw new IOException("no such GeoNames file: " + cities);
        Map<String, String> capitals = countryInfo.filter(Files::isRegularFile).map(GeoNamesImporter::capitals)
                .orElse(Map.of());
        Files.createDirectories(kbDir);
        Path target = kbDir.resolve(KnowledgeBase.LOCAL_FILE);
        Path tmp = Files.createTempFile(kbDir, "places", ".tmp");
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(cities, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write("# Imported from GeoNames (CC BY 4.0, geonames.org) by newsgraph kb import-geonames\n");
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15 || line.startsWith("#")) continue;
                String row = row(f, capitals, Map.of(), keys);
                if (row == null) continue;
                out.write(row);
                out.write('\n');
                n++;
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(target, n);
    }

    /**
     * Builds the shipped GeoNames table from {@code dir} (cities15000.txt, admin1CodesASCII.txt, countryInfo.txt)
     * into {@code out} (gzipped), without hand-written region names. Returns how many rows it wrote.
     */
    public static Summary buildShipped(Path dir, Path out) throws IOException {
        return buildShipped(dir, Optional.empty(), out);
    }

    /**
     * Builds the shipped GeoNames table from {@code dir} and the hand-written region tables of {@code handDir}
     * ({@link RegionNames}: usual, French and Russian names of regions, French départements) into {@code out}.
     * Names from those tables are also written in a last column of names found in a text without a cue (all names
     * of a region; the names of several words of a département, since "Nord", "Var" or "Manche" alone need a cue,
     * and its Russian one-word names of five letters and more: "Жиронда", "Дордонь" are no Russian words, while the
     * shortest ("Об", "Эн", "Вар") are or could be).
     */
    public static Summary buildShipped(Path dir, Optional<Path> handDir, Path out) throws IOException {
        KnowledgeBase keys = KnowledgeBase.of(List.of(), EntityAnnotator.endingFolders());
        RegionNames hand = handDir.isPresent() ? RegionNames.read(handDir.get()) : RegionNames.none();
        Path cities = dir.resolve("cities15000.txt");
        Path admin1 = dir.resolve("admin1CodesASCII.txt");
        Path info = dir.resolve("countryInfo.txt");
        for (Path p : List.of(cities, admin1, info)) {
            if (!Files.isRegularFile(p)) throw new IOException("no such GeoNames file: " + p);
        }
        Map<String, String> capitals = capitals(info);
        Map<String, String[]> regions = new HashMap<>();
        for (String[] f : rows(admin1)) if (f.length >= 4) regions.put(f[0].strip(), f);
        Map<String, Long> regionPopulation = new HashMap<>();
        Map<String, Long> departmentPopulation = new HashMap<>();
        List<String[]> cityRows = new ArrayList<>();
        for (String[] f : rows(cities)) {
            if (f.length < 15) continue;
            cityRows.add(f);
            regionPopulation.merge(regionCode(f, hand), parseLong(f[14]), Long::sum);
            RegionNames.Department d = hand.department(country(f), f[11].strip());
            if (d != null) departmentPopulation.merge(d.code(), parseLong(f[14]), Long::sum);
        }
        Set<String> cityNames = new HashSet<>();
        for (String[] f : cityRows) {
            cityNames.add(country(f) + "\t" + NameKeys.key(clean(f[1]), EndingFolder.NONE));
            cityNames.add(country(f) + "\t" + NameKeys.key(clean(f[2]), EndingFolder.NONE));
        }
        Map<String, String> regionNames = new HashMap<>();
        for (var e : regions.entrySet()) {
            RegionNames.Region r = hand.region(e.getKey());
            regionNames.put(e.getKey(), r != null ? r.name() : clean(e.getValue()[1]));
        }
        // kind, then id: a stable order whatever the order of the input files
        Map<String, String> byId = new TreeMap<>(Comparator.comparing((String k) -> k.substring(0, 1))
                .thenComparingLong(k -> isNumber(k.substring(2)) ? Long.parseLong(k.substring(2)) : Long.MAX_VALUE)
                .thenComparing(k -> k));
        for (String[] f : cityRows) {
            String row = row(f, capitals, regionNames, keys, hand);
            if (row != null) byId.put("a:" + f[0].strip(), row);
        }
        for (var e : regions.entrySet()) {
            long population = regionPopulation.getOrDefault(e.getKey(), 0L);
            String[] f = e.getValue();
            String id = f[3].strip();
            if (population == 0 || id.isEmpty() || !isNumber(id)) continue;
            RegionNames.Region r = hand.region(e.getKey());
            String name = regionNames.get(e.getKey());
            Set<String> aliases = new LinkedHashSet<>();
            String country = e.getKey().split("\\.")[0];
            // a region GeoNames names by its capital alone ("Kharkiv") that the hand table names in full ("Kharkiv
            // Oblast") leaves the bare name to the city: summed over its towns, the region would outrank it
            // (compared by name key: "Zaporizhzhia" and the city's "Zaporizhzhya" are one name)
            for (String geo : List.of(f[1], f[2])) {
                if (r == null || !cityNames.contains(country + "\t" + NameKeys.key(clean(geo), EndingFolder.NONE))) {
                    addAlias(aliases, geo, name);
                }
            }
            List<String> found = new ArrayList<>();
            if (r != null) {
                // a one-word name GeoNames itself gives the region ("Florida", "Bavaria"), or one whose key is that
                // name's ("Floride", "Virginie": the keys fold the endings that also make "Virginia Woolf"), stays
                // GeoNames': linked once the recogniser or a cue finds it, as "Minnesota" in "Minnesota Twins" is no
                // region; the other names the table adds (exonyms, names of several words) are found without a cue
                Set<String> geoKeys = new HashSet<>();
                for (String geo : List.of(f[1], f[2])) geoKeys.add(NameKeys.key(clean(geo), EndingFolder.NONE));
                if (foundWithoutCue(name, geoKeys)) found.add(name);
                for (String a : r.aliases()) {
                    if (!a.equals(name)) aliases.add(clean(a));
                    if (foundWithoutCue(clean(a), geoKeys)) found.add(clean(a));
                }
            }
            String names = String.join("|", aliases);
            byId.put("b:" + id, String.join("\t", "LOCATION", name, "geonames:" + id, e.getKey().split("\\.")[0],
                    "", "", names, "region", Long.toString(population), "", keyField(keys, name, names),
                    String.join("|", found)));
        }
        for (RegionNames.Department d : hand.departments()) {
            Set<String> aliases = new LinkedHashSet<>();
            List<String> found = new ArrayList<>();
            if (NameKeys.words(d.name()).size() >= 2) found.add(d.name());
            for (String a : d.aliases()) {
                aliases.add(clean(a));
                if (NameKeys.words(a).size() >= 2 || cyrillicWordOfFiveLetters(a)) found.add(clean(a));
            }
            String names = String.join("|", aliases);
            // ranked by the people of its cities of the dump, at least 1: a département always outranks nothing
            long population = Math.max(1, departmentPopulation.getOrDefault(d.code(), 0L));
            byId.put("d:" + d.code(), String.join("\t", "LOCATION", d.name(), "", "FR", "", "", names, "department",
                    Long.toString(population), regionNames.getOrDefault("FR." + d.region(), ""),
                    keyField(keys, d.name(), names), String.join("|", found)));
        }
        for (String[] f : rows(info)) {
            if (f.length < 17 || f[0].isBlank() || !isNumber(f[16].strip())) continue;
            byId.put("c:" + f[16].strip(), String.join("\t", "LOCATION", clean(f[4]), "geonames:" + f[16].strip(),
                    f[0].strip(), "", "", "", "country", Long.toString(parseLong(f[7])), "", ""));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream file = Files.newOutputStream(out);
             Writer w = new OutputStreamWriter(new GZIPOutputStream(file, 1 << 16), StandardCharsets.UTF_8)) {
            w.write("# GeoNames (CC BY 4.0, geonames.org): cities15000, admin1 regions, countries; region names and "
                    + "French departements written for Newsgraph (scripts/kb); built by scripts/build-kb.sh\n");
            w.write("# type\tname\tid\tcountry\tlat\tlon\taliases\tkind\trank\tregion\tkeys\tfound without a cue\n");
            for (String row : byId.values()) {
                w.write(row);
                w.write('\n');
            }
        }
        return new Summary(out, byId.size());
    }

    private static String country(String[] f) {
        return f[8].strip().toUpperCase(Locale.ROOT);
    }

    private static String regionCode(String[] f, RegionNames hand) {
        return hand.admin1(country(f), f[10].strip(), f[11].strip());
    }

    /** The rows of a tab-separated file, blank lines and {@code #} comments left out. */
    static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line.split("\t", -1));
            }
        }
        return out;
    }

    private static Map<String, String> capitals(Path countryInfo) {
        Map<String, String> out = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(countryInfo, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length > 5 && !f[5].isBlank()) out.put(f[0].strip(), f[5].strip());
            }
        } catch (IOException e) {
            return Map.of(); // capitals only order ties: an unreadable file is not worth failing the import
        }
        return out;
    }

    /** One city row of a GeoNames dump as a KB row, or null when it has no id or name. */
    /** A region's name of several words, or of one word whose key is none of GeoNames' names of it. */
    private static boolean foundWithoutCue(String name, Set<String> geoKeys) {
        return NameKeys.words(name).size() >= 2 || !geoKeys.contains(NameKeys.key(name, EndingFolder.NONE));
    }

    /** One Cyrillic word of five letters or more: a Russian transliteration no common word is spelt like. */
    private static boolean cyrillicWordOfFiveLetters(String name) {
        return NameKeys.words(name).size() == 1 && NameKeys.hasCyrillic(name) && name.codePointCount(0, name.length()) >= 5;
    }

    static String row(String[] f, Map<String, String> capitals, Map<String, String> regions, KnowledgeBase keys) {
        return row(f, capitals, regions, keys, RegionNames.none());
    }

    private static String row(String[] f, Map<String, String> capitals, Map<String, String> regions,
                              KnowledgeBase keys, RegionNames hand) {
        String id = f[0].strip();
        String country = f[8].strip().toUpperCase(Locale.ROOT);
        String name = englishName(clean(f[1]), country);
        if (id.isEmpty() || name.isEmpty()) return null;
        long population = parseLong(f[14]);
        if (name.equalsIgnoreCase(capitals.getOrDefault(country, ""))) population += CAPITAL_BONUS;
        Set<String> aliases = new LinkedHashSet<>();
        addAlias(aliases, f[2], name);
        for (String alt : f[3].split(",")) {
            if (aliases.size() >= MAX_ALIASES) break;
            addAlias(aliases, alt, name);
        }
        String names = String.join("|", aliases);
        return String.join("\t", "LOCATION", name, "geonames:" + id, country, f[4].strip(), f[5].strip(),
                names, "city", Long.toString(population), regions.getOrDefault(regionCode(f, hand), ""),
                keyField(keys, name, names));
    }

    private static String keyField(KnowledgeBase keys, String name, String names) {
        return String.join("|", keys.keys(names.isEmpty() ? name : name + "|" + names));
    }

    /**
     * Countries whose GeoNames names are BGN romanisations of Cyrillic, which mark the soft and hard signs with
     * apostrophes ("Perm’", "Homyel’", "Mar’’ina Horka") that English usage drops ("Perm").
     */
    private static final Set<String> CYRILLIC_ROMANISED = Set.of("RU", "UA", "BY", "KZ", "KG", "TJ");

    /** The name English news gives a city of the dump: without the sign marks of a Cyrillic romanisation. */
    static String englishName(String name, String country) {
        if (!CYRILLIC_ROMANISED.contains(country) || name.indexOf('’') < 0) return name;
        return name.replace("’", "");
    }

    private static void addAlias(Set<String> aliases, String raw, String name) {
        String a = clean(raw);
        if (!a.equals(name) && keepAlias(a)) aliases.add(a);
    }

    /**
     * Whether to keep a GeoNames alternate name, which the dump does not tag by language: Latin or Cyrillic script
     * only (the scripts of the languages read); at least three letters with a capital among them, since GeoNames
     * spells machine romanisations of Chinese, Japanese, Korean or Arabic names in lower case ("lei en",
     * "an dao er cheng"), and they never name a place in FR/EN/RU news; no codes (at most four letters all in
     * capitals: "RNS", "ALV"); no digits; at most six words.
     */
    static boolean keepAlias(String a) {
        if (a.length() < 3 || !readableScript(a)) return false;
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            if (Character.isUpperCase(c)) capitals++;
        }
        if (letters < 3 || capitals == 0 || (capitals == letters && letters <= 4)) return false;
        return a.split(" ").length <= 6;
    }

    private static String clean(String s) {
        return s.replace('|', ' ').replace('\t', ' ').strip();
    }

    /** Latin or Cyrillic letters, spaces, hyphens, apostrophes and dots only. */
    static boolean readableScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '-' || c == '\'' || c == '’' || c == '.') continue;
            if (!Character.isLetter(c)) return false;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC) return false;
        }
        return true;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
