package org.softkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * A sentence with no subject that opens with its predicate (a README's feature list, a line of release notes) is said
 * of the document's main subject ({@code relation.ImpliedSubject}). Invented Markdown and plain-text documents, read
 * end to end as raw text (shipped name finder, POS tagger, rules).
 */
class ImpliedSubjectTest {

    private static final String README = """
            # Quillmark

            Quillmark is a static site generator.

            ## Features

            - Runs on Linux, macOS and Windows.
            - Written in Rust.
            - Licensed under the MIT License.
            - Uses SQLite for its cache.
            - A fork of Hugo.
            - Fast.
            - See the docs.
            - Linux support is planned.
            """;

    @Test
    void aFeatureListIsSaidOfTheTitle() {
        Set<String> f = RawDocuments.facts(RawDocuments.read("README.md", README));
        assertTrue(f.containsAll(Set.of("quillmark runsOn linux", "quillmark runsOn macos", "quillmark runsOn windows",
                "quillmark writtenIn rust", "quillmark license mit license", "quillmark uses sqlite",
                "quillmark forkedFrom hugo")), f.toString());
    }

    @Test
    void aBulletWithNoPredicateOrWithASubjectGivesNothing() {
        // "- Fast.", "- See the docs." and "- Linux support is planned." name nothing the document is or does
        Set<String> f = RawDocuments.facts(RawDocuments.read("README.md", README));
        assertEquals(7, f.size(), f.toString());
        assertFalse(f.stream().anyMatch(s -> s.startsWith("linux ")), f.toString());
    }

    @Test
    void releaseNotesLines() {
        String notes = """
                # Zetamail

                Zetamail is an email client.

                ## Version 2.0

                - Adds support for Kappa.
                - Now runs on FreeBSD.
                - Ported to Haiku.
                - Compatible with Thunderbird.
                - Implementation of IMAP.
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("CHANGES.md", notes));
        assertTrue(f.containsAll(Set.of("zetamail supports kappa", "zetamail runsOn freebsd",
                "zetamail compatibleWith thunderbird", "zetamail implements imap")), f.toString());
    }

    @Test
    void supportDroppedOrRemovedIsNoSupport() {
        String notes = """
                # Zetamail

                Zetamail is an email client.

                ## Version 3.0

                - Dropped support for Windows.
                - Removed support for Haiku.
                - Drop support for Solaris and OpenBSD.
                - Adds support for FreeBSD.
                - Added experimental support for Kappa.
                - Add support for Quillbase.
                - feat: add support for Zetabase
                - Fix support for Plan 9.
                - Zetamail dropped compatibility with Thunderbird and now runs on NetBSD.
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("CHANGES.md", notes));
        assertTrue(f.containsAll(Set.of("zetamail supports freebsd", "zetamail supports kappa",
                "zetamail supports quillbase", "zetamail supports zetabase", "zetamail supports plan 9",
                "zetamail runsOn netbsd")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.matches(".* (windows|haiku|solaris|openbsd|thunderbird)")), f.toString());
    }

    @Test
    void identifiersInInlineCodeAreNoSoftware() {
        // an option in backticks is a member of an API; a package's name in backticks and a platform stay names
        String notes = """
                # Zetamail

                Zetamail is an email client.

                ## Version 3.0

                - Added support for `fillBlockCache` query option.
                - Added support for `Kappa`.
                - `toJSON` now uses Quillbase internally.
                - Added support for iOS.
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("CHANGES.md", notes));
        assertTrue(f.containsAll(Set.of("zetamail supports kappa", "zetamail supports ios")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("fillblockcache") || x.contains("tojson")), f.toString());
    }

    @Test
    void aChangeLogsReplacementIsNoSuccession() {
        String notes = """
                # Zetamail

                Zetamail is an email client.

                ## Version 3.0

                - Replace Kappa with Quillbase in the tutorials.
                - replaced Haiku with FreeBSD in the build matrix
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("CHANGES.md", notes));
        assertFalse(f.stream().anyMatch(x -> x.contains("successorOf")), f.toString());
    }

    @Test
    void aFrontedParticipleKeepsItsOwnSubject() {
        String md = """
                # Quillmark

                Quillmark is a static site generator.

                - Based on Hugo, Zetapress is a blog engine.
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("README.md", md));
        assertFalse(f.contains("quillmark basedOn hugo"), f.toString());
    }

    @Test
    void aHeadingIsNoSentenceOfTheSubject() {
        String md = """
                # Quillmark

                Quillmark is a static site generator.

                ## Ported to Haiku

                The port is maintained by volunteers.
                """;
        Document d = RawDocuments.read("README.md", md);
        assertTrue(d.sentences().get(2).heading(), d.sentences().get(2).text());
        assertFalse(RawDocuments.facts(d).stream().anyMatch(s -> s.contains("haiku")), RawDocuments.facts(d).toString());
    }

    @Test
    void aPlainTextNamedAfterItsSubject() {
        // no heading: the title is the file name's, and it is the main subject once the text names it
        String text = "Zetamail is an email client.\n\nRuns on FreeBSD and Haiku.\n";
        assertTrue(RawDocuments.facts(RawDocuments.read("Zetamail.txt", text)).contains("zetamail runsOn freebsd"),
                RawDocuments.facts(RawDocuments.read("Zetamail.txt", text)).toString());
    }

    @Test
    void withoutAMainSubjectNothingIsImplied() {
        // a file named after nothing its text names: no main subject, so no subject to imply
        String text = "Zetamail is an email client.\n\nRuns on FreeBSD and Haiku.\n";
        Set<String> f = RawDocuments.facts(RawDocuments.read("NOTES.txt", text));
        assertFalse(f.stream().anyMatch(s -> s.contains("runsOn")), f.toString());
    }

    @Test
    void aLineOpeningVerbIsTaggedAsAVerb() {
        Document d = RawDocuments.read("README.md", README);
        Sentence runs = d.sentences().stream().filter(s -> s.token(0).text().equals("Runs")).findFirst().orElseThrow();
        Token t = runs.token(0);
        assertEquals("VERB", t.pos());
        assertEquals("run", t.lemma());
    }

    @Test
    void aListItemMayOpenInLowerCaseOrWithALabel() {
        String md = """
                # Zetamail

                Zetamail is an email client.

                - runs on Haiku and FreeBSD
                - **Portable**: runs on Windows.
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("README.md", md));
        assertTrue(f.containsAll(Set.of("zetamail runsOn haiku", "zetamail runsOn freebsd", "zetamail runsOn windows")),
                f.toString());
    }

    @Test
    void plainTextReleaseNotesAreCutIntoLines() {
        // short lines that open with a capital, no full stops: one sentence each, not one run-on sentence
        String text = "Zetamail is an email client.\n\nChanges in 2.0\nAdds support for Kappa\nNow runs on Haiku\n";
        Document d = RawDocuments.read("Zetamail.txt", text);
        assertEquals(4, d.sentences().size(), d.sentences().toString());
        Set<String> f = RawDocuments.facts(d);
        assertTrue(f.containsAll(Set.of("zetamail supports kappa", "zetamail runsOn haiku")), f.toString());
    }

    @Test
    void plainTextListLinesAreItems() {
        String text = "Zetamail is an email client.\n\n- runs on Haiku\n- Ported to FreeBSD.\n";
        Document d = RawDocuments.read("Zetamail.txt", text);
        assertEquals(Sentence.Block.ITEM, d.sentences().get(1).block());
        assertEquals("runs", d.sentences().get(1).token(0).text());
        assertTrue(RawDocuments.facts(d).contains("zetamail runsOn haiku"), RawDocuments.facts(d).toString());
    }

    @Test
    void aLowerCaseNounItemWithoutArticleDescribesNothing() {
        String md = "# Zetamail\n\nZetamail is an email client.\n\nWhen you report a bug, please send:\n\n"
                + "- version of Haiku\n- version of Kappa\n\n## Features\n\n- Fork of Quillmail\n";
        Set<String> f = RawDocuments.facts(RawDocuments.read("README.md", md));
        assertTrue(f.contains("zetamail forkedFrom quillmail"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("haiku") || x.contains("kappa")), f.toString());
    }

    @Test
    void hardWrappedProseKeepsItsLinesTogether() {
        String text = "Zetamail is an email client that was written for the Haiku operating system\n"
                + "and later ported to FreeBSD by a small team of volunteers.\n";
        assertEquals(1, RawDocuments.read("Zetamail.txt", text).sentences().size());
    }

    /** npm16: a README may name itself only after a tag line and a short list; its title is still its subject. */
    @Test
    void aReadmeThatNamesItselfAfterItsOpeningListHasItsTitleAsSubject() {
        String md = """
                [![build](https://ci.example/quillbase.svg)](https://ci.example/quillbase)

                A robust client for Redis.

                - Fast.
                - Small.
                - Simple.

                Quillbase is a stable project.

                # Features

                - Supports TLS.
                - Written in TypeScript.
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("quillbase.md", md));
        assertTrue(f.containsAll(Set.of("quillbase supports tls", "quillbase writtenIn typescript")), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.startsWith("features ")), f.toString());
    }

    /** npm16: "built by the Quillbase team" leaves Quillbase a project, not an organisation its facts would lose. */
    @Test
    void theTeamOfAProjectDoesNotMakeTheProjectAnOrganisation() {
        String md = """
                # Quillbase

                Quillbase supports Kappa and Deno.

                Quillbase Studio is a tool built by the Quillbase team for apps that use Quillbase.
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("README.md", md));
        assertTrue(f.containsAll(Set.of("quillbase supports kappa", "quillbase supports deno")), f.toString());
    }

    /** npm16: a code name before the colon of a list item is the item's subject, not a label of the document's. */
    @Test
    void aCamelCaseNameBeforeAColonIsNoLabel() {
        String md = """
                # Quillbase

                Quillbase is a client for Redis.

                - Portable: runs on Haiku.
                - ZetaCloudFixed: Runs on Kappa.
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("README.md", md));
        assertTrue(f.contains("quillbase runsOn haiku"), f.toString());
        assertFalse(f.contains("quillbase runsOn kappa"), f.toString());
    }

    /** npm16: a heading's longer name is a section label, not the long form of the name its text then uses. */
    @Test
    void aHeadingsLongerNameDoesNotRenameTheShortOne() {
        String md = """
                # Quillbase

                Quillbase is a client for Redis.

                ## Managed Zetaport Fieldsets

                Zetaport requires Redis 8.10 or newer.
                """;
        Set<String> f = RawDocuments.facts(RawDocuments.read("README.md", md));
        assertTrue(f.contains("zetaport dependsOn redis"), f.toString());
    }
}
