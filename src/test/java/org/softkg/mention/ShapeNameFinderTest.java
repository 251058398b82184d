package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;

class ShapeNameFinderTest {

    private static List<String> find(String... sentences) {
        return Fixtures.show(Fixtures.repair(new ShapeNameFinder(), Fixtures.document(null, sentences)));
    }

    @Test
    void camelCaseTokenIsAName() {
        assertEquals(List.of("DPorts/" + Mention.UNTYPED), find("the/DET project/NOUN created/VERB DPorts/NOUN ,/PUNCT"));
    }

    @Test
    void lettersWithDigitsAreAName() {
        assertEquals(List.of("USB4BSD/" + Mention.UNTYPED, "FreeBSD/Operating_System"),
                find("USB4BSD/SYM imported/VERB from/ADP FreeBSD/PROPN/B-Operating_System"));
    }

    @Test
    void properNounAcronymIsAName() {
        assertEquals(List.of("CARP/" + Mention.UNTYPED), find("As/ADP of/ADP 2011/NUM ,/PUNCT CARP/PROPN support/NOUN"));
    }

    @Test
    void hyphenatedCapitalsAndLongAcronymsAreNamesWhateverTheirTag() {
        assertEquals(List.of("QX-DOS/" + Mention.UNTYPED), find("Some/DET QX-DOS/NOUN files/NOUN carried/VERB headers/NOUN"));
        assertEquals(List.of("ZORBIX/" + Mention.UNTYPED), find("the/DET ZORBIX/NOUN standard/NOUN defines/VERB it/PRON"));
        // an acronym after it is no title word: the name is found and grows over it as any shape name does
        assertEquals(List.of("KV-9000 CPU/" + Mention.UNTYPED), find("it/PRON uses/VERB a/DET KV-9000/ADJ CPU/NOUN"));
        // one capital is no acronym name; an all-capitals verb stays a verb
        assertEquals(List.of(), find("the/DET X-2/NOUN sequel/NOUN ,/PUNCT then/ADV INSTALL/VERB it/PRON"));
        // a word of a longer capitalised name: left to the finder of capitalised runs
        assertEquals(List.of(), find("used/VERB in/ADP QTU-T/NOUN Zeta.hn/PROPN ,/PUNCT"));
    }

    @Test
    void acronymTaggedAsCommonNounIsNot() {
        assertEquals(List.of(), find("sending/VERB asynchronous/ADJ IPI/NOUN messages/NOUN"));
    }

    @Test
    void acronymTheDocumentNamesElsewhereIsANameWhateverItsTag() {
        assertEquals(List.of("CARP/Application", "CARP/Application"),
                find("referred/VERB to/ADP as/ADP CARP/PROPN/B-Application", "CARP/NOUN support/NOUN is/AUX integrated/VERB"));
    }

    @Test
    void lowerCaseRomanNumeralsPluralsAndUnitsAreNot() {
        assertEquals(List.of(), find("via/ADP pkgng/NOUN ,/PUNCT part/NOUN II/PROPN ,/PUNCT CPUs/PROPN with/ADP 16/NUM MB/PROPN"));
    }

    @Test
    void versionLikeTokenIsNot() {
        assertEquals(List.of(), find("upgraded/VERB to/ADP v2/PROPN today/NOUN"));
    }

    @Test
    void nameGrowsOverAdjacentNameTokens() {
        assertEquals(List.of("Microsoft SQL Server/" + Mention.UNTYPED),
                find("runs/VERB on/ADP Microsoft/PROPN SQL/PROPN Server/PROPN ./PUNCT"));
    }

    @Test
    void nameTypedElsewhereInTheDocumentKeepsItsType() {
        assertEquals(List.of("DPorts/Application", "DPorts/Application"),
                find("DPorts/PROPN/B-Application is/AUX new/ADJ", "created/VERB DPorts/PROPN ./PUNCT"));
    }

    @Test
    void acronymWithModelNumberAndProductLineIsOneName() {
        assertEquals(List.of("HP 64700 Series/" + Mention.UNTYPED),
                find("on/ADP their/PRON HP/NOUN 64700/NUM Series/PROPN systems/NOUN ,/PUNCT"));
    }
}
