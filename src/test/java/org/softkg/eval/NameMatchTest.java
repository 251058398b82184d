package org.softkg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Entity;

/** Name matching: normalised labels, the gold's alternative names, the extracted entity's aliases. */
class NameMatchTest {

    private static final GoldFact NOSCRIPT = new GoldFact("NoScript", List.of("NoScript Security Suite"), "developedBy",
            "Giorgio Maone", List.of(), null, null);

    @Test
    void sameNameUnderNormalisationMatches() {
        assertTrue(ExtractedFact.of("noscript", "developedBy", "Giorgio  Maone").matches(NOSCRIPT), "case and spaces");
        assertTrue(ExtractedFact.of("the NoScript", "developedBy", "Giorgio Maone").matches(NOSCRIPT), "leading article");
        assertTrue(ExtractedFact.of("Spacewar!", "influencedBy", "TMG")
                .matches(GoldFact.of("Spacewar !", "influencedBy", "TMG")), "tokenised sign");
        assertTrue(ExtractedFact.of("kd-trees", "similarTo", "BIH")
                .matches(GoldFact.of("kd trees", "similarTo", "BIH")), "hyphen read as space, plural");
    }

    @Test
    void abbreviationPeriodDoesNotMatter() {
        assertTrue(ExtractedFact.of("iOS", "developedBy", "Apple Inc")
                .matches(GoldFact.of("iOS", "developedBy", "Apple Inc.")), "period lost by the extractor");
        assertTrue(ExtractedFact.of("MTDS", "developedBy", "Litton Systems Inc.")
                .matches(GoldFact.of("MTDS", "developedBy", "Litton Systems Inc .")), "period a token of its own");
    }

    @Test
    void goldAlternativeMatches() {
        assertTrue(ExtractedFact.of("NoScript Security Suite", "developedBy", "Giorgio Maone").matches(NOSCRIPT));
    }

    @Test
    void entityAliasMatches() {
        Entity subject = new Entity("e:1", "NoScript Security Suite (NSS)", Set.of("NoScript"), Set.of("Application"));
        Entity object = new Entity("e:2", "Maone", Set.of("Giorgio Maone"), Set.of("Person"));
        assertTrue(ExtractedFact.of(subject, "developedBy", object, "r").matches(NOSCRIPT));
    }

    @Test
    void otherNameRelationOrDirectionDoesNotMatch() {
        assertFalse(ExtractedFact.of("NoScript", "developedBy", "Mozilla").matches(NOSCRIPT), "other object");
        assertFalse(ExtractedFact.of("NoScript", "uses", "Giorgio Maone").matches(NOSCRIPT), "other relation");
        assertFalse(ExtractedFact.of("Giorgio Maone", "developedBy", "NoScript").matches(NOSCRIPT), "reversed");
        assertFalse(ExtractedFact.of("NoScript Suite", "developedBy", "Giorgio Maone").matches(NOSCRIPT),
                "a name is matched whole, not in part");
        assertFalse(ExtractedFact.of("C", "writtenIn", "C++").matches(GoldFact.of("C", "writtenIn", "C#")));
    }

    @Test
    void theVersionTheGraphRecordsCompletesAVersionedGoldName() {
        Entity subject = new Entity("e:1", "Quill", Set.of(), Set.of("Application"));
        Entity object = new Entity("e:2", "Zeta OS", Set.of("Zeta"), Set.of("Operating_System"));
        GoldFact gold = GoldFact.of("Quill", "runsOn", "Zeta 3");
        assertTrue(ExtractedFact.of(subject, null, "runsOn", object, "3", "r").matches(gold), "alias and version");
        assertFalse(ExtractedFact.of(subject, null, "runsOn", object, "2", "r").matches(gold), "another version");
        assertFalse(ExtractedFact.of(subject, "runsOn", object, "r").matches(gold), "no version recorded");
    }
}
