package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 5: marks the document's subject. A Wikipedia article does not link its own title, so the
 * title ({@link org.softkg.model.Document#title()}, e.g. "DragonFly BSD") is mostly untagged or only
 * half tagged ("DragonFly"/O "BSD"/B). Wherever the title's tokens occur (case-sensitive), they become one
 * mention, absorbing the mentions inside them; a title of one lower-case word, a package's name ("quillbase"),
 * is also found with a capital ("Quillbase"), and one written with capitals and a hyphen or a dot ("Node-Redis") also
 * in lower case ("node-redis"). When the title's first token is a name by shape alone
 * ("DragonFly", not "Google") and the title has more words, that token standing alone and untagged is
 * the subject too ("Dillon started DragonFly").
 * <p>
 * The type is the one the document's mentions of the title have most, else the type of a mention the
 * occurrence absorbs, else {@link Mention#UNTYPED}.
 */
public final class SubjectFinder implements Repair {

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<String> title = context.titleTokens();
        if (title.isEmpty()) {
            return mentions;
        }
        String titleType = context.typeOf(String.join(" ", title));
        List<Mention> current = new ArrayList<>(mentions);
        String alternate = title.size() != 1 ? null
                : isPackageName(title.get(0)) ? capitalised(title.get(0))
                : isCapitalisedPackageName(title.get(0)) ? title.get(0).toLowerCase(Locale.ROOT) : null;
        for (int i = 0; i + title.size() <= sentence.size(); i++) {
            if (matches(sentence, i, title, alternate)) {
                current = markTitle(sentence, current, new Span(i, i + title.size()), titleType);
            }
        }
        if (title.size() >= 2 && TokenShape.isStrongName(title.get(0))) {
            current = markHead(sentence, current, title.get(0), titleType);
        }
        return current;
    }

    /** True when the title's tokens stand at {@code at}, or its {@code alternate} form (null for none) does. */
    private static boolean matches(Sentence s, int at, List<String> title, String alternate) {
        if (alternate != null && s.token(at).text().equals(alternate)) {
            return true;
        }
        for (int k = 0; k < title.size(); k++) {
            if (!s.token(at + k).text().equals(title.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A title of one lower-case word, as a package is named ("quillbase", "zeta-db", "quill.js"): its text
     * writes it with a capital as well ("Quillbase is a client for Redis").
     */
    static boolean isPackageName(String title) {
        return title.length() >= 3 && Character.isLowerCase(title.charAt(0))
                && title.chars().allMatch(c -> Character.isLowerCase(c) || Character.isDigit(c) || c == '-' || c == '.' || c == '_');
    }

    /**
     * A title of one word written with capitals and a hyphen or a dot, as a package's README may title it
     * ("Node-Redis", "Socket.IO"): its text writes it in lower case as well ("node-redis is a client for ...").
     */
    static boolean isCapitalisedPackageName(String title) {
        return title.length() >= 3 && !title.equals(title.toLowerCase(Locale.ROOT))
                && (title.indexOf('-') > 0 || title.indexOf('.') > 0)
                && title.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_');
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<Mention> markTitle(Sentence s, List<Mention> mentions, Span span, String titleType) {
        List<Mention> kept = new ArrayList<>();
        String absorbedType = null;
        for (Mention m : mentions) {
            if (!m.span().overlaps(span)) {
                kept.add(m);
            } else if (span.contains(m.span())) {
                if (absorbedType == null && !Mention.UNTYPED.equals(m.type())) {
                    absorbedType = m.type();
                }
                if (m.span().equals(span)) {
                    return mentions;
                }
            } else {
                return mentions; // a longer name around or across the title: leave it
            }
        }
        String type = titleType != null ? titleType : absorbedType != null ? absorbedType : Mention.UNTYPED;
        kept.add(Mentions.of(s, span, type, null));
        kept.sort(Mentions.BY_POSITION);
        return kept;
    }

    private static List<Mention> markHead(Sentence s, List<Mention> mentions, String head, String titleType) {
        boolean[] covered = Mentions.covered(s, mentions);
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (!covered[i] && s.token(i).text().equals(head)) {
                added.add(Mentions.of(s, new Span(i, i + 1), titleType != null ? titleType : Mention.UNTYPED, null));
            }
        }
        return added.isEmpty() ? mentions : Mentions.merged(mentions, added);
    }
}
