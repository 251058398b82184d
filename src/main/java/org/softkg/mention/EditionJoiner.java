package org.softkg.mention;

import java.util.List;
import java.util.Set;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Repair: a tagged name and the edition word or Roman numeral right after it, which the tags often leave out
 * ("[Zeta] Plus ( [Zeta] Version 3 ) includes ...", "[Orbit 2000] Server", "the [Kappa] II retains ..."). The
 * edition is part of the product's name: "Zeta Plus" is another product than "Zeta", and a fact about one is no
 * fact about the other. One untagged word joins, an {@link #EDITIONS edition word} (general English of product
 * lines: "Plus", "Pro", "Server", "Mobile", "Home", "Professional") or a Roman numeral from II to X, when the name
 * ends in a capitalised word, a name-shaped word or a number, and no capitalised word follows the edition (a longer
 * run is a title or a table row). People's names and list-like sentences are left alone.
 */
public final class EditionJoiner implements Repair {

    /** Words that name an edition of a product line, after the line's name. */
    static final Set<String> EDITIONS = Set.of("Plus", "Pro", "Lite", "Premium", "Professional", "Deluxe", "Ultimate",
            "Home", "Enterprise", "Server", "Mobile", "Express", "Classic", "Mini", "Max", "Ultra", "Portable", "SE",
            "Touch", "Starter", "Workstation");

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (ListLikeSentence.test(sentence)) {
            return mentions;
        }
        return Mentions.grownRight(sentence, mentions, EditionJoiner::editionEnd, (s, grown, end) -> grown);
    }

    /** The end of {@code m} grown over the edition word after it, or -1. */
    private static int editionEnd(Sentence s, Mention m, boolean[] covered) {
        int i = m.span().end();
        if (i >= s.size() || covered[i] || EntityType.PERSON.tagName().equals(m.type())) {
            return -1;
        }
        String last = s.token(i - 1).text();
        boolean nameEnd = ModelSuffixJoiner.isNameEnd(last) || last.chars().allMatch(Character::isDigit);
        String t = s.token(i).text();
        boolean edition = EDITIONS.contains(t) || TokenShape.isRomanNumeral(t) && !t.equals("I");
        if (!nameEnd || !edition) {
            return -1;
        }
        boolean more = i + 1 < s.size() && (covered[i + 1] || Character.isUpperCase(s.token(i + 1).text().charAt(0)));
        return more ? -1 : i + 1;
    }
}
