package org.softkg.mention;

import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists that tell people and organisations from software: the last words of
 * organisation names, titles and role nouns of people, verbs whose agent ("developed by X", "X acquired")
 * is a person or an organisation, and a short list of very common given names. None of them names an
 * entity; they are the plain English words of company names and of roles.
 */
public final class AgentWords {

    /**
     * Last words that make a name an organisation's whatever its tag ("Contoso Corporation", "Zeta Labs"):
     * legal forms and words that name nothing but a body of people.
     */
    public static final Set<String> ORGANIZATION_SUFFIXES = Set.of("inc", "inc.", "incorporated", "corporation",
            "corp", "corp.", "ltd", "ltd.", "limited", "llc", "gmbh", "plc", "foundation", "labs", "laboratories", "laboratory",
            "consortium", "microsystems", "institute", "university", "association", "society", "group", "studios",
            "entertainment", "interactive", "softworks", "technologies", "agency", "council", "committee", "organization",
            "organisation", "ag", "s.a.", "n.v.", "b.v.", "oy", "oyj", "s.p.a.", "pty", "llp", "k.k.");

    /**
     * Last words of organisation names that also end names of things ("Zeta Software" is a company, "the
     * Zeta Project" may be software): they type an untagged name only, never override a tag.
     */
    public static final Set<String> WEAK_ORGANIZATION_SUFFIXES = Set.of("software", "systems", "games", "computer",
            "computers", "research", "networks", "communications", "electronics", "company", "co.", "publishing", "studio", "lab", "team", "industries", "enterprises", "partners", "holdings", "associates", "forum", "alliance",
            "federation");

    /** Titles before a person's name: "Dr. Ada Quill". */
    public static final Set<String> TITLES = Set.of("dr", "dr.", "prof", "prof.", "professor", "mr", "mr.", "mrs",
            "mrs.", "ms", "ms.", "sir", "dame");

    /** Role nouns of people, before the name ("programmer Ada Quill") or in an apposition after it. */
    public static final Set<String> PERSON_ROLES = Set.of("programmer", "engineer", "scientist", "hacker", "author",
            "creator", "designer", "researcher", "professor", "mathematician", "physicist", "inventor",
            "entrepreneur", "maintainer", "co-founder", "cofounder", "founder", "ceo", "cto", "businessman",
            "businesswoman", "lecturer", "student", "journalist", "writer", "architect", "economist", "artist",
            "composer", "musician", "chemist", "statistician", "linguist", "philosopher", "psychologist", "cfo", "coo",
            "columnist", "critic", "reviewer", "co-designer", "co-creator", "president", "chairman", "chairwoman",
            "analyst", "novelist", "historian", "biologist", "astronomer");

    /** Nouns after a name and "'s" that only people have: "[Ada Quill] 's dissertation". */
    public static final Set<String> PERSONAL_POSSESSIONS = Set.of("dissertation", "thesis", "wife", "husband", "son",
            "daughter", "father", "mother", "brother", "sister", "death", "birth", "biography", "autobiography",
            "memoir", "memoirs", "childhood", "widow");

    /** Role nouns of organisations: "X , a software company ,", "the company X", "the X company". */
    public static final Set<String> ORGANIZATION_ROLES = Set.of("company", "corporation", "firm", "startup",
            "start-up", "foundation", "organization", "organisation", "consortium", "publisher", "studio",
            "manufacturer", "vendor", "subsidiary", "nonprofit", "non-profit", "university", "laboratory", "agency",
            "conglomerate", "retailer", "maker", "distributor", "division", "provider", "supplier",
            "department", "lab", "team", "group", "cooperative", "association", "institute", "body", "duo", "partnership",
            "business", "enterprise", "label", "bank", "fund");

    /** Roles that companies and people share: decided by the shape of the name. */
    public static final Set<String> SHARED_ROLES = Set.of("developer");

    /**
     * Participles after which "by X" names the maker, a person or an organisation ("designed by X"). Tools
     * make things too ("files created by Zeta", "code produced by a compiler"): these verbs type untagged
     * names only; {@link #OVERRIDING_BY_VERBS} are the ones strong enough to override a software tag.
     */
    public static final Set<String> AGENT_BY_VERBS = Set.of("developed", "redeveloped", "co-developed", "created",
            "co-created", "designed", "co-designed", "written", "co-written", "authored", "co-authored", "invented",
            "conceived", "founded", "co-founded", "cofounded", "started", "initiated", "led", "headed", "built",
            "produced", "published", "released", "manufactured", "marketed", "distributed", "maintained", "acquired",
            "owned", "sponsored", "funded", "programmed", "coded", "engineered", "implemented", "made", "devised",
            "proposed", "introduced", "announced", "launched", "operated", "run", "bought", "purchased");

