package org.softkg.mention;

import java.util.regex.Pattern;

/**
 * What a token looks like: the orthographic tests the repairs share (capitalised, CamelCase,
 * acronym, letters mixed with digits, version number, year, unit, punctuation).
 * POS tags are unreliable on software names ("iPod" comes out as PUNCT, "Apache" as DET),
 * so the repairs decide on shape first and use POS only where shape cannot tell.
 */
public final class TokenShape {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}[\\p{Ll}\\p{Lu}\\p{N}'’.&+-]*");
    /**
     * Starts with a letter, has a lower-case letter followed later by a capital ("DragonFly", "iPhone") or two
     * capitals then a lower-case letter ("DPorts"), and is made of letters, digits and "+" only.
     */
    private static final Pattern CAMEL_CASE = Pattern.compile("(?=\\p{L})(?=.*(\\p{Ll}.*\\p{Lu}|\\p{Lu}\\p{Lu}\\p{Ll}))[\\p{L}\\p{N}+]{3,}");
    /** Plural of an acronym ("CPUs", "APIs", "BIOSes"): a common noun, not a name. */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("\\p{Lu}{2,}(s|es)");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");
    /** Capitals and digits in hyphenated parts, opening with a capital: "DR-DOS", "RS-232", "CRC-32C", "USB-C". */
    private static final Pattern HYPHEN_NAME = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}]*(-[\\p{Lu}\\p{N}]+)+");
    /** Letters then digits, starting with a letter, no hyphen: "X11", "USB4BSD", "IPv6", "HTML5", "i386". */
    private static final Pattern ALPHANUMERIC = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*\\p{N}[\\p{L}\\p{N}]*");
    /**
     * A version: "4.8", "5.2.0", "4.x", "v2", "V1.1", or a plain integer of one or two digits ("Python 3");
     * longer plain integers are model numbers or years ("Atari 2600", "Windows 2000"), and a dotted
     * number with a long first part is a standard number ("802.11").
     */
    private static final Pattern VERSION = Pattern.compile("[vV]\\d+(\\.(\\d+|[xX]))*|\\d{1,2}(\\.(\\d+|[xX]))*");
    private static final Pattern HYPHEN_ADJECTIVE = Pattern.compile(".+-\\p{Ll}+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d.,]*");
    /** A long command-line option: "--verbose", "--compiler-host=tsc". */
    private static final Pattern COMMAND_OPTION = Pattern.compile("--\\p{L}[\\p{L}\\p{N}_-]*(=\\S*)?");
    /** An abbreviated or full commit hash: 7 to 40 lower-case hexadecimal digits, letters and digits mixed. */
    private static final Pattern COMMIT_HASH = Pattern.compile("(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{7,40}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** Roman numerals made of I, V and X only: "II", "XIV"; with C, D, L, M they collide with acronyms ("CD", "CLI", "MIX"). */
    private static final Pattern ROMAN = Pattern.compile("(?=[IVX]{2,})X{0,3}(IX|IV|V?I{0,3})");
    /** Units written after numbers: "GHz", "MB", "KiB", "kbit/s", "mA". */
    private static final Pattern UNIT = Pattern.compile("([kKMGTPmµn]i?)?(Hz|B|b|bit|bits|bps|byte|bytes|W|Wh|V|A|Ah|s|px)(/s)?");

    private TokenShape() {
    }

    /** Only punctuation or symbol characters ("(", "'s" is not, "–" is). */
    public static boolean isPunctuation(String text) {
        return PUNCTUATION.matcher(text).matches();
    }

    /** A hyphenated adjective: "Unix-like", "IBM-compatible", "Linux-based". */
    public static boolean isHyphenAdjective(String text) {
        return HYPHEN_ADJECTIVE.matcher(text).matches();
    }

    /** Has a capital letter or a digit somewhere ("iOS", "x86", "C++"; not "keyboard", "free and open-source"). */
    public static boolean hasCapitalOrDigit(String text) {
        return text.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Starts with a capital letter and has no spaces ("Dillon", "BSD", "FreeBSD"). */
    public static boolean isCapitalised(String text) {
        return CAPITALISED.matcher(text).matches();
    }

    /** Starts with a capital letter followed only by lower-case letters ("Matthew", "Unix"). */
    public static boolean isTitleWord(String text) {
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An internal capital as in "DragonFly", "iPhone", "DPorts"; not an acronym plural like "CPUs", not a unit like "KiB". */
    public static boolean isCamelCase(String text) {
        return CAMEL_CASE.matcher(text).matches() && !ACRONYM_PLURAL.matcher(text).matches() && !isUnit(text);
    }

    /** Two or more capital letters and nothing else ("BSD", "LWKT"), Roman numerals excluded. */
    public static boolean isAcronym(String text) {
        return ACRONYM.matcher(text).matches() && !isRomanNumeral(text);
    }

    /**
     * An acronym name written in hyphenated parts: capitals and digits only, opening with a capital, two capitals
     * or more in all ("DR-DOS", "RS-232", "CRC-32C"; not "X-2", not "A-1").
     */
    public static boolean isHyphenName(String text) {
        return HYPHEN_NAME.matcher(text).matches() && text.chars().filter(Character::isUpperCase).count() >= 2;
    }

    /** Letters mixed with digits, starting with a letter, at least three characters: "X11", "USB4BSD", "IPv6"; not a version like "v2". */
    public static boolean isAlphanumericName(String text) {
        return text.length() >= 3 && ALPHANUMERIC.matcher(text).matches() && !isVersion(text);
    }

    /** A name part by shape alone: CamelCase, an acronym, or letters with digits. */
    public static boolean isStrongName(String text) {
        return isCamelCase(text) || isAcronym(text) || isAlphanumericName(text);
    }

    /** Looks like a version number ("4.8", "5.2.0", "4.x", "v2", "3"). */
    public static boolean isVersion(String text) {
        return VERSION.matcher(text).matches();
    }

    /** The version without a leading "v" ("v2" gives "2"). */
    public static String versionValue(String text) {
        return text.startsWith("v") || text.startsWith("V") ? text.substring(1) : text;
    }

    /** Digits with optional dots and commas ("4.8", "2003", "1,000"). */
    public static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }

    /** A year from 1900 to 2099. */
    public static boolean isYear(String text) {
        return YEAR.matcher(text).matches();
    }

    /**
     * A number that names nothing: a decimal or version number, a year, or an integer of one or two digits.
     * Longer integers stay: they are often names of chips and machines ("8080", "6502", "68000").
     */
    public static boolean isBareNumber(String text) {
        return isNumber(text) && (text.indexOf('.') >= 0 || text.indexOf(',') >= 0 || isYear(text)
                || text.replaceAll("\\D", "").length() <= 2);
    }

    /** A long command-line option ("--verbose", "--jsx=react"): what a program is told, never a name. */
    public static boolean isCommandOption(String text) {
        return COMMAND_OPTION.matcher(text).matches();
    }

    /** A commit hash ("fd65464", "a22598eb26f1..."): a change log's reference to a change, never a name. */
    public static boolean isCommitHash(String text) {
        return COMMIT_HASH.matcher(text).matches();
    }

    /** A Roman numeral of two or more of the letters I, V, X ("II", "XIV"). */
    public static boolean isRomanNumeral(String text) {
        return ROMAN.matcher(text).matches();
    }

    /** A unit of measure written after a number ("GHz", "MB", "KiB"). */
    public static boolean isUnit(String text) {
        return UNIT.matcher(text).matches();
    }
}
