package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeTrimmerTest {

    private static List<String> trim(String sentence) {
        return Fixtures.show(Fixtures.repair(new EdgeTrimmer(), Fixtures.document(null, sentence)));
    }

    @Test
    void trimsLeadingDeterminer() {
        assertEquals(List.of("Eclipse Foundation/Application"),
                trim("provided/VERB by/ADP the/DET/B-Application Eclipse/PROPN/I-Application Foundation/PROPN/I-Application ./PUNCT"));
    }

    @Test
    void trimsTrailingPunctuationAndPossessive() {
        assertEquals(List.of("HTTP/Protocol", "Linux/Application"),
                trim("over/ADP HTTP/PROPN/B-Protocol ./PUNCT/I-Protocol Unlike/ADP Linux/PROPN/B-Application 's/PART/I-Application code/NOUN"));
    }

    @Test
    void trimsPrepositionAndAuxiliaries() {
        assertEquals(List.of("runtime/Library", "resumed/Operating_System"),
                trim("loaded/VERB at/ADP/B-Library runtime/NOUN/I-Library and/CCONJ must/AUX/B-Operating_System be/AUX/I-Operating_System resumed/VERB/I-Operating_System"));
    }

    @Test
    void anOpeningBracketClosedOutsideTheNameEndsIt() {
        assertEquals(List.of("Zeta OS/Operating_System", "Orbit ( II )/Application"),
                trim("for/ADP Zeta/PROPN/B-Operating_System OS/PROPN/I-Operating_System (/PUNCT/I-Operating_System Lynx/PROPN/I-Operating_System ,/PUNCT Puma/PROPN )/PUNCT"
                        + " and/CCONJ Orbit/PROPN/B-Application (/PUNCT/I-Application II/PROPN/I-Application )/PUNCT/I-Application ./PUNCT"));
    }

    @Test
    void keepsFunctionWordsInsideAName() {
        assertEquals(List.of("Google Summer of Code/Application"),
                trim("a/DET Google/PROPN/B-Application Summer/PROPN/I-Application of/ADP/I-Application Code/PROPN/I-Application project/NOUN"));
    }

    @Test
    void keepsNameFinalExclamationMark() {
        assertEquals(List.of("Yahoo !/Application"),
                trim("owned/VERB by/ADP Yahoo/PROPN/B-Application !/PUNCT/I-Application"));
    }

    @Test
    void dropsMentionOfFunctionWordsOnly() {
        assertEquals(List.of(), trim("free/ADJ and/CCONJ/B-License open/ADJ"));
    }

    @Test
    void keepsSentenceInitialTheOpeningATitle() {
        assertEquals(List.of("The Lord of the Rings Online/Application"),
                trim("The/DET/B-Application Lord/PROPN/I-Application of/ADP/I-Application the/DET/I-Application Rings/PROPN/I-Application Online/PROPN/I-Application launched/VERB"));
    }

    @Test
    void trimsSentenceInitialTheBeforeACommonNounPhrase() {
        assertEquals(List.of("GNU operating system/Operating_System"),
                trim("The/DET/B-Operating_System GNU/PROPN/I-Operating_System operating/NOUN/I-Operating_System system/NOUN/I-Operating_System is/AUX free/ADJ"));
    }

    @Test
    void stripsQuotesAroundTheMention() {
        assertEquals(List.of("wafer/Architecture"),
                trim("a/DET \"/PUNCT/B-Architecture wafer/NOUN/I-Architecture \"/PUNCT/I-Architecture of/ADP silicon/NOUN"));
    }

    @Test
    void movesInvertedTitleArticleOut() {
        assertEquals(List.of("Technomancer/Application"),
                trim("released/VERB Technomancer/PROPN/B-Application ,/PUNCT/I-Application The/DET/I-Application in/ADP 2016/NUM"));
    }
}
