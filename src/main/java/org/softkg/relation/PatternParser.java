package org.softkg.relation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;

/**
 * Compiles the text of a {@code match} line. Syntax, items separated by spaces:
 * <pre>
 *   {S} {O}              a mention slot (exactly one of each, at the top level, never repeated);
 *   {O:Language|Library} typed: any listed type; * = any type; Name = an untyped name may fill it;
 *   {O:Person?}          Person, or an untyped name that then becomes a Person;
 *   {O:License|~license} License, or a mention of any type whose last word has the lemma "license"
 *   {O:Organization}'s   a possessor: the mention and the "'s" (or "'") after it
 *   {O:Device}~variant   the name before a variant noun and "of" ("the [Zeta] version of X"), which other slots refuse
 *   {O:Organization}~qualifier  one name qualifying the noun after it ("other [Zeta] titles A , B"); opening a
 *                        pattern it need not head its clause
 *   word  "("            a token, case-insensitive (quote punctuation and the characters (){}[]&lt;&gt;|?*+")
 *   [fork|derive]        a token with one of these lemmas
 *   &lt;NOUN|PROPN&gt;          a token with one of these UPOS tags
 *   ( a b | c )          alternatives
 *   x?  x*  x+  x{1,3}   quantifiers (greedy)
 *   !with  ![be]  !&lt;NOUN&gt;   the next token is not this (matches no token)
 *   ...{0,3}  ...        a gap of m to n units (default 0 to 3), fewest first; a mention counts as one
 *                        unit; never crosses a clause boundary (; : . which that but...) or a negation
 *   ~~{0,8}              the same gap over plain words only: it never crosses a name
 *   ^                    the start of the sentence or of a clause after . ; : ( or a quote (matches no token)
 * </pre>
 */
final class PatternParser {

