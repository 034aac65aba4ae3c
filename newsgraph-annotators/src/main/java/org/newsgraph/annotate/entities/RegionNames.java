package org.newsgraph.annotate.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-written tables {@code scripts/build-kb.sh} adds to GeoNames ({@code scripts/kb}): usual English names and
 * French and Russian names of first-level regions, keyed by GeoNames' admin1 code ({@code regions.tsv}), and the
 * French départements ({@code fr-departements.tsv}), which GeoNames' admin1 table lacks and which also say which of
 * the regions of 2016 a French city lies in (the cities of the dump still carry the codes of the old regions).
 * Either file may be absent: the table is then GeoNames alone.
 */
final class RegionNames {
    /** A region's usual English name and its other names. */
    record Region(String name, List<String> aliases) {
    }

    /** A département: INSEE code, name, INSEE code of its region, other names. */
    record Department(String code, String name, String region, List<String> aliases) {
    }

    private final Map<String, Region> regions;
    private final Map<String, Department> departments;

    private RegionNames(Map<String, Region> regions, Map<String, Department> departments) {
        this.regions = regions;
        this.departments = departments;
    }

    static RegionNames none() {
        return new RegionNames(Map.of(), Map.of());
    }

    /** Reads {@code dir/regions.tsv} and {@code dir/fr-departements.tsv}, each when present. */
    static RegionNames read(Path dir) throws IOException {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (String[] f : rows(dir.resolve("regions.tsv"))) {
            if (f.length < 2) continue;
            regions.put(f[0].strip(), new Region(f[1].strip(), aliases(f, 2)));
        }
        Map<String, Department> departments = new LinkedHashMap<>();
        for (String[] f : rows(dir.resolve("fr-departements.tsv"))) {
            if (f.length < 3) continue;
            String code = f[0].strip();
            departments.put(code, new Department(code, f[1].strip(), f[2].strip(), aliases(f, 3)));
        }
        return new RegionNames(regions, departments);
    }

    private static List<String> aliases(String[] f, int at) {
        List<String> out = new ArrayList<>();
        if (at < f.length) for (String a : f[at].split("\\|")) if (!a.isBlank()) out.add(a.strip());
        return out;
    }

    private static List<String[]> rows(Path file) throws IOException {
        return Files.isRegularFile(file) ? GeoNamesImporter.rows(file) : List.of();
    }

    /** The hand-written names of a region by its admin1 code ("RU.71"), or null. */
    Region region(String admin1) {
        return regions.get(admin1);
    }

    /**
     * The admin1 code of a city's region: for a French city, the region of 2016 its département (the admin2 code)
     * belongs to; otherwise the code the dump gives.
     */
    String admin1(String country, String admin1, String admin2) {
        if (country.equals("FR")) {
            Department d = departments.get(admin2);
            if (d != null) return "FR." + d.region();
        }
        return country + "." + admin1;
    }

    /** The département of a French city's admin2 code, or null. */
    Department department(String country, String admin2) {
        return country.equals("FR") ? departments.get(admin2) : null;
    }

    /** The départements in table order. */
    List<Department> departments() {
        return List.copyOf(departments.values());
    }
}
