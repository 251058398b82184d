package org.softkg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DocumentNamesTest {

    @Test
    void corpusExtensionsAreRemoved() {
        assertEquals("DragonFly_BSD", DocumentNames.id("DragonFly_BSD.txt"));
        assertEquals("x", DocumentNames.id("x.txt.gz"));
        assertEquals("x", DocumentNames.id("x.CONLL"));
    }

    @Test
    void dotsThatArePartOfTheNameStay() {
        assertEquals("Node.js", DocumentNames.id("Node.js.txt"));
        assertEquals("Vue.js", DocumentNames.id("Vue.js"));
    }

    @Test
    void titleHasSpacesForUnderscores() {
        assertEquals("DragonFly BSD", DocumentNames.title("DragonFly_BSD"));
    }

    @Test
    void aReadmeIsNamedAfterItsFolder() {
        DocumentNames.Naming n = DocumentNames.forPath("projects/quillmark/README.md", true);
        assertEquals("quillmark_README", n.id());
        assertEquals("quillmark", n.title());
        assertEquals("zeta_CHANGELOG", DocumentNames.forPath("zeta/CHANGELOG.md", false).id());
    }

    @Test
    void aReadmeInAPackageOrDocsFolderIsNamedAfterTheProjectAboveIt() {
        DocumentNames.Naming n = DocumentNames.forPath("downloads/quillmark/package/README.md", false);
        assertEquals("quillmark_README", n.id());
        assertEquals("quillmark", n.title());
        assertEquals("ternwick", DocumentNames.forPath("ternwick/docs/CHANGELOG.md", false).title());
        // nothing above but generic folders: the nearest one, as before
        assertEquals("package", DocumentNames.forPath("package/README.md", false).title());
    }

    @Test
    void aReadmeOnDiskWithoutAFolderIsInTheWorkingFolder() {
        String cwd = java.nio.file.Path.of("").toAbsolutePath().getFileName().toString();
        assertEquals(cwd, DocumentNames.forPath("README.md", true).title());
        // a stream's name counts only the folder it writes
        assertEquals("README", DocumentNames.forPath("README.md", false).id());
    }

    @Test
    void anArticleKeepsItsOwnName() {
        DocumentNames.Naming n = DocumentNames.forPath("corpus/DragonFly_BSD.txt", true);
        assertEquals("DragonFly_BSD", n.id());
        assertEquals("DragonFly BSD", n.title());
    }
}
