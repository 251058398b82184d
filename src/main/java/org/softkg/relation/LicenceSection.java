package org.softkg.relation;

import java.util.ArrayList;
import java.util.List;
import org.softkg.mention.LicenceLines;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

/**
 * A line of a README's licence section that only names the licence ({@link LicenceLines}: "## License" then "MIT",
 * "The MIT License", "MIT © Jane Doe"), read as "It is licensed under [MIT]" with the document's main subject as "It"
 * (a {@link CarriedSubject.Clause}, like {@link ImpliedSubject}'s readings), so that the licence rules find the fact
 * and its evidence is the line itself. Stateless.
 */
final class LicenceSection {

    private LicenceSection() {
    }

    /**
     * The reading "It is licensed under [name] ..." of {@code s}, a line of a licence section, with {@code main} (the
     * document's main subject) as "It"; null when the line names no licence, its name is the main subject, or the
     * document is itself a licence file (titled "License").
     */
    static CarriedSubject.Clause clause(Sentence s, List<Mention> mentions, Entity main) {
        Span name = main == null || LicenceLines.isLicenceTitle(main.label()) ? null : LicenceLines.nameSpan(s);
        if (name == null) {
            return null;
        }
        Mention licence = null;
        for (Mention m : mentions) {
            if (m.span().start() == name.start()) {
                licence = m;
            }
        }
        if (licence == null || main.iri().equals(licence.entity())) {
            return null;
        }
        List<Token> head = new ArrayList<>(List.of(ImpliedSubject.word("It", "PRON", "it"),
                ImpliedSubject.word("is", "AUX", "be"), ImpliedSubject.word("licensed", "VERB", "license"),
                ImpliedSubject.word("under", "ADP", "under")));
        if (name.start() > 0) {
            head.add(ImpliedSubject.word("the", "DET", "the"));
        }
        return new CarriedSubject.Clause(ImpliedSubject.mentionOf(main, s, 0), name.start(), List.copyOf(head),
                name.start());
    }

}
