package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;

/** People and organisations typed by the shape and role of their names, in sentences written for the test. */
class AgentTyperTest {

    /** The mentions after the finders of untagged names and the agent typer, as "text/type". */
    static List<String> typed(String... sentences) {
        Document d = Fixtures.document(null, sentences);
        MentionRepair repair = new MentionRepair(List.of(new InitialsNameFinder(), new PersonNameFinder(),
                new CapitalisedNameFinder(), new AgentTyper()));
        return Fixtures.show(repair.process(d).mentions());
    }

    @Test
    void organisationWordEndsAnOrganisationWhateverItsTag() {
        assertEquals(List.of("Quill/Application", "Zeta Foundation/Organization"),
                typed("Quill/PROPN/B-Application is/AUX run/VERB by/ADP the/DET Zeta/PROPN/B-Operating_System "
                        + "Foundation/PROPN/I-Operating_System ./PUNCT"));
        assertEquals(List.of("Zeta Labs/Organization"), typed("Zeta/PROPN Labs/PROPN opened/VERB an/DET office/NOUN ./PUNCT"));
        // company forms of other countries (thirty-first session)
        assertEquals(List.of("Zeta AG/Organization"),
                typed("Zeta/PROPN/B-Application AG/PROPN/I-Application opened/VERB an/DET office/NOUN ./PUNCT"));
    }

    @Test
    void weakOrganisationWordTypesOnlyUntaggedNames() {
        assertEquals(List.of("Zeta Software/Organization", "Quill Systems/Application"),
                typed("Zeta/PROPN Software/PROPN and/CCONJ Quill/PROPN/B-Application Systems/PROPN/I-Application "
                        + "merged/VERB ./PUNCT"));
    }

    @Test
    void developedByMakesASingleWordAnOrganisationEvenAgainstASoftwareTag() {
        assertEquals(List.of("Quill/Application", "Zeta/Organization"),
                typed("Quill/PROPN/B-Application was/AUX developed/VERB by/ADP Zeta/PROPN ./PUNCT"));
        assertEquals(List.of("Quill/Application", "Zeta/Organization"),
                typed("Quill/PROPN/B-Application is/AUX a/DET decoder/NOUN released/VERB by/ADP Zeta/PROPN/B-Application ./PUNCT"));
    }

    @Test
    void byAfterAVerbToolsAreSaidOfKeepsASoftwareTag() {
        assertEquals(List.of("Quill/Application"),
                typed("the/DET files/NOUN created/VERB by/ADP Quill/PROPN/B-Application are/AUX small/ADJ ./PUNCT"));
    }

    @Test
    void commonGivenNameAfterByMakesAPerson() {
        assertEquals(List.of("Quill/Application", "Mary Zeta/Person"),
                typed("Quill/PROPN/B-Application was/AUX developed/VERB by/ADP Mary/PROPN Zeta/PROPN ./PUNCT"));
    }

    @Test
    void aGivenNameAndASurnameAreAPersonWithNoRole() {
        // thirty-first session: "a fork of Quill by Eric Zeta and Tim Orbo", where "by" follows no verb of making
        assertEquals(List.of("Quill/Application", "Eric Zeta/Person", "Tim Orbo/Person"),
                typed("It/PRON is/AUX a/DET fork/NOUN of/ADP Quill/PROPN/B-Application by/ADP Eric/PROPN Zeta/PROPN "
                        + "and/CCONJ Tim/PROPN Orbo/PROPN ./PUNCT"));
        // no given name: the name stays untyped; a tag's type stays
        assertEquals(List.of("Orbo Zeta/Name", "Mary Quill/Application"),
                typed("Orbo/PROPN Zeta/PROPN and/CCONJ Mary/PROPN/B-Application Quill/PROPN/I-Application "
                        + "were/AUX discussed/VERB ./PUNCT"));
    }

    @Test
    void namesListedWithAPersonArePeople() {
        assertEquals(List.of("Orbo/Person", "Mary Zeta/Person", "Quillan/Person"),
                typed("In/ADP 2006/NUM Orbo/PROPN ,/PUNCT Mary/PROPN Zeta/PROPN ,/PUNCT and/CCONJ Quillan/PROPN "
                        + "published/VERB a/DET variant/NOUN ./PUNCT"));
    }

