package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 7b: a package's lower-case name that opens a sentence and is described by a kind of program ("ripgrep is a
 * line-oriented search tool", "libquill is a small parsing library written in C"). English prose opens a sentence
 * with a capital, so an untagged all-lower-case word there, neither a function word nor followed by anything but "is
 * / was a / an / the" and a kind noun within a few words, is a name the way READMEs write names; {@link
 * ShapeNameFinder} takes no all-lower-case word. The type is the one the document's other mentions of the word have,
 * else the kind noun's ("library" gives Library, "language" Language, "protocol" Protocol, any other kind of program
 * Application).
 */
public final class PackageNameFinder implements Repair {

    /** A package's name: a lower-case letter, then three or more lower-case letters, digits or "._+-". */
    private static final Pattern PACKAGE_NAME = Pattern.compile("[a-z][a-z0-9._+-]{2,}");
    private static final Set<String> COPULAS = Set.of("is", "was");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** How many words after the article may come before the kind noun ("a cross-platform module playing library"). */
    private static final int DESCRIPTION_WORDS = 6;
    /** Kind nouns of programs, with the type each gives; a kind not listed here names no package. */
    private static final Map<String, EntityType> KIND_TYPES = Map.ofEntries(
            Map.entry("library", EntityType.LIBRARY), Map.entry("toolkit", EntityType.LIBRARY),
            Map.entry("framework", EntityType.LIBRARY), Map.entry("module", EntityType.LIBRARY),
            Map.entry("binding", EntityType.LIBRARY), Map.entry("bindings", EntityType.LIBRARY),
            Map.entry("language", EntityType.LANGUAGE), Map.entry("protocol", EntityType.PROTOCOL),
            Map.entry("tool", EntityType.APPLICATION), Map.entry("utility", EntityType.APPLICATION),
            Map.entry("program", EntityType.APPLICATION), Map.entry("application", EntityType.APPLICATION),
            Map.entry("applet", EntityType.APPLICATION), Map.entry("daemon", EntityType.APPLICATION),
            Map.entry("command", EntityType.APPLICATION), Map.entry("compiler", EntityType.APPLICATION),
            Map.entry("interpreter", EntityType.APPLICATION), Map.entry("editor", EntityType.APPLICATION),
            Map.entry("engine", EntityType.APPLICATION), Map.entry("plugin", EntityType.APPLICATION),
            Map.entry("plug-in", EntityType.APPLICATION), Map.entry("extension", EntityType.APPLICATION),
            Map.entry("client", EntityType.APPLICATION), Map.entry("server", EntityType.APPLICATION),
            Map.entry("shell", EntityType.APPLICATION), Map.entry("decoder", EntityType.APPLICATION),
            Map.entry("encoder", EntityType.APPLICATION), Map.entry("codec", EntityType.APPLICATION),
            Map.entry("driver", EntityType.APPLICATION), Map.entry("parser", EntityType.APPLICATION),
            Map.entry("emulator", EntityType.APPLICATION), Map.entry("browser", EntityType.APPLICATION),
            Map.entry("database", EntityType.APPLICATION), Map.entry("implementation", EntityType.APPLICATION));
    /** Words that end the description's noun phrase before a kind noun is reached ("the default box model used in"). */
    private static final Set<String> DESCRIPTION_ENDS = Set.of(".", ",", ";", ":", "(", "that", "which", "of", "for",
            "in", "on", "by", "with", "from", "to", "used", "written", "based", "developed", "designed");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> added = new ArrayList<>();
        for (int i = 0; i + 3 < sentence.size(); i++) {
            if (covered[i] || !opensSentencePart(sentence, i) || !isPackageName(sentence, i)) {
                continue;
            }
            EntityType kind = describedKind(sentence, i + 1);
            if (kind != null) {
                String known = context.typeOf(sentence.token(i).text());
                added.add(Mentions.of(sentence, new Span(i, i + 1), known != null ? known : kind.tagName(), null));
            }
        }
        return added.isEmpty() ? mentions : Mentions.merged(mentions, added);
    }

    private static boolean opensSentencePart(Sentence s, int i) {
        return i == 0 || ".".equals(s.token(i - 1).text()) || ";".equals(s.token(i - 1).text());
    }

    private static boolean isPackageName(Sentence s, int i) {
        String text = s.token(i).text();
        return PACKAGE_NAME.matcher(text).matches() && !ClosedClass.isFunctionWord(text, i);
    }

    /**
     * True when token {@code i} opens its sentence or a part after "." or ";" and is written as a package is named
     * (lower case, no function word): English prose would open there with a capital, so a mention of that one token
     * is a name even where it looks like a plural common noun ("[ncurses] can be built ...", "[quillfs] supports ...").
     */
    public static boolean opensAsPackageName(Sentence s, int i) {
        return opensSentencePart(s, i) && isPackageName(s, i);
    }

    /** The kind noun's type when "is / was a / an / the" and a kind noun within a few words follow {@code at}. */
    private static EntityType describedKind(Sentence s, int at) {
        if (!COPULAS.contains(s.token(at).text()) || !ARTICLES.contains(s.token(at + 1).text())) {
            return null;
        }
        for (int k = at + 2; k < s.size() && k <= at + 2 + DESCRIPTION_WORDS; k++) {
            String word = s.token(k).text();
            if (DESCRIPTION_ENDS.contains(word)) {
                return null;
            }
            EntityType type = KIND_TYPES.get(word);
            if (type != null) {
                return type;
            }
        }
        return null;
    }
}
