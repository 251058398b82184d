package org.softkg.corpus;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.softkg.model.EntityType;
import org.softkg.model.Token;

/**
 * Checks entity tags and writes them the canonical way: {@code O}, {@code B-Type}, {@code I-Type} or a
 * bare {@code Type}, with {@code Type} an {@link EntityType#tagName()} matched without regard to case
 * ({@code b-operating_system} gives {@code B-Operating_System}). Sequences are not checked: BIO, IOB1
 * and broken ones pass as they are. Canonical tags are cached, so equal tags share one string.
 */
final class EntityTags {

    private static final int CACHE_LIMIT = 1024;
    private static final String KNOWN = String.join(", ", EntityType.names());

    private final Map<String, String> canonical = new HashMap<>();

    /**
     * The canonical form of {@code raw}.
     *
     * @throws IllegalArgumentException with the problem when {@code raw} is no tag or names an unknown type
     */
    String canonical(String raw) {
        String tag = canonical.get(raw);
        if (tag == null) {
            tag = parse(raw);
            if (canonical.size() < CACHE_LIMIT) {
                canonical.put(raw, tag);
            }
        }
        return tag;
    }

    /** True when {@code raw} is a tag of a known type. */
    static boolean isValid(String raw) {
        try {
            parse(raw);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** True when {@code raw} has the shape of a BIO tag ({@code O}, {@code B-x}, {@code I-x}), whatever its type. */
    static boolean looksLikeTag(String raw) {
        return raw.equalsIgnoreCase(Token.OUTSIDE) || (hasPrefix(raw) && raw.length() > 2);
    }

    private static String parse(String raw) {
        if (raw.equalsIgnoreCase(Token.OUTSIDE)) {
            return Token.OUTSIDE;
        }
        if (hasPrefix(raw)) {
            String prefix = raw.substring(0, 1).toUpperCase(Locale.ROOT);
            String type = raw.substring(2);
            if (type.isBlank()) {
                throw new IllegalArgumentException("malformed tag '" + raw + "': no entity type after '" + prefix + "-'");
            }
            return prefix + "-" + type(type, raw);
        }
        Optional<EntityType> bare = EntityType.fromTagName(raw);
        if (bare.isPresent()) {
            return bare.get().tagName();
        }
        throw new IllegalArgumentException("malformed tag '" + raw + "' (expected O, B-Type or I-Type)");
    }

    private static boolean hasPrefix(String raw) {
        if (raw.length() < 2 || raw.charAt(1) != '-') {
            return false;
        }
        char c = raw.charAt(0);
        return c == 'B' || c == 'I' || c == 'b' || c == 'i';
    }

    private static String type(String name, String raw) {
        return EntityType.fromTagName(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown entity type '" + name + "' in tag '" + raw
                        + "' (known: " + KNOWN + ")"))
                .tagName();
    }
}
