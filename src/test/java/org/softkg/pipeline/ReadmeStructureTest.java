package org.softkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What a README's structure says of its subject: a licence section (a "License" heading and a line that only names
 * the licence: {@code mention.LicenceLines}, {@code mention.LicenceLineNamer}, {@code relation.LicenceSection}) and a
 * tag line under the title ({@code relation.TagLine}). Invented READMEs read end to end as Markdown (shipped name
 * finder, POS tagger, rules).
 */
class ReadmeStructureTest {

    /** "subject relation object" of every fact of a README.md, labels lower case. */
    private static Set<String> facts(String markdown) {
        return facts("README.md", markdown);
    }

    /** "subject relation object" of every fact, labels lower case. */
    private static Set<String> facts(String name, String text) {
        return RawDocuments.facts(RawDocuments.read(name, text));
    }

    private static String readme(String heading, String licenceSection) {
        return "# Zetaflow\n\nZetaflow is a small workflow engine for Node.js.\n\n" + heading + "\n\n" + licenceSection + "\n";
    }

    @Test
    void aLoneLicenceNameUnderTheHeadingIsTheProjectsLicence() {
        assertTrue(facts(readme("## License", "MIT")).contains("zetaflow license mit"));
        assertTrue(facts(readme("## License", "[MIT](LICENSE)")).contains("zetaflow license mit"));
        assertTrue(facts(readme("# Licence", "The MIT License\n\nCopyright (c) 2024 Kappa Inc."))
                .contains("zetaflow license mit license"));
    }

    @Test
    void theHolderAfterTheCopyrightSignIsNoPartOfTheLicence() {
        Set<String> f = facts(readme("## License", "MIT © Jane Doe"));
        assertTrue(f.contains("zetaflow license mit"), f.toString());
        assertFalse(f.stream().anyMatch(x -> x.contains("jane")), f.toString());
    }

    @Test
    void aCopyrightLineMayComeFirst() {
        Set<String> f = facts(readme("## Copyright and License", "Copyright 2024 Jane Doe.\n\nMIT"));
        assertTrue(f.contains("zetaflow license mit"), f.toString());
    }

    @Test
    void aCopyrightLineThatOpensWithACommonNounNamesNoLicence() {
        assertEquals(Set.of("zetaflow license mit license"), licences(readme("## Copyright and license",
                "Code and documentation copyright 2011-2026 the [Zetaflow Authors](https://x.example/a). "
                        + "Code released under the [MIT License](LICENSE).")));
    }

    @Test
    void aNavigationLinkUnderTheHeadingNamesNoLicence() {
        assertEquals(Set.of("zetaflow license apache 2.0 license"), licences(readme("## License",
                "This software is licensed under the Apache 2.0 license.\n\n[Back to Top][1]\n\n[1]: #top")));
    }

    @Test
    void otherHeadingsListsAndSentencesWithAVerbAreNotReadAsLicenceLines() {
        assertEquals(Set.of(), licences(readme("## Credits", "MIT")));
        // the licences of the dependencies, listed under the heading
        assertEquals(Set.of(), licences(readme("## License", "- MIT\n- ISC")));
        // a heading that only contains the word: a licence server is no licence section
        assertEquals(Set.of(), licences(readme("## License Server", "Kappa")));
        // a sentence with a verb is left to the rules
        assertEquals(Set.of(), licences(readme("## License", "Kappa Inc. owns the trademark.")));
    }

    @Test
    void aLicenceFileIsNoProjectWithALicence() {
        assertEquals(Set.of(), licences("# License\n\nMIT\n\nCopyright 2024 Jane Doe.\n"));
    }

    @Test
    void theThirdLineUnderTheHeadingIsNoLongerTheLicence() {
        assertEquals(Set.of(), licences(readme("## License", "Copyright 2024 Jane Doe.\n\nSee the file for details.\n\nMIT")));
    }

    @Test
    void aReadmeThatNamesItselfLateStillHasItsTitleAsSubject() {
        StringBuilder md = new StringBuilder("<p align=\"center\"><img src=\"logo.svg\"></p>\n\nSmall and fast.\n\n## Install\n\n");
        for (int i = 1; i <= 10; i++) {
            md.append("Step ").append(i).append(" of the setup is easy.\n\n");
        }
        md.append("## Philosophy\n\nThe Kappaweb philosophy is to stay small.\n\n## License\n\nMIT\n");
        Set<String> f = facts("kappaweb/README.md", md.toString());
        assertTrue(f.contains("kappaweb license mit"), f.toString());
    }

    @Test
    void theTagLineUnderTheTitleSaysWhatTheProjectIs() {
        Set<String> f = facts("# kappa-redis\n\nNon-blocking Redis client for Node.js.\n\n## Install\n\nSee the docs.\n");
        assertTrue(f.contains("kappa-redis runsOn node.js"), f.toString());
    }

    @Test
    void aLogoInPlaceOfTheTitleLeavesTheTagLineFirst() {
        String md = "<p align=\"center\"><img src=\"logo.svg\"></p>\n\nA robust Redis client for Node.js.\n\n"
                + "## Usage\n\nKappa-redis connects to a Redis server.\n";
        Set<String> f = facts("kappa-redis/README.md", md);
        assertTrue(f.contains("kappa-redis runsOn node.js"), f.toString());
    }

    @Test
    void aTitleWithATaglineOrAReleaseIsAboutTheNameAlone() {
        Set<String> f = facts("# Larkwell 2.4 release notes\n\nLarkwell is a site generator written in Zeta.\n");
        assertTrue(f.contains("larkwell writtenIn zeta"), f.toString());
        f = facts("# Larkwell: the friendly site generator\n\nLarkwell is written in Zeta.\n");
        assertTrue(f.contains("larkwell writtenIn zeta"), f.toString());
    }

    @Test
    void aNameDoesNotRunAcrossLinkMarkup() {
        Set<String> f = facts("# Zetaflow\n\nZetaflow is an easy-to-use [Node.js](https://x.example/n) "
                + "[ORM tool](https://x.example/o) for Postgres.\n");
        assertFalse(f.stream().anyMatch(x -> x.contains("node.js orm")), f.toString());
        // a kind noun after a linked name stays the name's
        assertTrue(facts(readme("## License", "Licensed under the [MIT](LICENSE) license."))
                .contains("zetaflow license mit license"), facts(readme("## License", "Licensed under the [MIT](LICENSE) license.")).toString());
    }

    @Test
    void aPlainTextHasNoTagLine() {
        // the same opening line in a text without headings is no tag line: nothing says it describes the title
        Set<String> f = facts("kappa-redis.txt", "Non-blocking Redis client for Node.js.\n\nKappa-redis connects to a Redis server.\n");
        assertFalse(f.contains("kappa-redis runsOn node.js"), f.toString());
    }

    @Test
    void aFirstLineWithAVerbIsASentenceNotATagLine() {
        Set<String> f = facts("# kappa-redis\n\nThe old Redis client for Node.js is slow.\n\n## Install\n\nSee the docs.\n");
        assertFalse(f.contains("kappa-redis runsOn node.js"), f.toString());
    }

    private static Set<String> licences(String markdown) {
        Set<String> out = new TreeSet<>();
        for (String f : facts(markdown)) {
            if (f.contains(" license ")) {
                out.add(f);
            }
        }
        return out;
    }
}
