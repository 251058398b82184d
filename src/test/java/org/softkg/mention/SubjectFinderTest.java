package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;

class SubjectFinderTest {

    private static List<String> find(String title, String... sentences) {
        return Fixtures.show(Fixtures.repair(new SubjectFinder(), Fixtures.document(title, sentences)));
    }

    @Test
    void untaggedTitleBecomesAMentionOfTheTypeTheDocumentGivesIt() {
        assertEquals(List.of("DragonFly BSD/Operating_System", "DragonFly BSD/Operating_System"),
                find("DragonFly BSD", "DragonFly/PROPN/B-Operating_System BSD/PROPN/I-Operating_System is/AUX free/ADJ",
                        "Dillon/PROPN announced/VERB DragonFly/PROPN BSD/PROPN in/ADP June/PROPN"));
    }

    @Test
    void halfTaggedTitleAbsorbsItsPart() {
        assertEquals(List.of("DragonFly BSD/Operating_System"),
                find("DragonFly BSD", "DragonFly/PROPN BSD/PROPN/B-Operating_System supports/VERB HAMMER/PROPN"));
    }

    @Test
    void titleWithoutTypedMentionIsUntyped() {
        assertEquals(List.of("Frobnicator Suite/" + Mention.UNTYPED),
                find("Frobnicator_Suite", "the/DET Frobnicator/PROPN Suite/PROPN runs/VERB"));
    }

    @Test
    void distinctiveTitleHeadAloneIsTheSubject() {
        assertEquals(List.of("DragonFly BSD/Operating_System", "DragonFly/Operating_System"),
                find("DragonFly BSD", "DragonFly/PROPN/B-Operating_System BSD/PROPN/I-Operating_System is/AUX free/ADJ",
                        "Dillon/PROPN started/VERB DragonFly/PROPN in/ADP 2003/NUM"));
    }

    @Test
    void plainTitleHeadAloneIsNotTheSubject() {
        assertEquals(List.of(), find("Google Chrome", "Google/PROPN released/VERB it/PRON"));
    }

    @Test
    void matchIsCaseSensitive() {
        assertEquals(List.of(), find("Git", "to/PART git/VERB it/PRON"));
    }

    @Test
    void aPackageTitleWithCapitalsIsAlsoFoundInLowerCase() {
        // a README titled "Zeta-Store" writes the package's name "zeta-store"; a plain word stays case-sensitive
        assertEquals(List.of("zeta-store/" + Mention.UNTYPED),
                find("Zeta-Store", "zeta-store/NOUN is/AUX a/DET client/NOUN"));
        assertEquals(List.of(), find("Zetastore", "zetastore/NOUN is/AUX a/DET client/NOUN"));
    }

    @Test
    void longerMentionAroundTheTitleIsKept() {
        assertEquals(List.of("FreeBSD Ports collection/Application"),
                find("FreeBSD", "the/DET FreeBSD/PROPN/B-Application Ports/PROPN/I-Application collection/NOUN/I-Application"));
    }

    @Test
    void disambiguationSuffixIsNotPartOfTheTitle() {
        assertEquals(List.of("Mach/Operating_System", "Mach/Operating_System"),
                find("Mach (kernel)", "Mach/PROPN/B-Operating_System is/AUX a/DET kernel/NOUN", "Mach/PROPN runs/VERB"));
    }
}
