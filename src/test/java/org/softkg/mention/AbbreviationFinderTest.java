package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Span;

class AbbreviationFinderTest {

    private static List<String> find(String sentence) {
        return Fixtures.show(Fixtures.repair(new AbbreviationFinder(), Fixtures.document(null, sentence)));
    }

    @Test
    void untaggedAcronymGetsTheTypeOfItsLongForm() {
        assertEquals(List.of("symmetric multiprocessing/Operating_System", "SMP/Operating_System"),
                find("complicates/VERB symmetric/ADJ/B-Operating_System multiprocessing/NOUN/I-Operating_System "
                        + "(/PUNCT SMP/PROPN )/PUNCT support/NOUN"));
    }

    @Test
    void untaggedLongFormGetsTheTypeOfItsShortForm() {
        assertEquals(List.of("Routing Information Protocol/Protocol", "RIP/Protocol"),
                find("the/DET Routing/PROPN Information/PROPN Protocol/PROPN (/PUNCT RIP/PROPN/B-Protocol )/PUNCT"));
    }

    @Test
    void untaggedPairIsUntyped() {
        assertEquals(List.of("lightweight kernel threads/" + Mention.UNTYPED, "LWKT/" + Mention.UNTYPED),
                find("implementing/VERB lightweight/ADJ kernel/NOUN threads/NOUN (/PUNCT LWKT/PROPN )/PUNCT ,/PUNCT"));
    }

    @Test
    void shortFormIntroducedInsideTheParenthesis() {
        assertEquals(List.of("Common Address Redundancy Protocol/Application", "CARP/Application"),
                find("of/ADP Common/ADJ/B-Application Address/NOUN/I-Application Redundancy/NOUN/I-Application "
                        + "Protocol/NOUN/I-Application (/PUNCT commonly/ADV referred/VERB to/ADP as/ADP CARP/PROPN )/PUNCT"));
    }

    @Test
    void longMentionGrowsOverTheWordsTheShortFormSpells() {
        assertEquals(List.of("device file system/Application", "devfs/Application"),
                find("a/DET new/ADJ device/NOUN file/NOUN/B-Application system/NOUN/I-Application (/PUNCT devfs/NOUN )/PUNCT"));
    }

    @Test
    void shortFormFollowedByCommaCounts() {
        assertEquals(List.of("Service Location Protocol/Protocol", "SLP/Protocol"),
                find("The/DET Service/PROPN/B-Protocol Location/PROPN/I-Protocol Protocol/PROPN/I-Protocol "
                        + "(/PUNCT SLP/PROPN ,/PUNCT srvloc/NOUN )/PUNCT"));
    }

    @Test
    void parenthesisThatSpellsNothingIsIgnored() {
        assertEquals(List.of("FreeBSD/Operating_System"),
                find("from/ADP FreeBSD/PROPN/B-Operating_System (/PUNCT GPL/PROPN )/PUNCT and/CCONJ"));
    }

    @Test
    void yearInParenthesesIsIgnored() {
        assertEquals(List.of("FreeBSD/Operating_System"),
                find("from/ADP FreeBSD/PROPN/B-Operating_System (/PUNCT 2003/NUM )/PUNCT"));
    }

    @Test
    void untaggedLongFormNeedsTwoWords() {
        assertEquals(List.of(), find("the/DET Bluetooth/PROPN (/PUNCT BT/PROPN )/PUNCT radio/NOUN"));
    }

    @Test
    void findReportsTheSpansOfBothForms() {
        Document d = Fixtures.document(null, "the/DET Secure/PROPN/B-Protocol Shell/PROPN/I-Protocol (/PUNCT "
                + "SSH/PROPN/B-Protocol )/PUNCT protocol/NOUN");
        assertEquals(List.of(new Abbreviation(0, new Span(1, 3), new Span(4, 5))),
                AbbreviationFinder.find(d.sentences().get(0), d.mentions()));
    }
}
