package org.newsgraph.io.write.gkg;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166-1 alpha-2 → FIPS 10-4 country codes, the codes GDELT's GKG uses ("GB" → "UK", "DE" → "GM", "RU" → "RS").
 * The table {@code iso-to-fips.tsv} is generated from GeoNames' countryInfo by {@code scripts/build-fips.sh}.
 */
public final class FipsCodes {
    static final String RESOURCE = "/org/newsgraph/io/gkg/iso-to-fips.tsv";
    private static final Map<String, String[]> BY_ISO = load();

    private FipsCodes() {
    }

    /** The FIPS 10-4 code of an ISO 3166-1 alpha-2 code, when the country has one. */
    public static Optional<String> fips(String iso) {
        String[] row = BY_ISO.get(iso);
        return row == null ? Optional.empty() : Optional.of(row[0]);
    }

    /** The English name GeoNames gives the country. */
    public static Optional<String> name(String iso) {
        String[] row = BY_ISO.get(iso);
        return row == null ? Optional.empty() : Optional.of(row[1]);
    }

    private static Map<String, String[]> load() {
        Map<String, String[]> out = new HashMap<>();
        try (InputStream in = FipsCodes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + ": run scripts/build-fips.sh");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length >= 3) out.put(f[0], new String[] {f[1], f[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
