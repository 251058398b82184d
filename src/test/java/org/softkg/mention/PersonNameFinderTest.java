package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;

class PersonNameFinderTest {

    private static List<String> find(String sentence) {
        return Fixtures.show(Fixtures.repair(new PersonNameFinder(), Fixtures.document(null, sentence)));
    }

    @Test
    void twoCapitalisedProperNounsAreAName() {
        assertEquals(List.of("Matthew Dillon/" + Mention.UNTYPED),
                find("According/VERB to/ADP developer/NOUN Matthew/PROPN Dillon/PROPN ,/PUNCT progress/NOUN"));
    }

    @Test
    void firstWordOfTheSentenceMayBeTaggedNoun() {
        assertEquals(List.of("Matthew Dillon/" + Mention.UNTYPED, "Amiga/Device"),
                find("Matthew/NOUN Dillon/PROPN ,/PUNCT an/DET Amiga/PROPN/B-Device developer/NOUN"));
    }

    @Test
    void monthIsNoNamePart() {
        assertEquals(List.of(), find("it/PRON began/VERB in/ADP June/PROPN ./PUNCT"));
    }

    @Test
    void singleWordOpeningTheSentenceIsNotEnough() {
        assertEquals(List.of(), find("Dillon/PROPN started/VERB it/PRON"));
    }

    @Test
    void singleProperNounInsideTheSentenceIsAName() {
        assertEquals(List.of("Zeta/Application", "Contoso/" + Mention.UNTYPED),
                find("Zeta/PROPN/B-Application is/AUX developed/VERB by/ADP Contoso/PROPN ./PUNCT"));
    }

    @Test
    void longRunIsLeftAlone() {
        assertEquals(List.of(), find("the/DET Stepwise/PROPN Logistic/PROPN Regression/PROPN Tool/PROPN works/VERB"));
    }

    @Test
    void fragmentOfALongerNameIsLeftAlone() {
        assertEquals(List.of(), find("on/ADP the/DET International/ADJ Space/PROPN Station/PROPN ./PUNCT"));
    }

    @Test
    void fragmentOfATitleThroughAConnectorIsLeftAlone() {
        assertEquals(List.of(), find("Multipurpose/PROPN Infrastructure/NOUN for/ADP Network/PROPN Application/PROPN ,/PUNCT"));
    }

    @Test
    void peopleJoinedByAndAreBothNames() {
        assertEquals(List.of("Eric Young/" + Mention.UNTYPED, "Tim Hudson/" + Mention.UNTYPED),
                find("by/ADP Eric/PROPN Young/PROPN and/CCONJ Tim/PROPN Hudson/PROPN ,/PUNCT"));
    }

    @Test
    void runTouchingAMentionIsLeftAlone() {
        assertEquals(List.of("Linux/Operating_System"),
                find("by/ADP Linus/PROPN Torvalds/PROPN Linux/PROPN/B-Operating_System runs/VERB"));
    }
}
