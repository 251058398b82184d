package org.softkg.relation.learned;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

class PairFeaturesTest {

    private static List<String> features(String markup, int pair) {
        Document d = LearnedTestDocs.annotated(markup);
        List<Candidate> pairs = CandidatePairs.of(d.sentences().get(0), d.mentionsIn(0));
        return List.of(PairFeatures.of(pairs.get(pair)));
    }

    private static void assertHas(List<String> features, String... expected) {
        for (String e : expected) {
            assertTrue(features.contains(e), "no feature " + e + " in " + features);
        }
    }

    @Test
    void wordsBetweenVerbsCuesAndTypes() {
        List<String> f = features("[Quillo|Application] was developed by [Brasso Labs|Organization] in 2001 .", 0);
        assertHas(f, "t1=Application", "t2=Organization", "tt=Application|Organization", "bw=develop", "bw=by",
                "bv=develop", "bp=develop+by", "cue=by", "bf0=be", "bl0=by", "w-1=<S>", "w+1=in", "opens=true",
                "nb=0", "dist=2-3", "path=be_develop_by");
    }

    @Test
    void otherMentionsBetweenBecomeTheirTypesAndNoNameIsAFeature() {
        List<String> f = features("[Quillo|Application] , a fork of [Morra|Application] , runs on [Vexa|Operating_System] .", 1);
        assertHas(f, "nb=1", "path=,_a_fork_of_<Application>_,_run_on", "cue=,", "cue=of", "nbt1=1");
        for (String x : f) {
            String l = x.toLowerCase(Locale.ROOT);
            assertFalse(l.contains("morra") || l.contains("quillo") || l.contains("vexa"), x);
        }
    }

    @Test
    void headNounAfterAMentionAndParentheses() {
        String s = "[Quillo|Application] is released under the [Brim|License] license ( see [Zed|Application] ) .";
        assertHas(features(s, 0), "h2=license", "paren2=false", "bw=under", "bw=release");
        assertHas(features(s, 2), "paren2=true", "paren1=false");
    }
}
