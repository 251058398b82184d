package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeVerbTrimmerTest {

    private static List<String> trim(String sentence) {
        return Fixtures.show(Fixtures.repair(new ChangeVerbTrimmer(), Fixtures.document(null, sentence)));
    }

    @Test
    void theVerbOpeningAChangeLogLineIsCutOffTheName() {
        assertEquals(List.of("Node.js 14/Application"),
                trim("Drop/VERB/B-Application Node.js/PROPN/I-Application 14/NUM/I-Application support/NOUN"));
        assertEquals(List.of("Quillbase/Library"),
                trim("Fix/VERB/B-Library based/VERB on/ADP Quillbase/PROPN/B-Library"));
    }

    @Test
    void aLabelInCapitalsAloneGoes() {
        assertEquals(List.of("Float/Data_Structure"),
                trim("REFACTOR/NOUN/B-Application use/VERB Float/PROPN/B-Data_Structure values/NOUN"));
    }

    @Test
    void theWordStaysASubjectOrANameWithANumber() {
        assertEquals(List.of("Handle/Application"), trim("Handle/PROPN/B-Application is/AUX a/DET tool/NOUN"));
        assertEquals(List.of("Build/Application"), trim("Build/PROPN/B-Application runs/VERB on/ADP Linux/PROPN"));
        assertEquals(List.of("Build 2016/Application"),
                trim("Build/PROPN/B-Application 2016/NUM/I-Application was/AUX held/VERB"));
        assertEquals(List.of("Quill/Application"), trim("Fix/VERB for/ADP Quill/PROPN/B-Application"));
    }
}
