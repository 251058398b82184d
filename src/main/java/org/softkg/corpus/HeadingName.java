package org.softkg.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name a Markdown title heading is about. A README's or a release note's first heading often says more than the
 * name: a tagline ("Grunt: The JavaScript Task Runner", "mustache.js - Logic-less templates"), the kind of document
 * ("Larkspur 2.4 release notes", "Turborepo documentation"), a release ("lodash v4.18.1") or a greeting ("Welcome to
 * Quill"). The document's main subject is the name alone, so that the text's "Larkspur" is that subject and the
 * graph labels it "Larkspur". A heading that is all tagline or all greeting stays as it is.
 */
final class HeadingName {

    /** A greeting or an introduction before the name. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^(?:welcome to|introducing|introduction to|meet|about|getting started with|hello from)\\s+(?:the\\s+)?(?=\\S)");
    /** A tagline after the name: a colon, a dash set off by spaces, a vertical bar or a middle dot. */
    private static final Pattern TAGLINE = Pattern.compile("\\s*(?::\\s|\\s(?:-{1,2}|\u2013|\u2014|\\||\u00b7)\\s)");
    /** A kind of document after the name. */
    private static final Pattern DOCUMENT_KIND = Pattern.compile(
            "(?i)\\s+(?:release notes|releases|changelog|change log|changes|news|what's new|documentation|docs"
                    + "|readme|user(?:'s|s)? guide|guide|manual|handbook|tutorial|faq|overview|cheat ?sheet|roadmap"
                    + "|(?:api )?reference(?: manual)?|quick ?start|getting started|homepage|home page|website)$");
    /** A release after the name: "v4.18.1", "2.4", "1.0.0-rc1" (a bare number, as in "Windows 10", is kept). */
    private static final Pattern RELEASE = Pattern.compile(
            "(?i)\\s+(?:version\\s+|v\\.?\\s?)?(?:v\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)+)(?:[-.]?(?:alpha|beta|rc|pre)\\.?\\d*)?$");
    /** A heading that names a section of a document, never its subject ("# Description" over a README's opening). */
    private static final Pattern SECTION = Pattern.compile("(?i)(?:description|introduction|intro|overview|features"
            + "|installation|install|usage|contents|table of contents|about|getting started|documentation|docs|summary"
            + "|examples?|api|changelog|change log|changes|history|release notes|releases|release history|what's new"
            + "|unreleased|breaking changes|bug fixes|new features|motivation|quick ?start|requirements|prerequisites"
            + "|background|news|welcome)\\s*:?");
    /**
     * A release's heading in a change log: it opens with a version ("6.0.0 (2025-02-28)", "v5.10.2 - 2026-06-18") or
     * names the branch not yet released ("Master (Unreleased)", "HEAD").
     */
    private static final Pattern RELEASE_HEADING = Pattern.compile(
            "(?i)(?:(?:version\\s+|v\\.?\\s?)?\\d+\\.\\d+[.\\w-]*|\\d{4}-\\d\\d-\\d\\d)(?:\\W.*)?"
                    + "|(?:master|main|head|next|upcoming)\\s*(?:\\(unreleased\\))?");
    /** What is left of "About this changelog": a determiner or pronoun, no name. */
    private static final Pattern FUNCTION_WORD = Pattern.compile("(?i)this|these|the|our|my|its|their");
    /** A manual page's section after a command's name: "semver(1)". */
    private static final Pattern MAN_SECTION = Pattern.compile("\\(\\d\\)$");

    private HeadingName() {
    }

    /** The name {@code heading} is about, or the heading itself when nothing of it can go. */
    static String of(String heading) {
        String name = heading.strip();
        Matcher lead = LEAD_IN.matcher(name);
        if (lead.find() && hasLetterOrDigit(name.substring(lead.end()))) {
            name = name.substring(lead.end());
        }
        Matcher tagline = TAGLINE.matcher(name);
        if (tagline.find() && tagline.start() > 0 && hasLetterOrDigit(name.substring(0, tagline.start()))) {
            String after = name.substring(tagline.end()).strip();
            // "Changelog: quill", "Release notes - Quill Driver": the name follows the kind of document
            name = SECTION.matcher(name.substring(0, tagline.start())).matches() && hasLetterOrDigit(after) ? after
                    : name.substring(0, tagline.start());
        }
        name = cut(name, DOCUMENT_KIND);
        name = cut(name, RELEASE);
        name = cut(name, MAN_SECTION);
        name = name.strip();
        return hasLetterOrDigit(name) ? name : heading.strip();
    }

    /**
     * True for a heading that only names a section of a document ("Description", "Getting started", "About this
     * changelog") or a release ("6.0.0 (2025-02-28)").
     */
    static boolean isSection(String heading) {
        String h = heading.strip();
        String name = of(h);
        return SECTION.matcher(h).matches() || RELEASE_HEADING.matcher(h).matches()
                || SECTION.matcher(name).matches() || FUNCTION_WORD.matcher(name).matches();
    }

    /** {@code name} without the match of {@code tail} at its end, when something is left. */
    private static String cut(String name, Pattern tail) {
        Matcher m = tail.matcher(name);
        return m.find() && hasLetterOrDigit(name.substring(0, m.start())) ? name.substring(0, m.start()) : name;
    }

    private static boolean hasLetterOrDigit(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
