package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LabelNormalizerTest {

    private static void same(String a, String b) {
        assertEquals(LabelNormalizer.key(a), LabelNormalizer.key(b), a + " vs " + b);
    }

    private static void different(String a, String b) {
        assertNotEquals(LabelNormalizer.key(a), LabelNormalizer.key(b), a + " vs " + b);
    }

    @Test
    void caseAndWhitespaceDoNotMatter() {
        same("FreeBSD", "freebsd");
        same("Internet Exchange", " Internet   eXchange ");
        assertEquals("freebsd", LabelNormalizer.key("FreeBSD"));
    }

    @Test
    void compatibilityFormsAreFolded() {
        same("ＦｒｅｅＢＳＤ", "FreeBSD");
        same("Straße", "STRASSE");
    }

    @Test
    void cFamilySignsKeepNamesApart() {
        different("C", "C++");
        different("C", "C#");
        different("C++", "C#");
        different("C", "C--");
    }

    @Test
    void dotsAreKept() {
        assertEquals(".net", LabelNormalizer.key(".NET"));
        different(".NET", "NET");
        different("Node.js", "NodeJS");
        different("X.org", "Xorg");
    }

    @Test
    void hyphensUnderscoresDashesAndSpacesAreOne() {
        same("open-source", "open source");
        same("open_source", "open source");
        same("ZX-Spectrum", "ZX Spectrum");
        same("Diffie–Hellman", "Diffie - Hellman");
    }

    @Test
    void trailingPossessiveIsDropped() {
        same("Python 's", "Python");
        same("Google's", "Google");
        same("Google’s", "Google");
        same("processors '", "processor");
    }

    @Test
    void leadingTheIsDropped() {
        same("the Xbox 360", "Xbox 360");
        same("The Wii", "Wii");
        assertEquals("the", LabelNormalizer.key("The"));
        different("Theano", "ano");
    }

    @Test
    void surroundingQuotesAndEdgePunctuationAreTrimmed() {
        same("\"quoted\"", "quoted");
        same("“quoted”", "quoted");
        same("HTTP .", "HTTP");
        same("<iso646.h>", "iso646.h");
        same("PRN :", "PRN");
        same("MS-DOS ®", "MS-DOS");
    }

    @Test
    void innerQuotesStay() {
        assertEquals("Mac OS X \" Lion \"", LabelNormalizer.displayForm("Mac OS X \" Lion \""));
    }

    @Test
    void tokenisedPunctuationEqualsWrittenPunctuation() {
        same("Yahoo !", "Yahoo!");
        same("AT & T", "AT&T");
        different("Yahoo !", "Yahoo");
    }

    @Test
    void pluralsOfCommonNounsMerge() {
        same("file systems", "file system");
        same("HAMMER file systems", "HAMMER file system");
        same("libraries", "library");
        same("mutexes", "mutex");
        same("processes", "process");
        same("caches", "cache");
        same("switches", "switch");
        same("cookies", "cookie");
        same("arrays", "array");
        same("databases", "database");
    }

    @Test
    void acronymPluralsMerge() {
        same("APIs", "API");
        same("BSDs", "BSD");
        same("IBM PCs", "IBM PC");
    }

    @Test
    void capitalisedNamesAreNotSingularised() {
        different("Windows", "Window");
        different("Jenkins", "Jenkin");
        different("Google Docs", "Google Doc");
    }

    @Test
    void wordsThatOnlyLookPluralStay() {
        assertEquals("process", LabelNormalizer.key("process"));
        assertEquals("analysis", LabelNormalizer.key("analysis"));
        assertEquals("status", LabelNormalizer.key("status"));
        assertEquals("series", LabelNormalizer.key("series"));
        assertEquals("graphics", LabelNormalizer.key("graphics"));
        assertEquals("https", LabelNormalizer.key("https"));
        assertEquals("nodejs", LabelNormalizer.key("nodejs"));
        assertEquals("illumos", LabelNormalizer.key("illumos"));
    }

    @Test
    void displayFormKeepsCaseAndCleansEdges() {
        assertEquals("Xbox 360", LabelNormalizer.displayForm("the  Xbox 360"));
        assertEquals("Google", LabelNormalizer.displayForm("Google 's"));
        assertEquals("superportable", LabelNormalizer.displayForm("\" superportable \""));
        assertEquals(".NET Framework", LabelNormalizer.displayForm(".NET Framework"));
    }

    @Test
    void abbreviationsKeepTheirPeriodAndShareTheKeyWithoutIt() {
        assertEquals("Apple Inc.", LabelNormalizer.displayForm("Apple Inc."));
        assertEquals("Litton Systems Inc.", LabelNormalizer.displayForm("Litton Systems Inc ."));
        assertEquals("Zeta S.A.", LabelNormalizer.displayForm("Zeta S.A. ,"));
        assertEquals("Zeta Ltd.", LabelNormalizer.displayForm("the Zeta Ltd."));
        same("Apple Inc.", "Apple Inc");
        same("Litton Systems Inc .", "Litton Systems Inc.");
        assertEquals("apple inc", LabelNormalizer.key("Apple Inc."));
    }

    @Test
    void otherFinalPeriodsGo() {
        assertEquals("FreeBSD", LabelNormalizer.displayForm("FreeBSD ."));
        assertEquals("Inc", LabelNormalizer.displayForm("Inc."));
        assertEquals("Node.js", LabelNormalizer.displayForm("Node.js"));
    }
}
