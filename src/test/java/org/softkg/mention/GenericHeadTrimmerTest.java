package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenericHeadTrimmerTest {

    private static List<String> trim(String sentence) {
        return Fixtures.show(Fixtures.repair(new GenericHeadTrimmer(), Fixtures.document(null, sentence)));
    }

    @Test
    void trimsProjectAfterName() {
        assertEquals(List.of("FreeBSD/Operating_System"),
                trim("within/ADP the/DET FreeBSD/PROPN/B-Operating_System project/NOUN/I-Operating_System ./PUNCT"));
    }

    @Test
    void trimsTwoWordTypeHead() {
        assertEquals(List.of("Python/Language"),
                trim("in/ADP the/DET Python/PROPN/B-Language programming/NOUN/I-Language language/NOUN/I-Language"));
    }

    @Test
    void trimsArchitectureAfterANameByItsShapeOnly() {
        assertEquals(List.of("Zx86/Architecture"),
                trim("ran/VERB on/ADP the/DET Zx86/PROPN/B-Architecture architecture/NOUN/I-Architecture ./PUNCT"));
        assertEquals(List.of("KAPPA/Architecture"),
                trim("the/DET KAPPA/PROPN/B-Architecture architecture/NOUN/I-Architecture"));
        assertEquals(List.of("Quillford architecture/Architecture"),
                trim("the/DET Quillford/PROPN/B-Architecture architecture/NOUN/I-Architecture"));
        assertEquals(List.of("ZTTP/Protocol", "Quillford protocol/Protocol"),
                trim("the/DET ZTTP/PROPN/B-Protocol protocol/NOUN/I-Protocol and/CCONJ the/DET "
                        + "Quillford/PROPN/B-Protocol protocol/NOUN/I-Protocol"));
        assertEquals(List.of("the Zx86 Architecture/Architecture"),
                trim("in/ADP the/DET/B-Architecture Zx86/PROPN/I-Architecture Architecture/PROPN/I-Architecture"));
    }

    @Test
    void keepsLinuxKernelWhole() {
        assertEquals(List.of("Linux kernel/Operating_System"),
                trim("the/DET Linux/PROPN/B-Operating_System kernel/NOUN/I-Operating_System"));
    }

    @Test
    void keepsCapitalisedHeadOfATitle() {
        assertEquals(List.of("Unified Modeling Language/Language"),
                trim("in/ADP Unified/PROPN/B-Language Modeling/PROPN/I-Language Language/PROPN/I-Language"));
    }

    @Test
    void keepsHeadWhenTheRestIsNoName() {
        assertEquals(List.of("Unix-like operating system/Operating_System", "assembly language/Language"),
                trim("a/DET Unix-like/ADJ/B-Operating_System operating/NOUN/I-Operating_System system/NOUN/I-Operating_System "
                        + "in/ADP assembly/NOUN/B-Language language/NOUN/I-Language"));
    }

    @Test
    void keepsPlainCapitalisedWordOpeningTheSentence() {
        assertEquals(List.of("Free language/Language"),
                trim("Free/PROPN/B-Language language/NOUN/I-Language is/AUX"));
    }
}
