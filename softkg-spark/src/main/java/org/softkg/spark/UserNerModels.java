package org.softkg.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A user's name finder model ({@code --ner-model}) on an executor: the driver checked the file with
 * {@code NerModels.load} and ships its bytes with the job; each executor JVM reads them into a model once
 * (keyed by their SHA-256), whatever the number of partitions it runs, as {@code NerModels.shipped()}
 * does for the shipped model.
 */
final class UserNerModels {

    private static final Map<String, TokenNameFinderModel> LOADED = new ConcurrentHashMap<>();

    private UserNerModels() {
    }

    static TokenNameFinderModel get(byte[] model) {
        return LOADED.computeIfAbsent(sha256(model), k -> {
            try {
                return new TokenNameFinderModel(new ByteArrayInputStream(model));
            } catch (IOException e) {
                throw new UncheckedIOException("the name finder model shipped with the job: " + e.getMessage(), e);
            }
        });
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