    @Test
    void theNameAGenderedPronounRefersToIsAPerson() {
        assertEquals(List.of("Orbo/Person", "Quill/Application"),
                typed("Orbo/PROPN went/VERB on/ADP to/PART apply/VERB the/DET lessons/NOUN he/PRON learned/VERB "
                        + "from/ADP Quill/PROPN/B-Application ./PUNCT"));
        // a name on the lists of known organisations is no person (KnownOrganizations types it later)
        assertEquals(List.of("Novell/Name"), typed("Novell/PROPN lost/VERB his/PRON sources/NOUN ./PUNCT"));
    }

    @Test
    void twoWordsAfterDevelopedByWithoutAGivenNameStayUntyped() {
        assertEquals(List.of("Quill/Application", "Orbo Zeta/Name"),
                typed("Quill/PROPN/B-Application was/AUX developed/VERB by/ADP Orbo/PROPN Zeta/PROPN ./PUNCT"));
    }

    @Test
    void writtenByMakesTwoNameWordsAPerson() {
        assertEquals(List.of("Quill/Application", "Orbo Zeta/Person"),
                typed("Quill/PROPN/B-Application was/AUX written/VERB by/ADP Orbo/PROPN Zeta/PROPN ./PUNCT"));
    }

    @Test
    void writtenByOverridesASoftwareTagOnAGivenNameAndSurname() {
        assertEquals(List.of("Quill/Application", "Mary Orbo/Person", "Ulf Zeta/Person"),
                typed("Quill/PROPN/B-Application was/AUX written/VERB by/ADP Mary/PROPN/B-Application Orbo/PROPN/I-Application "
                        + "and/CCONJ Ulf/PROPN Zeta/PROPN ./PUNCT"));
    }

    @Test
    void writtenByLeavesATaggedNameWithoutAGivenName() {
        assertEquals(List.of("Quill/Application", "Orbo Zeta/Application"),
                typed("Quill/PROPN/B-Application was/AUX written/VERB by/ADP Orbo/PROPN/B-Application Zeta/PROPN/I-Application ./PUNCT"));
    }

    @Test
    void aRoleWrittenAsAnAcronymInAnAppositionMakesAPerson() {
        // "the CEO of Zeta" also makes Zeta an organisation
        assertEquals(List.of("Mary Orbo/Person", "CEO/Name", "Zeta/Organization"),
                typed("Mary/PROPN Orbo/PROPN ,/PUNCT the/DET retired/ADJ former/ADJ CEO/PROPN of/ADP Zeta/PROPN/B-Application ,/PUNCT left/VERB ./PUNCT"));
    }

    @Test
    void aRelativeWhoMakesAPerson() {
        assertEquals(List.of("Orbo/Person", "Zeta/Application"),
                typed("Orbo/PROPN ,/PUNCT who/PRON had/AUX used/VERB Zeta/PROPN/B-Application ,/PUNCT left/VERB ./PUNCT"));
    }

    @Test
    void aDissertationBelongsToAPerson() {
        assertEquals(List.of("Ulf Orbo/Person", "Zeta/Protocol"),
                typed("Ulf/PROPN Orbo/PROPN 's/PART dissertation/NOUN outlined/VERB Zeta/PROPN/B-Protocol ./PUNCT"));
    }

    @Test
    void distantVerbOfMakingAndAListAfterBy() {
        assertEquals(List.of("Quill/Application", "Zeta 7/Device", "Mary Orbo/Person", "Ulf Zeta/Person"),
                typed("Quill/PROPN/B-Application was/AUX implemented/VERB in/ADP assembly/NOUN on/ADP a/DET "
                        + "Zeta/PROPN/B-Device 7/NUM/I-Device by/ADP Mary/PROPN Orbo/PROPN and/CCONJ Ulf/PROPN Zeta/PROPN ./PUNCT"));
    }

    @Test
    void possessorOfAProductIsAnOrganisation() {
        assertEquals(List.of("Zeta/Organization", "Quill/Device"),
                typed("for/ADP example/NOUN Zeta/PROPN 's/PART Quill/PROPN/B-Device ./PUNCT"));
    }

    @Test
    void possessorOfAnAlgorithmIsLeftAlone() {
        assertEquals(List.of("Zeta/Name", "Quill/Algorithm"),
                typed("they/PRON use/VERB Zeta/PROPN 's/PART Quill/PROPN/B-Algorithm ./PUNCT"));
    }

