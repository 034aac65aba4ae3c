package org.newsgraph.annotate.entities;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a GeoNames dump (the {@code cities15000.txt} format: geonameid, name, asciiname, alternatenames, latitude,
 * longitude, feature class and code, country code, …, population at column 15) into a local KB directory the
 * entity linker reads ({@link KnowledgeBase#LOCAL_FILE}). Alternate names are kept in Latin and Cyrillic script
 * only (the languages the engine reads), codes such as airport codes are dropped, and capitals named by the
 * optional {@code countryInfo.txt} are ranked first among places of the same name. Ids are {@code geonames:ID}.
 * The name keys are computed here, once, and written as a tenth field so that loading the KB is parsing only.
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
                String row = row(f, capitals, keys);
                if (row == null) continue;
                out.write(row);
                out.write('\n');
                n++;
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Summary(target, n);
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

    static String row(String[] f, Map<String, String> capitals, KnowledgeBase keys) {
        String id = f[0].strip();
        String name = clean(f[1]);
        if (id.isEmpty() || name.isEmpty()) return null;
        String country = f[8].strip().toUpperCase(Locale.ROOT);
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
                names, "", Long.toString(population), String.join("|", keys.keys(name + "|" + names)));
    }

    private static void addAlias(Set<String> aliases, String raw, String name) {
        String a = clean(raw);
        if (a.length() < 3 || a.equals(name) || !readableScript(a)) return;
        if (a.equals(a.toUpperCase(Locale.ROOT)) && a.length() <= 4) return; // codes: "ALV", "NYC"
        aliases.add(a);
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

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
