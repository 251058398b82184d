package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Mention;

class KnownOrganizationsTest {

    private static List<String> typed(Set<String> names, String sentence) {
        Document d = Fixtures.document(null, sentence);
        List<Mention> found = MentionRepair.applyOne(new CapitalisedNameFinder(), d, d.mentions());
        return Fixtures.show(MentionRepair.applyOne(new KnownOrganizations(names), d, found));
    }

    @Test
    void anUntypedNameOnTheListBecomesAnOrganization() {
        assertEquals(List.of("Contoso/Organization"),
                typed(Set.of("Contoso"), "a/DET near-partnership/NOUN with/ADP Contoso/PROPN ,/PUNCT which/PRON "
                        + "wanted/VERB a/DET replacement/NOUN"));
    }

    @Test
    void aTypeFromTheTagsStaysAndUnlistedNamesStayUntyped() {
        assertEquals(List.of("Contoso/Application", "Fabrikam/Name"),
                typed(Set.of("Contoso"), "Contoso/PROPN/B-Application runs/VERB on/ADP machines/NOUN of/ADP "
                        + "Fabrikam/PROPN ./PUNCT"));
    }

    @Test
    void aHandWrittenCompanyOverridesASoftwareTagButNotAPerson() {
        Document d = Fixtures.document(null, "Contoso/PROPN/B-Application and/CCONJ Fabrikam/PROPN/B-Application "
                + "merged/VERB ./PUNCT");
        KnownOrganizations repair = new KnownOrganizations(Set.of("Contoso", "Fabrikam"), Set.of("Contoso"));
        assertEquals(List.of("Contoso/Organization", "Fabrikam/Application"),
                Fixtures.show(MentionRepair.applyOne(repair, d, d.mentions())));
        Document p = Fixtures.document(null, "Contoso/PROPN/B-Person spoke/VERB ./PUNCT");
        assertEquals(List.of("Contoso/Person"), Fixtures.show(MentionRepair.applyOne(repair, p, p.mentions())));
    }

    @Test
    void theHandWrittenListOfCompaniesIsShippedToo() {
        // thirty-first session: well-known companies beside the names the corpus types (companies.txt)
        Set<String> shipped = KnownOrganizations.shippedNames();
        assertTrue(shipped.containsAll(Set.of("Novell", "Texas Instruments", "Square Enix")), shipped.toString());
        assertTrue(!shipped.contains("Nintendo Switch") && !shipped.contains("Square"), "products and common words");
    }

    @Test
    void theShippedListTypesItsNamesInTheWholeRepair() {
        Set<String> shipped = KnownOrganizations.shippedNames();
        int count = shipped.size();
        String oneWord = shipped.stream().filter(n -> n.matches("[A-Z][a-z]{3,}")).sorted().findFirst().orElseThrow();
        assertTrue(count > 100, "the shipped list holds " + count + " names");
        List<Mention> mentions = Fixtures.repaired("The turning point came with a near-partnership with " + oneWord
                + " , which was seeking a replacement .");
        assertEquals(List.of(oneWord + "/Organization"), Fixtures.show(mentions));
    }
}