    @Test
    void appositionWithARoleOverridesATag() {
        assertEquals(List.of("Quill/Application", "Orbo Zeta/Person"),
                typed("Quill/PROPN/B-Application was/AUX maintained/VERB by/ADP Orbo/PROPN/B-Operating_System "
                        + "Zeta/PROPN/I-Operating_System ,/PUNCT an/DET Italian/ADJ software/NOUN engineer/NOUN ./PUNCT"));
        assertEquals(List.of("Zeta/Organization", "Quill/Application"),
                typed("Zeta/PROPN/B-Application ,/PUNCT a/DET Japanese/ADJ game/NOUN company/NOUN ,/PUNCT "
                        + "made/VERB Quill/PROPN/B-Application ./PUNCT"));
    }

    @Test
    void appositionEndsAtItsFirstNounPhrase() {
        assertEquals(List.of("Zeta/Application"),
                typed("Zeta/PROPN/B-Application ,/PUNCT a/DET tool/NOUN made/VERB by/ADP the/DET company/NOUN ,/PUNCT "
                        + "works/VERB ./PUNCT"));
    }

    @Test
    void titleAndRoleNounBeforeTheName() {
        assertEquals(List.of("Orbo Zeta/Person"), typed("according/VERB to/ADP Dr./PROPN Orbo/PROPN Zeta/PROPN ./PUNCT"));
        assertEquals(List.of("Orbo Zeta/Person"), typed("the/DET programmer/NOUN Orbo/PROPN Zeta/PROPN left/VERB ./PUNCT"));
    }

    @Test
    void chiefOfAndWorkplaceAndTheCompany() {
        assertEquals(List.of("CEO/Name", "Zeta/Organization"), typed("he/PRON became/VERB CEO/NOUN of/ADP Zeta/PROPN/B-Application ./PUNCT"));
        assertEquals(List.of("Quill/Language", "Zeta/Organization"),
                typed("Quill/PROPN/B-Language was/AUX designed/VERB at/ADP Zeta/PROPN ./PUNCT"));
        assertEquals(List.of("Zeta/Organization"), typed("the/DET Zeta/PROPN company/NOUN grew/VERB ./PUNCT"));
    }

    @Test
    void subjectOfAnAgentsVerb() {
        assertEquals(List.of("Zeta/Organization", "Quill/Application"),
                typed("in/ADP 2001/NUM Zeta/PROPN/B-Application acquired/VERB Quill/PROPN/B-Application ./PUNCT"));
        assertEquals(List.of("Zeta/Application"),
                typed("in/ADP 2001/NUM Zeta/PROPN/B-Application ,/PUNCT acquired/VERB by/ADP a/DET rival/NOUN ./PUNCT"));
    }

    @Test
    void surnameOfAPersonOfTheDocumentIsLeftToTheSurnameLinker() {
        assertEquals(List.of("Ada Zeta/Person", "Quill/Application", "Zeta/Name"),
                typed("the/DET engineer/NOUN Ada/PROPN Zeta/PROPN left/VERB ./PUNCT",
                        "Quill/PROPN/B-Application was/AUX developed/VERB by/ADP Zeta/PROPN ./PUNCT"));
    }

    @Test
    void singleWordAfterAVerbSurnamesFollowStaysUntyped() {
        assertEquals(List.of("Quill/Algorithm", "Zeta/Name"),
                typed("Quill/PROPN/B-Algorithm was/AUX proposed/VERB by/ADP Zeta/PROPN in/ADP 1998/NUM ./PUNCT"));
        assertEquals(List.of("Quill/Algorithm", "Zeta/Person"),
                typed("Quill/PROPN/B-Algorithm was/AUX proposed/VERB by/ADP Zeta/PROPN et/X al/X ./PUNCT"));
    }

    @Test
    void nameQualifyingANounIsNoAgent() {
        assertEquals(List.of("Quill/Library", "Zeta/Name"),
                typed("bindings/NOUN to/ADP Quill/PROPN/B-Library were/AUX developed/VERB by/ADP Zeta/PROPN "
                        + "contributors/NOUN ./PUNCT"));
    }

    @Test
    void productNamedFoundationKeepsItsTagWithoutTheArticle() {
        assertEquals(List.of("Zeta Foundation/Library"),
                typed("video/NOUN rendering/NOUN uses/VERB Zeta/PROPN/B-Library Foundation/PROPN/I-Library ./PUNCT"));
        assertEquals(List.of("Zeta 9 from Orbo Labs/Operating_System"),
                typed("Zeta/PROPN/B-Operating_System 9/NUM/I-Operating_System from/ADP/I-Operating_System "
                        + "Orbo/PROPN/I-Operating_System Labs/PROPN/I-Operating_System replaced/VERB signals/NOUN"));
    }

