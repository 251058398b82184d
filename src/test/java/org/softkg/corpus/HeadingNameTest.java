package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadingNameTest {

    @Test
    void aTaglineAfterAColonOrADashIsNoPartOfTheName() {
        assertEquals("Quill", HeadingName.of("Quill: a static site generator for blogs"));
        assertEquals("quill.js", HeadingName.of("quill.js - Logic-less templates with JavaScript"));
        assertEquals("Quill", HeadingName.of("Quill — Fast builds · Smart caches"));
        assertEquals("Quill", HeadingName.of("Quill | The friendly editor"));
    }

    @Test
    void theKindOfDocumentAndItsReleaseGo() {
        assertEquals("Larkspur", HeadingName.of("Larkspur 2.4 release notes"));
        assertEquals("Larkspur", HeadingName.of("Larkspur documentation"));
        assertEquals("larkspur", HeadingName.of("larkspur v4.18.1"));
        assertEquals("larkspur", HeadingName.of("larkspur(1) -- the site builder"));
        assertEquals("Larkspur", HeadingName.of("Welcome to the Larkspur User Guide"));
    }

    @Test
    void aNumberThatNamesAProductStays() {
        assertEquals("Orbit 10", HeadingName.of("Orbit 10"));
        assertEquals("HAMMER2 file system", HeadingName.of("HAMMER2 file system"));
    }

    @Test
    void aHeadingThatIsAllTaglineOrAllKindStaysWhole() {
        assertEquals("Documentation", HeadingName.of("Documentation"));
        assertEquals("Release notes", HeadingName.of("Release notes"));
        assertEquals(": a colon first", HeadingName.of(": a colon first"));
        assertEquals("Welcome to", HeadingName.of("Welcome to"));
    }

    @Test
    void aSectionHeadingNamesNoSubject() {
        assertTrue(HeadingName.isSection("Description"));
        assertTrue(HeadingName.isSection("Getting started:"));
        assertFalse(HeadingName.isSection("Quill"));
        assertFalse(HeadingName.isSection("Quill documentation"));
    }

    @Test
    void aChangeLogsReleaseHeadingsNameNoSubject() {
        assertTrue(HeadingName.isSection("Change Log"));
        assertTrue(HeadingName.isSection("History"));
        assertTrue(HeadingName.isSection("6.0.0 (2025-02-28)"));
        assertTrue(HeadingName.isSection("v5.10.2 - 2026-06-18"));
        assertTrue(HeadingName.isSection("3.3.0 - 26 June, 2026"));
        assertTrue(HeadingName.isSection("Master (Unreleased)"));
        assertTrue(HeadingName.isSection("About this changelog"));
        assertFalse(HeadingName.isSection("ChangeLog - Zeta Node.js Driver"));
        assertEquals("Zeta Node.js Driver", HeadingName.of("ChangeLog - Zeta Node.js Driver"));
        assertEquals("quill", HeadingName.of("Changelog: quill"));
        assertFalse(HeadingName.isSection("Quill Changelog"));
        assertFalse(HeadingName.isSection("V8"));
        assertFalse(HeadingName.isSection("Windows 10"));
        assertFalse(HeadingName.isSection("Next.js"));
        assertEquals("Quill", HeadingName.of("Quill Changelog"));
    }
}
