package org.softkg.entity;

import java.nio.charset.StandardCharsets;

/**
 * Mints entity IRIs from labels: {@code https://w3id.org/softkg/entity/} followed by the label's
 * {@link LabelNormalizer#key key} with spaces as {@code _}. Letters of any script, digits and
 * {@code - . _ ~} are kept; every other character is percent-encoded as UTF-8 ({@code C++} gives
 * {@code c%2B%2B}, {@code a/b} gives {@code a%2Fb}).
 *
 * <p>The IRI depends on the key alone, never on which spelling or which document came first, so it
 * is the same in every run and every document. The price: the local name is in lower case
 * ({@code .../entity/freebsd}); the readable spelling is the entity's {@code rdfs:label}.
 */
public final class IriMinter {

    /** The namespace of entity IRIs. */
    public static final String NAMESPACE = "https://w3id.org/softkg/entity/";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private IriMinter() {
    }

    /** The IRI of the entity named {@code label}. */
    public static String mint(String label) {
        return NAMESPACE + localName(LabelNormalizer.key(label));
    }

    /** The local name for a comparison key: spaces as {@code _}, other unsafe characters percent-encoded. */
    static String localName(String key) {
        if (key.equals(".") || key.equals("..")) {
            return key.replace(".", "%2E");
        }
        StringBuilder sb = new StringBuilder(key.length() + 8);
        key.codePoints().forEach(cp -> {
            if (cp == ' ') {
                sb.append('_');
            } else if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '.' || cp == '_' || cp == '~') {
                sb.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        });
        return sb.toString();
    }
}
