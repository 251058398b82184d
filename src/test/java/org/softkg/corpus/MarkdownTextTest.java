package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    /** The visible prose of each block, whitespace collapsed. */
    private static List<String> blocks(String md) {
        MarkdownText t = MarkdownText.of(md);
        assertEquals(md.length(), t.visible().length());
        return t.blocks().stream()
                .map(b -> t.visible().substring(b[0], b[1]).strip().replaceAll("\\s+", " "))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @Test
    void firstLevelOneHeadingIsTheTitleAndHeadingsAreBlocksOfTheirOwn() {
        MarkdownText t = MarkdownText.of("## Intro\n# HAMMER2 *file system*\ntext follows\n# Second\n");
        assertEquals("HAMMER2 file system", t.title());
        assertEquals(List.of("Intro", "HAMMER2 file system", "text follows", "Second"),
                blocks("## Intro\n# HAMMER2 *file system*\ntext follows\n# Second\n"));
    }

    @Test
    void setextHeadingsAreHeadings() {
        assertEquals("DragonFly BSD", MarkdownText.of("DragonFly BSD\n=============\n\nIt is an OS.\n").title());
        assertNull(MarkdownText.of("Sub\n---\n\ntext\n").title());
    }

    @Test
    void linksKeepTheirTextAndLoseTheirTargets() {
        assertEquals(List.of("It was forked from FreeBSD 4.8 in 2003 ."),
                blocks("It was forked from [FreeBSD](https://www.freebsd.org/) 4.8 in [2003][y].\n\n[y]: https://x.org/2003\n"));
    }

    @Test
    void codeBlocksAreLeftOutAndShortInlineCodeIsKeptAsAName() {
        String md = "Install `numpy` with pip:\n\n```bash\npip install numpy\n```\n\n    indented code\n\n"
                + "Run `pip install --user numpy` first.\n";
        assertEquals(List.of("Install numpy with pip:", "Run first."), blocks(md));
    }

    @Test
    void aFenceIndentedInsideAListItemIsCodeButInlineTripleBackticksAreNoFence() {
        String md = "- replace `any` with `mixed`\n    ```diff\n    -class Quill extends Type<any> {\n    ```\n"
                + "- second item\n\nRun ```make``` first.\n\nLast line.\n";
        assertEquals(List.of("replace any with mixed", "second item", "Run make first.", "Last line."), blocks(md));
    }

    @Test
    void emphasisListsQuotesTablesAndHtmlAreStripped() {
        String md = "> **Note:** _DragonFly_ uses <b>HAMMER2</b>.\n\n- first item\n- second *item*\n"
                + "1. numbered\n\n| Name | Kind |\n|---|---|\n| Linux | OS |\n\n<!-- hidden -->\nsnake_case_name stays\n";
        assertEquals(List.of("Note:", "DragonFly uses HAMMER2 .", "first item", "second item", "numbered",
                "Name Kind", "Linux OS", "snake_case_name stays"), blocks(md));
    }

    @Test
    void genericsThatLookLikeTagsAreNotHtml() {
        assertEquals(List.of("Use ArrayList<String> here."), blocks("Use ArrayList<String> here.\n"));
    }

    @Test
    void offsetsAreKept() {
        String md = "# Title\n\nSee **[Rust](http://rust-lang.org)** now.\n";
        MarkdownText t = MarkdownText.of(md);
        int at = t.visible().indexOf("Rust");
        assertEquals(md.indexOf("Rust"), at);
        assertFalse(t.visible().contains("http"));
        assertTrue(t.visible().contains("\n"));
    }

    @Test
    void badgesReferenceImagesAndBareAddressesAreBlanked() {
        String md = "# Quill [![build](https://ci.example/q.svg)](https://ci.example/q)\n\n"
                + "[![npm][npm-img]][npm-url] ![size][size-img]\n\n"
                + "Quill runs on Zeta, see https://quill.example/docs for more.\n\n[npm-img]: https://x.example/a.svg\n";
        MarkdownText t = MarkdownText.of(md);
        assertEquals("Quill", t.title());
        assertEquals(List.of("Quill", "Quill runs on Zeta, see for more."), blocks(md));
    }

    @Test
    void htmlTagsAndLinksOverSeveralLinesAreBlanked() {
        String md = "<img src=\"logo.svg\"\n     alt=\"Quill logo\" />\n\nQuill is built on the [Zeta\nframework](https://zeta.example).\n";
        assertEquals(List.of("Quill is built on the Zeta framework ."), blocks(md));
    }

    @Test
    void aBoldLabelThatOpensAnItemIsABlockOfItsOwn() {
        assertEquals(List.of("Secure:", "Quill checks every package."),
                blocks("- **Secure:** Quill checks every package.\n"));
        assertEquals(List.of("Note :", "Quill needs Zeta 2."), blocks("__Note__: Quill needs Zeta 2.\n"));
        // bold words inside a sentence, or without a colon unless an admonition ("Note"), stay in it
        assertEquals(List.of("Quill is fast : it caches."), blocks("Quill is **fast**: it caches.\n"));
        assertEquals(List.of("Note", "Quill needs Zeta 2."), blocks("**Note** Quill needs Zeta 2.\n"));
        assertEquals(List.of("Fast Quill needs Zeta 2."), blocks("**Fast** Quill needs Zeta 2.\n"));
    }

    @Test
    void aSectionHeadingIsNoTitle() {
        assertNull(MarkdownText.of("# Description\n\nQuill plays sounds.\n").title());
        assertEquals("Quill", MarkdownText.of("# Introduction\n\n# Quill\n\nQuill plays sounds.\n").title());
        // a change log's title and its releases' headings name no subject; a named change log names its program
        assertNull(MarkdownText.of("# Change Log\n\n# [6.0.0](https://x.example/v6) (2025-02-28)\n\n- Fix.\n").title());
        assertNull(MarkdownText.of("# About this CHANGELOG\n\nEvery release is listed.\n").title());
        assertEquals("Quill", MarkdownText.of("# Quill Changelog\n\n## 1.2.0\n\n- Fix.\n").title());
    }

    @Test
    void aGitHubAlertMarkerIsNoPartOfTheQuote() {
        assertEquals(List.of("Until Kappa supports Zeta, wrap it."),
                blocks("> [!NOTE]\n> Until Kappa supports Zeta, wrap it.\n"));
        assertEquals(List.of("See [!this] note."), blocks("> See [!this] note.\n"));
    }

    @Test
    void emojiShortCodesAndEntitiesAreBlankedAndLeaveTheTitle() {
        String md = "# 🎭 Quill ⚡\n\n- :rocket: Fast &amp; small\n- Runs on Zeta® 2 ✨\n";
        MarkdownText t = MarkdownText.of(md);
        assertEquals("Quill", t.title());
        assertEquals(List.of("Quill", "Fast small", "Runs on Zeta 2"), blocks(md));
    }

    @Test
    void theCopyrightSignStaysBetweenALicenceAndItsHolder() {
        String md = "# Quill\n\n## License\n\nMIT © Jane Doe\n";
        assertEquals(List.of("Quill", "License", "MIT © Jane Doe"), blocks(md));
    }

    @Test
    void aFirstLevelHeadingAfterTheProseIsNotTheTitle() {
        String md = "[![logo](logo.svg)](https://quill.example)\n\nA fast client for Zeta.\n\n# Features\n\n- Fast.\n";
        assertNull(MarkdownText.of(md).title());
        assertEquals("Quill", MarkdownText.of("<p align=\"center\"><img src=\"q.svg\"></p>\n\n# Quill\n\nText.\n").title());
    }
}
