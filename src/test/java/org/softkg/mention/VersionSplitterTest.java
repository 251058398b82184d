package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Span;

class VersionSplitterTest {

    private static List<Mention> split(String sentence) {
        return Fixtures.repair(new VersionSplitter(), Fixtures.document(null, sentence));
    }

    private static List<String> show(String sentence) {
        return Fixtures.show(split(sentence));
    }

    @Test
    void splitsUntaggedVersionAfterName() {
        List<Mention> m = split("forked/VERB from/ADP FreeBSD/PROPN/B-Operating_System 4.8/NUM ./PUNCT");
        assertEquals(List.of("FreeBSD/Operating_System v4.8"), Fixtures.show(m));
        assertEquals(new Span(2, 3), m.get(0).span());
    }

    @Test
    void splitsDottedVersionInsideTheSpan() {
        assertEquals(List.of("TLS/Protocol v1.3"), show("of/ADP TLS/PROPN/B-Protocol 1.3/NUM/I-Protocol was/AUX"));
    }

    @Test
    void splitsSeriesVersion() {
        assertEquals(List.of("FreeBSD/Operating_System v4.x"),
                show("the/DET FreeBSD/PROPN/B-Operating_System 4.x/PROPN series/NOUN"));
    }

    @Test
    void splitsPlainIntegerAfterName() {
        assertEquals(List.of("Python/Language v3"), show("ported/VERB to/ADP Python/PROPN/B-Language 3/NUM ./PUNCT"));
    }

    @Test
    void untypedNameTakesNoPlainIntegerVersion() {
        Document d = Fixtures.document(null, "logged/VERB in/ADP as/ADP USER/PROPN 0/NUM ./PUNCT");
        Mention user = Mentions.of(d.sentences().get(0), new Span(3, 4), Mention.UNTYPED, null);
        assertEquals(List.of("USER/" + Mention.UNTYPED),
                Fixtures.show(Fixtures.repair(new VersionSplitter(), d.withMentions(List.of(user)))));
    }

    @Test
    void keepsTaggedPlainIntegerInTheName() {
        assertEquals(List.of("Nintendo 64/Device"), show("for/ADP the/DET Nintendo/PROPN/B-Device 64/NUM/I-Device"));
    }

    @Test
    void splitsVersionAfterVersionWord() {
        assertEquals(List.of("Chrome/Application v49"),
                show("discontinued/VERB on/ADP Chrome/PROPN/B-Application version/NOUN 49/NUM )/PUNCT"));
    }

    @Test
    void dropsVersionWordInsideTheSpan() {
        assertEquals(List.of("GNU General Public License/License v3"),
                show("under/ADP GNU/PROPN/B-License General/PROPN/I-License Public/PROPN/I-License License/PROPN/I-License "
                        + "Version/PROPN/I-License 3/NUM ./PUNCT"));
    }

    @Test
    void stripsVPrefix() {
        assertEquals(List.of("GPL/License v2"), show("under/ADP GPL/PROPN/B-License v2/NOUN ./PUNCT"));
    }

    @Test
    void numberWithUnitIsAQuantity() {
        assertEquals(List.of("Snapdragon/Device"), show("a/DET Snapdragon/PROPN/B-Device 2.0/NUM GHz/NOUN chip/NOUN"));
    }

    @Test
    void integerBeforePluralNounIsACount() {
        assertEquals(List.of("Xeon/Device"), show("two/NUM Xeon/PROPN/B-Device 8/NUM cores/NOUN"));
    }

    @Test
    void modelNumbersAndYearsAreNoVersions() {
        assertEquals(List.of("Atari/Device", "Windows/Operating_System"),
                show("the/DET Atari/PROPN/B-Device 2600/NUM and/CCONJ Windows/PROPN/B-Operating_System 2000/NUM"));
    }

    @Test
    void commonNounTakesNoVersion() {
        assertEquals(List.of("ring/Architecture"), show("in/ADP ring/NOUN/B-Architecture 2/NUM ./PUNCT"));
    }

