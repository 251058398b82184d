package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Mention;

class BasedNameSplitterTest {

    private static List<String> find(String sentence) {
        return Fixtures.show(Fixtures.repair(new BasedNameSplitter(), Fixtures.document(null, sentence)));
    }

    @Test
    void untaggedBasedWordNamesItsBase() {
        assertEquals(List.of("Zeta/" + Mention.UNTYPED, "Orbit/Application"),
                find("the/DET Zeta-based/PROPN Orbit/PROPN/B-Application browser/NOUN"));
    }

    @Test
    void anUntaggedBaseThatIsAProgrammingLanguageIsTypedSo() {
        assertEquals(List.of("Python/Language", "Orbit/Application"),
                find("a/DET Python-based/ADJ Orbit/PROPN/B-Application tool/NOUN"));
        assertEquals(List.of("Python/Language"), find("a/DET Python-based/ADJ file/NOUN manager/NOUN"));
    }

    @Test
    void modelNumberJoinsTheNameBeforeIt() {
        assertEquals(List.of("Kappa 6800/Architecture"),
                find("a/DET Kappa/PROPN/B-Architecture 6800-based/ADJ machine/NOUN"));
    }

    @Test
    void taggedNameThatGoesOnIsSplit() {
        assertEquals(List.of("Zeta/" + Mention.UNTYPED, "Orbit/Application"),
                find("the/DET Zeta-based/PROPN/B-Application Orbit/PROPN/I-Application browser/NOUN"));
    }

    @Test
    void lowerCaseBaseIsNoName() {
        assertEquals(List.of(), find("a/DET web-based/ADJ tool/NOUN"));
    }

    @Test
    void compatibleWrittenApartBeforeANounJoinsTheNameAsItsBase() {
        List<String> found = find("a/DET Zeta/PROPN/B-Device compatible/ADJ computer/NOUN");
        assertEquals(List.of("Zeta/Device"), found);
        Document d = Fixtures.document(null, "a/DET Zeta/PROPN/B-Device compatible/ADJ computer/NOUN");
        Mention m = Fixtures.repair(new BasedNameSplitter(), d).get(0);
        assertEquals(2, m.span().length());
        assertEquals("-compatible", BasedNameSplitter.suffixOfBase(d.sentences().get(0), m));
    }

    @Test
    void compatibleWrittenApartEndingItsClauseJoinsToo() {
        Document d = Fixtures.document(null, "is/AUX Zeta/PROPN/B-Device compatible/ADJ ./PUNCT");
        Mention m = Fixtures.repair(new BasedNameSplitter(), d).get(0);
        assertEquals("-compatible", BasedNameSplitter.suffixOfBase(d.sentences().get(0), m));
    }

    @Test
    void compatibleWithIsNoModifierAndALowerCaseBaseNamesNothing() {
        Document with = Fixtures.document(null, "is/AUX Zeta/PROPN/B-Device compatible/ADJ with/ADP Kappa/PROPN/B-Device");
        Mention zeta = Fixtures.repair(new BasedNameSplitter(), with).get(0);
        assertEquals(1, zeta.span().length());
        Document lower = Fixtures.document(null,
                "is/AUX backward/ADJ/B-General_Concept compatible/ADJ/I-General_Concept games/NOUN");
        Mention backward = Fixtures.repair(new BasedNameSplitter(), lower).get(0);
        assertEquals(null, BasedNameSplitter.suffixOfBase(lower.sentences().get(0), backward));
    }

    @Test
    void wordsOfMakingGivingAndInspiringNameTheirBase() {
        Document d = Fixtures.document(null, "the/DET Zeta-provided/ADJ Orbit/PROPN/B-Protocol portions/NOUN");
        List<Mention> m = Fixtures.repair(new BasedNameSplitter(), d);
        assertEquals(List.of("Zeta/" + Mention.UNTYPED, "Orbit/Protocol"), Fixtures.show(m));
        assertEquals("-provided", BasedNameSplitter.suffixOfBase(d.sentences().get(0), m.get(0)));
        assertEquals(List.of("Kappa/" + Mention.UNTYPED, "Orbit/Device"),
                find("the/DET Kappa-designed/ADJ Orbit/PROPN/B-Device"));
        assertEquals(List.of("Quill/" + Mention.UNTYPED), find("a/DET Quill-inspired/ADJ design/NOUN"));
        assertEquals(List.of("Quill/" + Mention.UNTYPED), find("a/DET Quill-influenced/ADJ language/NOUN"));
    }

    @Test
    void aNationalityWithAWordOfMakingIsNoBase() {
        assertEquals(List.of("Orbit/Device"), find("the/DET Soviet-designed/ADJ Orbit/PROPN/B-Device"));
        assertEquals(List.of(), find("a/DET custom-designed/ADJ board/NOUN"));
    }
}
