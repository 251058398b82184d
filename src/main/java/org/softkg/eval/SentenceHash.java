package org.softkg.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The short hash that ties a gold line to its sentence: the first 8 hex digits of the SHA-256 of the tokens joined by single spaces. */
public final class SentenceHash {

    private SentenceHash() {
    }

    /** The hash of a sentence given as its tokens. */
    public static String of(List<String> tokens) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", tokens).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