    @Test
    void twoReleasesOfOneProductKeepTheirVersions() {
        assertEquals(List.of("Windows 10/Operating_System", "Windows 8.1/Device"),
                show("announced/VERB Windows/PROPN/B-Operating_System 10/NUM/I-Operating_System as/ADP the/DET "
                        + "successor/NOUN to/ADP Windows/PROPN/B-Device 8.1/NUM/I-Device ./PUNCT"));
        assertEquals(List.of("iOS 7/Operating_System", "iOS 6/Operating_System"),
                show("iOS/PROPN/B-Operating_System 7/NUM is/AUX the/DET successor/NOUN to/ADP "
                        + "iOS/PROPN/B-Operating_System 6/NUM ./PUNCT"));
    }

    @Test
    void releasesAfterAVersionWordKeepIt() {
        List<Mention> m = split("SystemRDL/PROPN/B-Language 1.0/NUM was/AUX superseded/VERB by/ADP "
                + "SystemRDL/PROPN/B-Language version/NOUN 2.0/NUM ./PUNCT");
        assertEquals(List.of("SystemRDL 1.0/Language", "SystemRDL version 2.0/Language"), Fixtures.show(m));
        assertEquals(new Span(5, 8), m.get(1).span());
    }

    @Test
    void aProductWithAndWithoutVersionIsStillSplit() {
        assertEquals(List.of("FreeBSD/Operating_System v4.8", "FreeBSD/Operating_System"),
                show("forked/VERB from/ADP FreeBSD/PROPN/B-Operating_System 4.8/NUM by/ADP "
                        + "FreeBSD/PROPN/B-Operating_System developers/NOUN"));
    }

    @Test
    void releasesOfDifferentProductsAreSplitAsUsual() {
        assertEquals(List.of("FreeBSD/Operating_System v4.8", "Linux/Operating_System v2.6"),
                show("FreeBSD/PROPN/B-Operating_System 4.8/NUM and/CCONJ Linux/PROPN/B-Operating_System 2.6/NUM"));
    }

    @Test
    void organisationsHaveNoVersions() {
        assertEquals(List.of("University of Zeta/Organization"),
                show("at/ADP University/PROPN/B-Organization of/ADP/I-Organization Zeta/PROPN/I-Organization 6/NUM ,/PUNCT"));
    }

    @Test
    void untypedProductOfTypedReleasesTakesTheirType() {
        Document d = Fixtures.document(null, "Zeta-DOS/PROPN ,/PUNCT then/ADV Zeta/PROPN/B-Device DOS/PROPN/I-Device 6.0/NUM "
                + "and/CCONJ Zeta/PROPN/B-Device DOS/PROPN/I-Device 7.0/NUM");
        Mention bare = Mentions.of(d.sentences().get(0), new Span(0, 1), Mention.UNTYPED, null);
        List<Mention> all = new java.util.ArrayList<>(List.of(bare));
        all.addAll(d.mentions());
        assertEquals(List.of("Zeta-DOS/Device", "Zeta DOS 6.0/Device", "Zeta DOS 7.0/Device"),
                Fixtures.show(Fixtures.repair(new VersionSplitter(), d.withMentions(all))));
    }

    @Test
    void aReleaseDatedInBracketsKeepsItsVersion() {
        assertEquals(List.of("Quill 2.3/Application", "Zeta/License"),
                show("Quill/PROPN/B-Application 2.3/NUM (/PUNCT December/PROPN 1999/NUM )/PUNCT was/AUX the/DET first/ADJ"
                        + " under/ADP Zeta/PROPN/B-License ./PUNCT"));
        assertEquals(List.of("Quill 6.0/Application"),
                show("Quill/PROPN/B-Application 6.0/NUM/I-Application (/PUNCT 1991/NUM )/PUNCT added/VERB it/PRON"));
        // no date in the brackets, or no brackets: the version is split off as before
        assertEquals(List.of("Quill/Application v2.3"),
                show("Quill/PROPN/B-Application 2.3/NUM (/PUNCT beta/NOUN )/PUNCT was/AUX released/VERB in/ADP 1999/NUM"));
        assertEquals(List.of("Quill/Application v2.3"),
                show("Quill/PROPN/B-Application 2.3/NUM was/AUX released/VERB in/ADP December/PROPN 1999/NUM"));
    }
}
