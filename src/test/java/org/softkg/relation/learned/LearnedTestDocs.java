package org.softkg.relation.learned;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.softkg.eval.GoldFact;
import org.softkg.eval.GoldSentence;
import org.softkg.eval.Split;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.nlp.PosLemmaAnnotator;
import org.softkg.pipeline.Pipeline;
import org.softkg.pipeline.StandardPipeline;
import org.softkg.rdf.Vocab;
import org.softkg.relation.ExampleSentence;
import org.softkg.relation.RuleSet;

/** Test helpers: annotated sentences from example markup, a tiny gold set written here, a model trained on it. */
final class LearnedTestDocs {

    private static final PosLemmaAnnotator ANNOTATOR = new PosLemmaAnnotator();
    private static RelationClassifier tiny;

    private LearnedTestDocs() {
    }

    /** A POS- and lemma-annotated one-sentence document, each mention linked to "e:" + its lower-cased text. */
    static synchronized Document annotated(String markup) {
        return ANNOTATOR.process(ExampleSentence.parse(markup).toDocument("test",
                t -> "e:" + t.toLowerCase(Locale.ROOT)));
    }

    /** The tagged tokens of the markup as a sentence (untyped names are tagged O, as in a WikiSER file). */
    static Sentence sentence(String markup) {
        return Sentence.ofTokens(0, ExampleSentence.parse(markup).tokens());
    }

    /** The rules of softkg. */
    static RuleSet rules() {
        return RuleSet.loadDefault(Vocab.relationNames());
    }

    private static final String[][] NAMES = {
        {"Alphix", "Betalang"}, {"Kappix", "Lambdalang"}, {"Zetix", "Etalang"}, {"Thetix", "Iotalang"},
        {"Muxo", "Nulang"}, {"Xixo", "Pilang"}, {"Rhox", "Taulang"}, {"Upsix", "Philang"},
    };

    /**
     * The tiny gold set: in "[A] zorbles [B]" (a verb no rule knows) A is written in B; in "[A] and [B] are listed"
     * nothing is stated.
     */
    static List<TrainingSentence> tinyGold() {
        Pipeline rulesOnly = StandardPipeline.rulesOnly(rules());
        List<TrainingSentence> out = new ArrayList<>();
        int id = 0;
        for (String[] n : NAMES) {
            String yes = "[" + n[0] + "|Application] zorbles [" + n[1] + "|Language] .";
            out.add(TrainingSentence.of(rulesOnly, gold(id++, List.of(GoldFact.of(n[0], "writtenIn", n[1]))), sentence(yes)));
            String no = "[" + n[0] + "|Application] and [" + n[1] + "|Language] are listed .";
            out.add(TrainingSentence.of(rulesOnly, gold(id++, List.of()), sentence(no)));
        }
        return out;
    }

    static GoldSentence gold(int id, List<GoldFact> facts) {
        return new GoldSentence(id, "0000000" + (id % 10), Split.TUNE, facts, 0, 1);
    }

    /** A model trained on {@link #tinyGold}, threshold 0.5, probability as confidence. */
    static synchronized RelationClassifier tinyModel() {
        if (tiny == null) {
            tiny = new RelationClassifier(new RelationTrainer(100, 0.1, 0, 1, false).train(tinyGold()),
                    Calibration.uncalibrated(0.5));
        }
        return tiny;
    }
}
