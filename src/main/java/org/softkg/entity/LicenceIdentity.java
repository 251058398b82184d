package org.softkg.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of a licence: the name its IRI is minted from. Texts name one licence many ways ("GPL", "GNU GPL",
 * "GNU General Public License", "GNU General Public Licence"), and a bare word that names a licence
 * often names something else too ("MIT" the institute, "BSD" the operating systems, "Apache" the web server).
 * Entity IRIs are minted from labels ({@link IriMinter}), so without this each spelling would be an entity of its
 * own in the store, and the licence "MIT" would share its IRI with the institute.
 *
 * <p>{@link #iriName} gives, for an entity's label and types, the name to mint its IRI from:
 * <ul>
 *   <li>a name of a well-known licence, in any of its usual spellings and abbreviations, gives the licence's full
 *       name ({@link #KNOWN}: "GPL", "GNU GPL", "GPL license", "GNU General Public Licence" all give "GNU General
 *       Public License"). A version written apart is no part of a name ("Apache License 2.0" is "Apache License"
 *       with version 2.0, as for any entity); one written into a name ("GPLv2", "GPL-3.0-or-later") keeps the name
 *       apart, since "GPLv2" and "GPLv3" are different licences that one merged entity would show as one. Names that only name a licence ("LGPL", "Mozilla Public License") are read so whatever
 *       the entity's type; bare words that name other things as well ("MIT", "BSD", "Apache", "zlib") only for an
 *       entity typed {@code License};</li>
 *   <li>any other licence's name is written with "License" for "Licence" ("Zeta Licence" and "Zeta License" are
 *       one licence);</li>
 *   <li>every other entity keeps its label.</li>
 * </ul>
 * The label itself is not changed (an entity is shown as its text writes it); only the IRI, so facts about one
 * licence from many documents meet in the store. The list holds licence names only (facts, from the SPDX list's
 * full names), never a document's entities.
 */
public final class LicenceIdentity {

    /** The type name of licences. */
    private static final String LICENSE_TYPE = "License";

    /**
     * Full names of well-known licences and the other names texts give them, as comparison keys
     * ({@link LabelNormalizer#key}, "licence" read as "license"). Names marked with a leading
     * {@code ?} name other things too and count only for an entity typed {@code License}.
     */
    private static final Map<String, List<String>> KNOWN = Map.ofEntries(
            Map.entry("GNU General Public License", List.of("gpl", "gnu gpl", "gpl license", "gnu gpl license",
                    "gnu public license", "general public license", "gnu general public license")),
            Map.entry("GNU Lesser General Public License", List.of("lgpl", "gnu lgpl", "lgpl license", "lesser gpl",
                    "gnu lesser gpl", "gnu lesser general public license", "lesser general public license",
                    "gnu library general public license", "library general public license", "library gpl")),
            Map.entry("GNU Affero General Public License", List.of("agpl", "gnu agpl", "agpl license", "affero gpl",
                    "gnu affero general public license", "affero general public license")),
            Map.entry("GNU Free Documentation License", List.of("gfdl", "gnu fdl", "gnu free documentation license",
                    "free documentation license")),
            Map.entry("MIT License", List.of("?mit", "mit license", "expat license", "mit expat license")),
            Map.entry("BSD License", List.of("?bsd", "bsd license")),
            Map.entry("Apache License", List.of("?apache", "?asl", "apache license", "apache software license",
                    "apache public license")),
            Map.entry("Mozilla Public License", List.of("mpl", "mpl license", "mozilla public license",
                    "mozilla license")),
            Map.entry("Eclipse Public License", List.of("?epl", "eclipse public license", "eclipse license")),
            Map.entry("Common Development and Distribution License", List.of("cddl", "cddl license",
                    "common development and distribution license")),
            Map.entry("Common Public License", List.of("?cpl", "common public license")),
            Map.entry("Artistic License", List.of("?artistic", "artistic license", "perl artistic license")),
            Map.entry("zlib License", List.of("?zlib", "zlib license")),
            Map.entry("ISC License", List.of("?isc", "isc license")),
            Map.entry("Boost Software License", List.of("?boost", "boost license", "boost software license")),
            Map.entry("Microsoft Public License", List.of("ms pl", "microsoft public license")),
            Map.entry("Microsoft Reciprocal License", List.of("ms rl", "microsoft reciprocal license")),
            Map.entry("Sun Industry Standards Source License", List.of("sissl",
                    "sun industry standards source license")),
            Map.entry("European Union Public License", List.of("eupl", "european union public license")),
            Map.entry("Python Software Foundation License", List.of("psfl", "psf license",
                    "python software foundation license")),
            Map.entry("Do What The F*ck You Want To Public License", List.of("wtfpl")),
            Map.entry("The Unlicense", List.of("unlicense")));

    /** Comparison key -> full name, for keys that only name a licence. */
    private static final Map<String, String> ANY_TYPE = new HashMap<>();
    /** Comparison key -> full name, for keys that name a licence only in an entity typed License. */
    private static final Map<String, String> LICENCES_ONLY = new HashMap<>();

    static {
        KNOWN.forEach((name, keys) -> {
            for (String k : keys) {
                if (k.startsWith("?")) {
                    LICENCES_ONLY.put(k.substring(1), name);
                } else {
                    ANY_TYPE.put(k, name);
                }
            }
        });
    }

    private static final Pattern LICENCE_WORD = Pattern.compile("(?i)\\blicen[cs]e(s?)\\b");
    /** Words before a licence's name that say which licence it is no more than the name does. */
    private static final Set<String> OPENERS = Set.of("the ");

    private LicenceIdentity() {
    }

    /** The name to mint the IRI of an entity with this label and these types from. */
    public static String iriName(String label, Set<String> types) {
        boolean licence = types.contains(LICENSE_TYPE);
        Optional<String> known = knownName(label, licence);
        if (known.isPresent()) {
            return known.get();
        }
        return licence ? usSpelling(label) : label;
    }

    /** The full name of the well-known licence {@code name} names, if any. */
    static Optional<String> knownName(String name, boolean typedLicence) {
        String key = LabelNormalizer.key(usSpelling(name));
        for (String opener : OPENERS) {
            if (key.startsWith(opener)) {
                key = key.substring(opener.length());
            }
        }
        String full = ANY_TYPE.get(key);
        if (full == null && typedLicence) {
            full = LICENCES_ONLY.get(key);
        }
        if (full != null) {
            return Optional.of(full);
        }
        return Optional.empty();
    }

    /** "Licence" written "License", keeping the case of its first letter ("GNU General Public Licence"). */
    static String usSpelling(String name) {
        Matcher m = LICENCE_WORD.matcher(name);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String fixed = (Character.isUpperCase(word.charAt(0)) ? "L" : "l")
                    + (word.substring(1, 5).equals(word.substring(1, 5).toUpperCase(Locale.ROOT)) ? "ICENSE" : "icense")
                    + m.group(1);
            m.appendReplacement(sb, Matcher.quoteReplacement(fixed));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
