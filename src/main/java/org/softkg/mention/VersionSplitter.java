package org.softkg.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 9: separates a version written after a name, tagged or not: "FreeBSD 4.8" gives the mention
 * "FreeBSD" with version "4.8"; so do "Linux 4.19", "Python 3", "FreeBSD 4.x", "GPL v2" (version "2") and
 * "Internet Protocol Version 6.1". A version is what {@link TokenShape#isVersion} accepts (dotted numbers,
 * ".x", a "v" prefix, plain integers of one or two digits), so model numbers and years stay in the name
 * ("Atari 2600", "Windows 2000"). A plain integer inside a tagged span stays in the name: the link the tag
 * came from named a product of its own ("Nintendo 64", "ALGOL 60", "Halo 2"); untagged after the name,
 * it is a version ("FreeBSD 5"), but only after a typed name: after an untyped one it is as often a
 * number of some other kind ("USER 0"). The name before it must be capitalised or name-shaped ("ring 2" is no
 * versioned name; people and organisations have none: "University of Zeta 6"); a number followed by a unit ("2.0 GHz") or, for a plain integer, by a plural noun
 * ("3 cores") is a quantity, not a version. The version is kept in {@link Mention#version()}, out of the span.
 * <p>
 * <b>Dated releases</b> (twelfth session, names14). A dotted version dated in brackets right after it ("Quill 2.3 (
 * December 1999 ) was the first ...", "Quill 6.0 ( 1991 )") stays in the name: the sentence speaks of that release.
 * <p>
 * <b>Releases.</b> When one sentence names the same product with two or more different versions ("Microsoft
 * announced Windows 10 as the successor to Windows 8.1", "iOS 7 ... the successor to iOS 6", "superseded by
 * SystemRDL 2.0"), it speaks of releases as things of their own: every versioned name of that product in the
 * sentence keeps its version in its name ("Windows 8.1", "iOS 6"), so that a fact between two releases stays a
 * fact between two releases and never becomes one between a release and its own product ("Windows 10
 * successorOf Windows") or between the product and itself. The tagged plain integer kept in a name ("Windows
 * 10") counts as a version here. A product named once with a version and once without ("FreeBSD 4.8 ...
 * FreeBSD") is no such case: the version is split off as usual. The decision is made per sentence. An untyped
 * mention of the product itself in such a sentence takes the type of its releases ("DR-DOS" beside "DR DOS 6.0"
 * and "DR DOS 7.03"), which it would otherwise have shared with them as one entity.
 */
public final class VersionSplitter implements Repair {

    /** Words that may stand between a name and its version: "FreeBSD version 5.2", "Windows release 3". */
    private static final Set<String> VERSION_WORDS = Set.of("version", "release", "v.", "ver.");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        boolean[] covered = Mentions.covered(sentence, mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(m.version() != null || Mentions.isAgent(m) ? m : split(sentence, m, covered));
        }
        Set<String> released = releasedProducts(sentence, mentions, out);
        if (released.isEmpty()) {
            return out;
        }
        Map<String, String> releaseTypes = new HashMap<>();
        for (int k = 0; k < out.size(); k++) {
            Mention original = mentions.get(k);
            Mention split = out.get(k);
            if (original.version() == null && split.version() != null && released.contains(baseKey(split.text()))) {
                out.set(k, whole(sentence, original, split));
                if (!Mention.UNTYPED.equals(split.type())) {
                    releaseTypes.putIfAbsent(baseKey(split.text()), split.type());
                }
            }
        }
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            String type = releaseTypes.get(baseKey(m.text()));
            if (type != null && Mention.UNTYPED.equals(m.type()) && m.version() == null) {
                out.set(k, m.withType(type)); // the product of typed releases: "DR-DOS" beside "DR DOS 6.0"
            }
        }
        return out;
    }


    /**
     * The products (as {@link #baseKey keys} of their names) that the sentence names with two or more different
     * versions, counting the versions split off and the plain integers kept in tagged names.
     */
    private static Set<String> releasedProducts(Sentence s, List<Mention> originals, List<Mention> split) {
        Map<String, Set<String>> versions = new HashMap<>();
        for (int k = 0; k < split.size(); k++) {
            Mention m = split.get(k);
            if (m.version() != null) {
                versions.computeIfAbsent(baseKey(m.text()), x -> new HashSet<>()).add(m.version());
            } else {
                Span span = originals.get(k).span();
                int last = span.end() - 1;
                String t = s.token(last).text();
                if (span.length() >= 2 && isPlainInteger(t) && TokenShape.isVersion(t) && isNameEnd(s.token(last - 1).text())) {
                    versions.computeIfAbsent(baseKey(s.text(new Span(span.start(), last))), x -> new HashSet<>())
                            .add(TokenShape.versionValue(t));
                }
            }
        }
        Set<String> released = new HashSet<>();
        versions.forEach((base, vs) -> {
            if (vs.size() >= 2) {
                released.add(base);
            }
        });
        return released;
    }

    /** {@code original} with its version kept in its name: its own span, or that span through the version after it. */
    private static Mention whole(Sentence s, Mention original, Mention split) {
        Span span = original.span();
        if (TokenShape.versionValue(s.token(span.end() - 1).text()).equals(split.version())) {
            return original;
        }
        int at = span.end();
        if (isVersionWord(s.token(at).text())) {
            at++;
        }
        return Mentions.reshape(s, original, new Span(span.start(), at + 1));
    }

    /** How the names of one product are compared across its releases: case and spacing do not matter. */
    private static String baseKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ").strip();
    }

    private static Mention split(Sentence s, Mention m, boolean[] covered) {
        Span span = m.span();
        if (ModelNumberJoiner.endsInStandardNumber(s, span)) {
            return m; // "IEEE 802.3": a standard's number, no version
        }
        int last = span.end() - 1;
        if (span.length() >= 2 && isVersionAt(s, last) && !isPlainInteger(s.token(last).text())) {
            if (isDatedRelease(s, last) && nameBefore(s, span.start(), last) != null) {
                return m; // "[Quill 2.3] ( December 1999 )": the dated release itself
            }
            return versioned(s, m, nameBefore(s, span.start(), last), s.token(last).text());
        }
        int at = span.end();
        if (at < s.size() && !covered[at] && isVersionWord(s.token(at).text())) {
            at++;
        }
        boolean untyped = Mention.UNTYPED.equals(m.type());
        if (at < s.size() && !covered[at] && isVersionAt(s, at) && !(untyped && isPlainInteger(s.token(at).text()))) {
            if (isDatedRelease(s, at) && !isPlainInteger(s.token(at).text()) && nameBefore(s, span.start(), span.end()) != null) {
                covered[at] = true;
                return Mentions.reshape(s, m, new Span(span.start(), at + 1)); // "[Quill] 2.3 ( December 1999 )"
            }
            return versioned(s, m, nameBefore(s, span.start(), span.end()), s.token(at).text());
        }
        return m;
    }

    /**
     * True when the version at token {@code i} is dated in brackets right after it: "Quill 2.3 ( December 1999 )",
     * "Quill 6.0 ( 1991 )". The sentence then speaks of that release as a thing of its own (it was the first under a
     * licence, it added a feature), so the release keeps its version in its name.
     */
    static boolean isDatedRelease(Sentence s, int i) {
        if (i + 3 >= s.size() || !"(".equals(s.token(i + 1).text())) {
            return false;
        }
        String first = s.token(i + 2).text();
        if (!ClosedClass.CALENDAR.contains(first) && !TokenShape.isYear(first)) {
            return false;
        }
        for (int k = i + 3; k < s.size() && k <= i + 5; k++) {
            if (")".equals(s.token(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** The name in {@code [start, end)} without a trailing "version", or {@code null} when it is no name. */
    private static Span nameBefore(Sentence s, int start, int end) {
        int nameEnd = end;
        if (nameEnd - 1 > start && isVersionWord(s.token(nameEnd - 1).text())) {
            nameEnd--;
        }
        return isNameEnd(s.token(nameEnd - 1).text()) ? new Span(start, nameEnd) : null;
    }

    private static Mention versioned(Sentence s, Mention m, Span span, String version) {
        if (span == null) {
            return m;
        }
        return new Mention(m.sentence(), span, m.type(), s.text(span), TokenShape.versionValue(version), m.entity());
    }

    /** Token {@code i} is a version and what follows does not make it a quantity. */
    private static boolean isVersionAt(Sentence s, int i) {
        String t = s.token(i).text();
        if (!TokenShape.isVersion(t)) {
            return false;
        }
        if (i + 1 < s.size()) {
            String next = s.token(i + 1).text();
            boolean plainInteger = isPlainInteger(t);
            boolean pluralNoun = "NOUN".equals(s.token(i + 1).pos()) && next.endsWith("s")
                    && next.equals(next.toLowerCase(Locale.ROOT));
            return !TokenShape.isUnit(next) && !(plainInteger && pluralNoun);
        }
        return true;
    }

    private static boolean isPlainInteger(String t) {
        return t.chars().allMatch(Character::isDigit);
    }

    private static boolean isVersionWord(String t) {
        return VERSION_WORDS.contains(t.toLowerCase(Locale.ROOT));
    }

    private static boolean isNameEnd(String t) {
        return TokenShape.isCapitalised(t) || TokenShape.isStrongName(t);
    }
}
