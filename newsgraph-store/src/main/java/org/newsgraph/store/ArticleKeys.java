package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.newsgraph.core.Article;

/**
 * What makes two articles the same for the store: the same id, the same URL, or the same content (SHA-256 of the
 * analysed text with white space collapsed, so a re-encoded or re-wrapped copy is still the same article).
 */
public record ArticleKeys(String id, Optional<String> url, String contentHash) {

    public static ArticleKeys of(Article article) {
        return new ArticleKeys(article.id(), article.url().map(String::strip), contentHash(article.text()));
    }

    public static String contentHash(String text) {
        String normalised = text.strip().replaceAll("\\s+", " ");
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
