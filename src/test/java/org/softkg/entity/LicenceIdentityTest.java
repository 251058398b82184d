package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Entity;

class LicenceIdentityTest {

    private static final Set<String> LICENCE = Set.of("License");
    private static final Set<String> NONE = Set.of();

    @Test
    void spellingsAndAbbreviationsOfOneLicenceGiveItsFullName() {
        for (String name : new String[] {"GPL", "GNU GPL", "the GNU General Public License", "GNU General Public Licence",
                "GPL license", "GNU GPL License"}) {
            assertEquals("GNU General Public License", LicenceIdentity.iriName(name, LICENCE), name);
        }
        assertEquals("GNU Lesser General Public License", LicenceIdentity.iriName("LGPL", LICENCE));
        assertEquals("GNU Lesser General Public License",
                LicenceIdentity.iriName("GNU Library General Public License", LICENCE));
        assertEquals("Mozilla Public License", LicenceIdentity.iriName("MPL", LICENCE));
        assertEquals("Microsoft Public License", LicenceIdentity.iriName("Ms-PL", LICENCE));
    }

    @Test
    void aVersionWrittenIntoTheNameKeepsItApart() {
        // GPLv2 and GPLv3 are different licences: one IRI would merge them into one entity with one label
        assertEquals("GPLv2", LicenceIdentity.iriName("GPLv2", LICENCE));
        assertEquals("GPL-3.0-or-later", LicenceIdentity.iriName("GPL-3.0-or-later", LICENCE));
    }

    @Test
    void namesThatOnlyNameALicenceAreReadWhateverTheType() {
        assertEquals("GNU General Public License", LicenceIdentity.iriName("GNU GPL", NONE));
        assertEquals("GNU Affero General Public License", LicenceIdentity.iriName("AGPL", Set.of("General_Concept")));
    }

    @Test
    void bareWordsThatNameOtherThingsAreLicencesOnlyWhenTypedSo() {
        assertEquals("MIT License", LicenceIdentity.iriName("MIT", LICENCE));
        assertEquals("MIT", LicenceIdentity.iriName("MIT", Set.of("Organization")));
        assertEquals("BSD License", LicenceIdentity.iriName("BSD", LICENCE));
        assertEquals("BSD", LicenceIdentity.iriName("BSD", Set.of("Operating_System")));
        assertEquals("Apache License", LicenceIdentity.iriName("Apache", LICENCE));
        assertEquals("Apache License", LicenceIdentity.iriName("Apache Software License", LICENCE));
        assertEquals("Apache", LicenceIdentity.iriName("Apache", Set.of("Application")));
    }

    @Test
    void otherLicencesKeepTheirNameInOneSpelling() {
        assertEquals("Zeta Public License", LicenceIdentity.iriName("Zeta Public Licence", LICENCE));
        assertEquals("Zeta Public License", LicenceIdentity.iriName("Zeta Public License", LICENCE));
        assertEquals("freeware", LicenceIdentity.iriName("freeware", LICENCE));
        assertEquals("X11 License", LicenceIdentity.iriName("X11 License", LICENCE));
        // "CC0" is no version of a known "CC"
        assertEquals("CC0", LicenceIdentity.iriName("CC0", LICENCE));
        // other entities never change, whatever their name
        assertEquals("Zeta Licence Server", LicenceIdentity.iriName("Zeta Licence Server", Set.of("Application")));
    }

    @Test
    void oneLicenceIsOneIriAcrossDocumentsAndTheBareNameIsNotTheInstitute() {
        EntityResolver resolver = new EntityResolver();
        Document a = resolver.process(Docs.doc("a", null, "[Quill|Application] is released under the [GPL|License] ."));
        Document b = resolver.process(Docs.doc("b", null,
                "[Zeta|Application] is released under the [GNU General Public License|License] ."));
        Document c = resolver.process(Docs.doc("c", null,
                "[Kappa|Application] is released under the [MIT|License] license .",
                "It was written at [MIT|Organization] and [MIT|Organization] still hosts it ."));
        Document d = resolver.process(Docs.doc("d", null,
                "[Orbit|Application] was written at [MIT|Organization] ."));
        Entity gpl = entity(a, "GPL");
        assertEquals(entity(b, "GNU General Public License").iri(), gpl.iri());
        assertEquals("GPL", gpl.label(), "the label stays as the text writes it");
        assertTrue(gpl.aliases().contains("GNU General Public License"), gpl.aliases().toString());
        assertEquals("https://w3id.org/softkg/entity/gnu_general_public_license", gpl.iri());
        // in document c the majority type of "MIT" is Organization: one entity, the institute
        assertEquals(entity(d, "MIT").iri(), entity(c, "MIT").iri());
        Document e = resolver.process(Docs.doc("e", null, "[Sigma|Library] uses the [MIT|License] license ."));
        assertEquals("https://w3id.org/softkg/entity/mit_license", entity(e, "MIT").iri());
        assertNotEquals(entity(d, "MIT").iri(), entity(e, "MIT").iri());
    }

    private static Entity entity(Document d, String text) {
        String iri = d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow().entity();
        return d.entities().stream().filter(x -> x.iri().equals(iri)).findFirst().orElseThrow();
    }
}