    /**
     * Participles whose "by X", a single word, is a company: "developed by Zeta", "published by Zeta". After the
     * other verbs of making a single word is as often a surname ("designed by Quill", "proposed by Quill").
     */
    public static final Set<String> COMPANY_BY_VERBS = Set.of("developed", "redeveloped", "co-developed", "produced",
            "published", "released", "manufactured", "marketed", "distributed", "maintained", "acquired", "owned",
            "sponsored", "funded", "made", "operated", "bought", "purchased", "launched");

    /** Participles whose "by X" is a maker even when the tag calls X software: software is not developed or sold by software. */
    public static final Set<String> OVERRIDING_BY_VERBS = Set.of("developed", "co-developed", "designed",
            "co-designed", "founded", "co-founded", "cofounded", "manufactured", "published", "marketed", "acquired",
            "owned", "sponsored", "funded", "maintained", "released", "authored", "co-authored", "invented",
            "bought", "purchased");

    /**
     * Verbs said mostly of people: "written by X", "created by X", "X founded Y". A two- or three-word name they make
     * an agent of is a person's ("written by Ada Quill"); such verbs never override a software tag by themselves.
     */
    public static final Set<String> PERSONAL_VERBS = Set.of("created", "co-created", "written", "co-written",
            "authored", "co-authored", "invented", "conceived", "founded", "co-founded", "cofounded", "started",
            "initiated", "led", "headed", "programmed", "coded", "devised", "proposed");

    /** Verbs whose subject is an organisation or a person, never software: "X acquired Y", "X announced". */
    public static final Set<String> AGENT_SUBJECT_VERBS = Set.of("acquired", "acquires", "announced", "announces",
            "purchased", "bought", "hired", "hires", "sued", "partnered", "invested", "employs",
            "founded", "co-founded", "cofounded");

    /**
     * Verbs whose subject, an untagged name, is a maker: "Zeta released Quill in 1999", "Zeta developed the Quill"
     * (eighth session's recall pass: only the active verb with an object, not a participle). Software is said to be
     * released too, so they never override a tag ("published" and "introduced" are said of authors and products;
     * "produced" and "created" of programs that make output or files).
     */
    public static final Set<String> MAKER_SUBJECT_VERBS = Set.of("released", "releases", "re-released",
            "developed", "develops", "co-developed", "designed", "designs", "manufactured", "manufactures");

    /** Nouns of "NOUN of X" whose X is an organisation: "the CEO of X", "a subsidiary of X". */
    public static final Set<String> ORGANIZATION_OF_NOUNS = Set.of("ceo", "cto", "president", "chairman",
            "employee", "employees", "subsidiary", "division", "shareholders", "headquarters", "staff");

    /** Words before "at X" that make X the place of work, an organisation: "designed at X", "engineers at X". */
    public static final Set<String> WORK_AT_WORDS = Set.of("developed", "redeveloped", "created", "designed",
            "written", "invented", "conceived", "built", "worked", "working", "work", "employed", "researchers",
            "researcher", "engineers", "engineer", "scientists", "scientist", "programmers", "programmer",
            "development", "research", "developers", "developer", "employee", "employees", "intern", "staff");

