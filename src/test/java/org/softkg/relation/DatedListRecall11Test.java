package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.rdf.Vocab;

/**
 * Platform lists whose members carry dates (recall11, docs/constructions.md, "Constructions and checks added in the ninth session"): "released for [A] in 2007 , for [B]
 * in 2016", "ported to [A] in 2002 , [B] in 2004 , on [C] in 2010", and the lists that must stay short. Invented
 * sentences.
 */
class DatedListRecall11Test {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(Vocab.relationNames());

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void membersWithDatesAndTheirOwnPrepositions() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay", "quill runsOn orbit", "quill runsOn zeta"),
                facts("[Quill|Application] was released for the [Kappa|Device] in 2007 in Japan and in 2008 in the West , "
                        + "for [Relay|Application] and [Orbit|Application] in 2016 , and for [Zeta|Device] in 2017 ."));
    }

    @Test
    void aPlaceTheNameFinderTookForANameStaysInTheDate() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay"),
                facts("[Quill|Application] was released for the [Kappa|Device] in 2007 in [Japan|Name] , and for "
                        + "[Relay|Application] in 2009 ."));
    }

    @Test
    void membersWithDatesOfDifferentPrepositions() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay", "quill runsOn orbit"),
                facts("[Quill|Application] was made available for [Kappa|Application] in August 2013 , [Relay|Application] "
                        + "since January 2014 , and [Orbit|Application] since December 2014 ."));
    }

    @Test
    void aPortListThatChangesItsPreposition() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay", "quill runsOn orbit", "quill runsOn zeta",
                "quill runsOn delta"),
                facts("[Quill|Application] was ported to the [Kappa|Device] in 2002 , [Relay|Application] in 2004 , on "
                        + "[Orbit|Device] in 2010 , and on [Zeta|Application] and [Delta|Device] in 2019 ."));
    }

    @Test
    void aDayAndYearDate() {
        assertEquals(Set.of("quill runsOn kappa", "quill runsOn relay"),
                facts("[Quill|Application] was released on [Kappa|Device] on November 8 , 2011 , and on [Relay|Device] "
                        + "on March 3 , 2017 ."));
    }

    @Test
    void aNewClauseAfterTheDateIsNoMember() {
        assertEquals(Set.of("quill runsOn kappa", "relay runsOn orbit"),
                facts("[Quill|Application] was released for the [Kappa|Device] in 1990 , and [Relay|Application] was "
                        + "released for the [Orbit|Device] in 1991 ."));
    }

    @Test
    void placesWithoutADateAreNoRun() {
        assertEquals(Set.of("quill runsOn kappa"),
                facts("[Quill|Application] was released for the [Kappa|Device] in Japan , [Relay|Name] , a company ."));
    }

    @Test
    void onlyReleasePrepositionsOpenARun() {
        // a slot after "by" is no platform list: the dated phrase does not join a second maker
        assertEquals(Set.of("quill developedBy kappa soft"),
                facts("[Quill|Application] was developed by [Kappa Soft|Name] in 1990 , with [Relay|Application] in 1995 ."));
    }
}