    @Test
    void foundationOpenedByTheOrAfterACompanyWordIsAnOrganisation() {
        assertEquals(List.of("The Zeta Foundation/Organization", "Quill/Application"),
                typed("The/DET/B-Operating_System Zeta/PROPN/I-Operating_System Foundation/PROPN/I-Operating_System "
                        + "hosts/VERB Quill/PROPN/B-Application ./PUNCT"));
        assertEquals(List.of("Zeta Software Foundation/Organization"),
                typed("grants/NOUN from/ADP Zeta/PROPN/B-Language Software/PROPN/I-Language Foundation/PROPN/I-Language "
                        + "paid/VERB for/ADP it/PRON ./PUNCT"));
        assertEquals(List.of("Zeta Presentation Foundation/Device"),
                typed("it/PRON draws/VERB with/ADP Zeta/PROPN/B-Device Presentation/PROPN/I-Device Foundation/PROPN/I-Device ./PUNCT"));
    }

    @Test
    void titleInsideAFoundNameIsDropped() {
        assertEquals(List.of("Quill/Operating_System", "Zeta/Person"),
                typed("Quill/PROPN/B-Operating_System was/AUX started/VERB by/ADP Mr./PROPN Zeta/PROPN in/ADP 1991/NUM ./PUNCT"));
    }

    @Test
    void copulaGivesTheRoleOrSaysTheNameIsAThing() {
        assertEquals(List.of("Zeta , Inc/Application"),
                typed("Zeta/PROPN/B-Application ,/PUNCT/I-Application Inc/PROPN/I-Application is/AUX an/DET idle/ADJ "
                        + "clicker/NOUN game/NOUN ./PUNCT"));
        assertEquals(List.of("Zeta/Organization"),
                typed("Zeta/PROPN/B-Application is/AUX a/DET Japanese/ADJ software/NOUN company/NOUN ./PUNCT"));
    }

    @Test
    void mainClauseAfterACommaIsNoApposition() {
        assertEquals(List.of("Orbo/Operating_System", "Zeta/Operating_System", "Quill/Operating_System"),
                typed("as/ADP with/ADP Orbo/PROPN/B-Operating_System and/CCONJ Zeta/PROPN/B-Operating_System ,/PUNCT "
                        + "the/DET developer/NOUN of/ADP Quill/PROPN/B-Operating_System is/AUX slowly/ADV replacing/VERB "
                        + "code/NOUN ./PUNCT"));
        assertEquals(List.of("Zeta/Organization", "Quill/Operating_System"),
                typed("Zeta/PROPN/B-Operating_System ,/PUNCT the/DET developer/NOUN of/ADP Quill/PROPN/B-Operating_System "
                        + ",/PUNCT said/VERB so/ADV ./PUNCT"));
    }

    @Test
    void possessiveNounIsNoClassHead() {
        assertEquals(List.of("Zetas/Architecture"),
                typed("Zetas/PROPN/B-Architecture were/AUX the/DET phone/NOUN company/NOUN 's/PART solution/NOUN ./PUNCT"));
    }

    @Test
    void reducedRelativeInsideAnAppositionKeepsItOpen() {
        assertEquals(List.of("Orbo/Organization", "Zetasoft/Organization", "Quill/Application"),
                typed("Orbo/PROPN hired/VERB Zetasoft/PROPN ,/PUNCT a/DET Japanese/ADJ developer/NOUN known/VERB for/ADP "
                        + "its/PRON Quill/PROPN/B-Application series/NOUN ,/PUNCT in/ADP 2001/NUM ./PUNCT"));
    }

    @Test
    void untaggedSubjectOfReleasedIsAMakerButATagStays() {
        assertEquals(List.of("Zeta/Organization", "Quill/Application"),
                typed("in/ADP 1999/NUM Zeta/PROPN released/VERB Quill/PROPN/B-Application ./PUNCT"));
        assertEquals(List.of("Zeta/Application", "Quill/Application"),
                typed("in/ADP 1999/NUM Zeta/PROPN/B-Application released/VERB Quill/PROPN/B-Application ./PUNCT"));
    }

    @Test
    void wordWithQuotesInsideIsNoSingleName() {
        assertEquals(List.of("Zeta''Quill/Name"), typed("the/DET Zeta''Quill/PROPN announced/VERB it/PRON ./PUNCT"));
    }

    @Test
    void givenNameAloneIsNoOrganisation() {
        assertEquals(List.of("Andrew/Name", "Quill/Application"),
                typed("later/ADV Andrew/PROPN also/ADV released/VERB Quill/PROPN/B-Application ./PUNCT"));
    }
}
