package org.newsgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What produced an analysis, so a store can tell which of its analyses an upgrade makes stale: the engine's version,
 * and content hashes of the knowledge base (the shipped tables and the local import) and of the trained models (the
 * name recognisers and the attribution weights). Each hash is the first 12 hex digits of a SHA-256 over the
 * resources' bytes; computing them reads about 3 MB once.
 */
public final class PipelineVersions {
    /** The engine's release; bumped with every release whose rules change analyses. */
    public static final String ENGINE = "0.1.0";

    private static final String[] KB = {"entities/kb/geonames.tsv.gz", "entities/kb/countries.tsv", "entities/kb/places.tsv",
        "entities/kb/organizations.tsv", "entities/kb/people.tsv", "entities/kb/superseded-names.tsv", "outlet/outlets.tsv"};
    private static final String[] MODELS = {"entities/ner-en.bin.gz", "entities/ner-fr.bin.gz", "entities/ner-ru.bin.gz",
        "attribution/weights.tsv"};

    private PipelineVersions() {
    }

    /** {@code engine}, {@code kb} and {@code models} of the standard pipeline with this local KB directory. */
    public static Map<String, String> of(Optional<Path> localKb) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("engine", ENGINE);
        MessageDigest kb = sha256();
        for (String r : KB) digestResource(kb, r);
        Path local = localKb.orElse(Path.of(System.getProperty("user.home"), ".newsgraph", "kb")).resolve("places.tsv");
        if (Files.isRegularFile(local)) {
            try (InputStream in = Files.newInputStream(local)) {
                digest(kb, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + local + ": " + e.getMessage(), e);
            }
        }
        out.put("kb", hex(kb));
        MessageDigest models = sha256();
        for (String r : MODELS) digestResource(models, r);
        out.put("models", hex(models));
        return out;
    }

    private static void digestResource(MessageDigest d, String resource) {
        d.update(resource.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try (InputStream in = PipelineVersions.class.getResourceAsStream(resource)) {
            if (in != null) digest(d, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static void digest(MessageDigest d, InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        for (int n = in.read(buf); n > 0; n = in.read(buf)) d.update(buf, 0, n);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String hex(MessageDigest d) {
        return HexFormat.of().formatHex(d.digest(), 0, 6);
    }
}