    /**
     * Very common given names (the most frequent of the last century in English-speaking countries, and a few of
     * their European forms; the thirty-first session added common forms of other languages): evidence that a two- or
     * three-word name in a maker's place is a person's, and, untyped with no role, a person's name by its shape.
     */
    public static final Set<String> GIVEN_NAMES = Set.of(
            "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles",
            "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "stephen", "paul", "andrew",
            "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey",
            "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "larry", "justin", "scott", "brandon",
            "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
            "tyler", "aaron", "adam", "nathan", "henry", "douglas", "peter", "kyle", "walter", "ethan", "jeremy",
            "harold", "keith", "roger", "gerald", "carl", "terry", "sean", "arthur", "lawrence", "jesse", "bryan",
            "bruce", "albert", "alan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "louis",
            "philip", "bill", "bob", "jim", "tom", "mike", "dave", "steve", "chris", "dan", "tim", "joe", "martin",
            "simon", "ian", "andy", "tony", "fred", "howard", "leonard", "neil", "graham", "hans", "klaus",
            "pierre", "jean", "michel", "francois", "giuseppe", "marco", "luca", "carlos", "luis", "juan", "jose",
            "miguel", "antonio", "ivan", "sergey", "dmitry", "vladimir", "alexey", "hiroshi", "takashi",
            "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
            "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
            "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
            "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole",
            "helen", "samantha", "katherine", "christine", "rachel", "carolyn", "janet", "catherine", "maria",
            "heather", "diane", "ruth", "julie", "joyce", "victoria", "kelly", "lauren", "joan", "evelyn",
            "judith", "megan", "andrea", "cheryl", "hannah", "martha", "gloria", "teresa", "ann", "anne", "sara",
            "frances", "kathryn", "alice", "judy", "grace", "denise", "marie", "lucy", "sophie", "monica",
            // short and other English forms
            "ken", "rob", "jon", "ben", "sam", "alex", "nick", "rick", "greg", "jeff", "matt", "pete", "ted", "ed",
            "ron", "ray", "phil", "doug", "herbert", "stanley", "norman", "gordon", "glenn", "dean", "craig", "ross",
            "stuart", "colin", "trevor", "nigel", "derek", "barry", "kurt", "edwin", "leon", "oliver",
            "victor", "clifford", "marvin", "herman", "lloyd", "edgar", "warren", "jay", "dale", "tracy", "wendy",
            "kate", "jane", "jill", "beth", "claire", "ellen", "irene", "joanna", "rosa", "tina", "vera", "eva",
            // German, Dutch and Scandinavian
            "jurgen", "jürgen", "wolfgang", "stefan", "dieter", "helmut", "werner", "gerhard", "manfred", "uwe",
            "horst", "rainer", "bernd", "ulrich", "joachim", "matthias", "tobias", "florian", "sebastian", "jan",
            "pieter", "willem", "dirk", "henk", "lars", "erik", "anders", "nils", "olaf", "sven", "bjarne", "niklaus",
            "ole", "per", "jens", "magnus", "gunnar", "ingrid", "ulrike", "petra", "sabine", "anja", "birgit",
            // French, Italian, Spanish and Portuguese
            "philippe", "alain", "nicolas", "olivier", "laurent", "jacques", "françois", "yves",
            "thierry", "xavier", "sylvain", "fabrice", "guillaume", "mathieu", "julien", "claude", "bernard",
            "alessandro", "francesco", "giovanni", "roberto", "stefano", "paolo", "massimo", "fabio",
            "pedro", "manuel", "javier", "fernando", "rafael", "alejandro", "diego", "pablo", "sergio", "jorge",
            "ricardo", "joao", "joão", "sofia", "lucia", "isabel", "carmen", "elena", "giulia", "chiara",
            // Slavic and Greek
            "mikhail", "andrei", "andrey", "nikolai", "nikolay", "alexei", "boris", "yuri", "oleg", "pavel",
            "igor", "viktor", "anatoly", "konstantin", "evgeny", "tomasz", "piotr", "krzysztof", "marek", "jiri",
            "milan", "dimitri", "dimitris", "nikos", "georgios", "olga", "natalia", "tatiana", "svetlana", "irina",
            // South and East Asian
            "rajesh", "ramesh", "suresh", "amit", "anil", "sunil", "sanjay", "vijay", "ravi", "ashok", "arun",
            "rahul", "raj", "deepak", "sandeep", "vikram", "krishna", "priya", "anjali", "takeshi",
            "kenji", "satoshi", "yoshiro", "kazuhiko", "masahiro", "shigeru", "tetsuya", "akira", "yukihiro",
            "haruki", "kazuo", "wei", "jun", "hong", "ming", "yong", "lei", "tao", "jie", "hui", "xiaoming",
            "seung", "sung", "jae", "kwang");

    private AgentWords() {
    }

    /** True when {@code word} (any case) is one of {@code words}, which are lower case. */
    static boolean in(Set<String> words, String word) {
        return words.contains(word.toLowerCase(Locale.ROOT));
    }
}