    private static final Set<String> UPOS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
            "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");
    private static final String SPECIAL = "(){}[]<>|?*+\"!";
    private static final int DEFAULT_GAP = 3;
    /** Written right after a slot's "}": the slot takes the name before a variant noun and "of". */
    private static final String VARIANT_SUFFIX = "~variant";
    /** Written right after a slot's "}": the slot takes one name that qualifies the noun after it. */
    private static final String QUALIFIER_SUFFIX = "~qualifier";

    private final String src;
    private int pos;
    private int depth;
    private final Set<Boolean> slotsSeen = new HashSet<>();

    PatternParser(String src) {
        this.src = src;
    }

    RulePattern parse() {
        Node root = sequence();
        skipSpace();
        if (pos < src.length()) {
            throw error("unexpected '" + src.charAt(pos) + "'");
        }
        if (!slotsSeen.contains(true) || !slotsSeen.contains(false)) {
            throw new IllegalArgumentException("a pattern needs one {S} and one {O} slot: " + src);
        }
        return new RulePattern(src.strip(), root);
    }

    private Node sequence() {
        List<Node> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= src.length() || peek() == ')' || peek() == '|') {
                break;
            }
            items.add(item());
        }
        if (items.isEmpty()) {
            throw error("empty pattern or alternative");
        }
        return items.size() == 1 ? items.getFirst() : new Node.Sequence(items);
    }

    private Node item() {
        int at = pos;
        Node atom = atom();
        int min;
        int max;
        if (pos < src.length() && peek() == '?') {
            min = 0;
            max = 1;
            pos++;
        } else if (pos < src.length() && peek() == '*') {
            min = 0;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (pos < src.length() && peek() == '+') {
            min = 1;
            max = Integer.MAX_VALUE;
            pos++;
        } else if (startsBounds()) {
            int[] b = bounds();
            min = b[0];
            max = b[1];
        } else {
            return atom;
        }
        if (atom instanceof Node.Slot) {
            pos = at;
            throw error("a slot cannot be optional or repeated");
        }
        if (atom instanceof Node.Gap) {
            pos = at;
            throw error("a gap takes bounds as ...{m,n}, not a quantifier");
        }
        if (atom instanceof Node.Not) {
            pos = at;
            throw error("'!' tests cannot be optional or repeated");
        }
        return new Node.Repeat(atom, min, max);
    }

    private Node atom() {
        char c = peek();
        if (src.startsWith("...", pos)) {
            pos += 3;
            if (startsBounds()) {
                int[] b = bounds();
                return new Node.Gap(b[0], b[1]);
            }
            return new Node.Gap(0, DEFAULT_GAP);
        }
        if (src.startsWith("~~", pos)) {
            pos += 2;
            if (!startsBounds()) {
                throw error("a words-only gap takes bounds: ~~{m,n}");
            }
            int[] b = bounds();
            return new Node.Gap(b[0], b[1], true);
        }
        if (c == '^' && (pos + 1 == src.length() || Character.isWhitespace(src.charAt(pos + 1)))) {
            pos++;
            return new Node.ClauseStart();
        }
        return switch (c) {
            case '!' -> {
                int at = pos;
                pos++;
                if (pos >= src.length() || Character.isWhitespace(peek()) || "{(.".indexOf(peek()) >= 0) {
                    pos = at;
                    throw error("'!' must be followed by a word, [lemma] or <POS>");
                }
                Node test = atom();
                yield new Node.Not((Node.Test) test);
            }
            case '{' -> slot();
            case '[' -> new Node.Test(Node.Field.LEMMA, list(']', false));
            case '<' -> posClass();
            case '(' -> group();
            case '"' -> quoted();
            default -> {
                if (SPECIAL.indexOf(c) >= 0) {
                    throw error("unexpected '" + c + "'");
                }
                int start = pos;
                while (pos < src.length() && !Character.isWhitespace(peek()) && SPECIAL.indexOf(peek()) < 0) {
                    pos++;
                }
                yield new Node.Test(Node.Field.WORD, Set.of(src.substring(start, pos).toLowerCase(Locale.ROOT)));
            }
        };
    }

    private Node group() {
        int open = pos;
        pos++;
        depth++;
        List<Node> alternatives = new ArrayList<>();
        alternatives.add(sequence());
        while (pos < src.length() && peek() == '|') {
            pos++;
            alternatives.add(sequence());
        }
        if (pos >= src.length() || peek() != ')') {
            pos = open;
            throw error("unclosed '('");
        }
        pos++;
        depth--;
        return alternatives.size() == 1 ? alternatives.getFirst() : new Node.Choice(alternatives);
    }

    private Node quoted() {
        int close = src.indexOf('"', pos + 1);
        if (close < 0) {
            throw error("unclosed '\"'");
        }
        String text = src.substring(pos + 1, close);
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            throw error("a quoted word must be one token without spaces");
        }
        pos = close + 1;
        return new Node.Test(Node.Field.WORD, Set.of(text.toLowerCase(Locale.ROOT)));
    }

    private Node posClass() {
        int at = pos;
        Set<String> tags = list('>', true);
        for (String t : tags) {
            if (!UPOS.contains(t)) {
                pos = at;
                throw error("unknown POS tag '" + t + "' (use UPOS: " + String.join(" ", new java.util.TreeSet<>(UPOS)) + ")");
            }
        }
        return new Node.Test(Node.Field.POS, tags);
    }

    /** Reads {@code x|y|z} up to {@code close}, after the opening character. */
    private Set<String> list(char close, boolean keepCase) {
        int open = pos;
        int end = src.indexOf(close, pos + 1);
        if (end < 0) {
            throw error("unclosed '" + src.charAt(open) + "'");
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : src.substring(pos + 1, end).split("\\|", -1)) {
            String v = part.strip();
            if (v.isEmpty() || v.chars().anyMatch(Character::isWhitespace)) {
                throw error("empty or spaced entry in '" + src.substring(open, end + 1) + "'");
            }
            out.add(keepCase ? v : v.toLowerCase(Locale.ROOT));
        }
        pos = end + 1;
        return out;
    }

    private Node slot() {
        int open = pos;
        int end = src.indexOf('}', pos);
        if (end < 0) {
            throw error("unclosed '{'");
        }
        if (depth > 0) {
            throw error("slots must stand at the top level of a pattern, not in a group");
        }
        String body = src.substring(pos + 1, end).strip();
        String role = body;
        String typeList = null;
        int colon = body.indexOf(':');
        if (colon >= 0) {
            role = body.substring(0, colon).strip();
            typeList = body.substring(colon + 1).strip();
        }
        boolean subject;
        if (role.equals("S")) {
            subject = true;
        } else if (role.equals("O")) {
            subject = false;
        } else {
            throw error("a slot is {S} or {O}, optionally typed as {O:Type|Type}; found '{" + body + "}'");
        }
        if (!slotsSeen.add(subject)) {
            throw error("slot {" + role + "} appears twice");
        }
        pos = end + 1;
        boolean possessor = src.startsWith("'s", pos);
        if (possessor) {
            pos += 2;
        }
        boolean variant = src.startsWith(VARIANT_SUFFIX, pos);
        if (variant) {
            pos += VARIANT_SUFFIX.length();
        }
        boolean qualifier = !variant && src.startsWith(QUALIFIER_SUFFIX, pos);
        if (qualifier) {
            pos += QUALIFIER_SUFFIX.length();
        }
        SlotSpec spec = typeList == null ? new SlotSpec(subject, true, Set.of(), false, null, Set.of())
                : typedSpec(subject, body, typeList, open);
        spec = possessor ? spec.asPossessor() : spec;
        spec = qualifier ? spec.asNounQualifier() : spec;
        return new Node.Slot((variant ? spec.asVariantQualifier() : spec).interned());
    }

    private SlotSpec typedSpec(boolean subject, String body, String typeList, int open) {
        boolean any = false;
        boolean names = false;
        String nameType = null;
        Set<String> types = new HashSet<>();
        Set<String> heads = new HashSet<>();
        for (String part : typeList.split("\\|", -1)) {
            String t = part.strip();
            if (t.equals("*")) {
                any = true;
            } else if (t.equals(Mention.UNTYPED)) {
                names = true;
            } else if (t.startsWith("~") && t.length() > 1) {
                heads.add(t.substring(1).toLowerCase(Locale.ROOT));
            } else {
                boolean becomes = t.endsWith("?");
                String name = becomes ? t.substring(0, t.length() - 1) : t;
                EntityType type = EntityType.fromTagName(name).orElse(null);
                if (type == null || name.isEmpty()) {
                    pos = open;
                    throw error("unknown entity type '" + name + "' in slot {" + body + "} (known: "
                            + String.join(", ", EntityType.names()) + ", * for any, Name for untyped names, ~lemma for a head word)");
                }
                types.add(type.tagName());
                if (becomes) {
                    if (nameType != null) {
                        pos = open;
                        throw error("only one type per slot may take untyped names (" + nameType + "? and " + t + ")");
                    }
                    nameType = type.tagName();
                    names = true;
                }
            }
        }
        return new SlotSpec(subject, any, types, names, nameType, heads);
    }

    private boolean startsBounds() {
        return pos + 1 < src.length() && peek() == '{' && Character.isDigit(src.charAt(pos + 1));
    }

    /** Reads {@code {m,n}} or {@code {n}}. */
    private int[] bounds() {
        int open = pos;
        int end = src.indexOf('}', pos);
        if (end < 0) {
            throw error("unclosed '{'");
        }
        String[] parts = src.substring(pos + 1, end).split(",", -1);
        try {
            int min = Integer.parseInt(parts[0].strip());
            int max = parts.length == 1 ? min : Integer.parseInt(parts[1].strip());
            if (parts.length > 2 || min < 0 || max < min) {
                throw new NumberFormatException();
            }
            pos = end + 1;
            return new int[] {min, max};
        } catch (NumberFormatException e) {
            pos = open;
            throw error("bad bounds '" + src.substring(open, end + 1) + "' (want {m,n} with 0 <= m <= n)");
        }
    }

    private char peek() {
        return src.charAt(pos);
    }

    private void skipSpace() {
        while (pos < src.length() && Character.isWhitespace(peek())) {
            pos++;
        }
    }

    private IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("column " + (pos + 1) + ": " + problem);
    }
}
