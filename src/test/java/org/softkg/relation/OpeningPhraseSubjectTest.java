package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * "In FIELD , a [X] is ...": the comma after a phrase that opens the sentence is no apposition's comma, so the "a"
 * after it opens the sentence's subject (recall14a). An apposition after a name keeps its reading: its name only
 * qualifies the noun after it. Invented sentences.
 */
class OpeningPhraseSubjectTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void aTermOfArtAfterAnOpeningPhraseIsTheSubject() {
        assertEquals(Set.of("zeta tree developedBy ann lee"),
                facts("In [computer science|General_Concept] , a [zeta tree|Data_Structure] is a "
                        + "[self-balancing binary search tree|Data_Structure] , invented by [Ann Lee|Name] in 1989 ."));
    }

    @Test
    void aNameAfterAnOpeningPhraseIsTheSubject() {
        assertEquals(Set.of("quill basedOn zeta"),
                facts("In computing , a [Quill|Library] is a library based on [Zeta|Library] ."));
    }

    @Test
    void anAppositionAfterANameStillOnlyQualifies() {
        assertEquals(Set.of("kappa developedBy contoso"),
                facts("[Kappa|Application] , a [Quill|Library] clone developed by [Contoso|Name] , is fast ."));
    }
}
