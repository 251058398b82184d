package org.softkg.relation.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

class CandidatePairsTest {

    private static List<String> pairs(String markup) {
        Document d = LearnedTestDocs.annotated(markup);
        return CandidatePairs.of(d.sentences().get(0), d.mentionsIn(0)).stream()
                .map(c -> c.first().text() + "|" + c.second().text()).toList();
    }

    @Test
    void everyPairOfNamesInTextOrder() {
        assertEquals(List.of("Quillo|Morra", "Quillo|Vexa", "Morra|Vexa"),
                pairs("[Quillo|Application] uses [Morra|Library] and [Vexa|Library] ."));
    }

    @Test
    void pronounsNumbersVerbsAndLowerCasePhrasesAreNoArguments() {
        assertEquals(List.of(), pairs("[It|Application] [forked|Application] code on [4.8|Operating_System] in the "
                + "[web browser|Application] ."));
    }

    @Test
    void pairsFarApartAreLeftOut() {
        String filler = " word".repeat(CandidatePairs.MAX_GAP + 1);
        assertEquals(List.of(), pairs("[Quillo|Application]" + filler + " [Morra|Library] ."));
        assertEquals(List.of("Quillo|Morra"), pairs("[Quillo|Application] word [Morra|Library] ."));
    }
}
