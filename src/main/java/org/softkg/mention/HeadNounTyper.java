package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Repair 3b (before the generic heads go): a mention whose last word, in lower case, names a type says
 * what it is, whatever the noisy tag said: "the BSD license" tagged Operating_System is a License,
 * "the Python programming language" tagged Application a Language, "the Kerberos protocol" a Protocol.
 * Only the last word counts, and only lower case: "Unified Modeling Language" is a title, and the head
 * of "license server" is "server". The words are the plain English names of the WikiSER types.
 */
public final class HeadNounTyper implements Repair {

    private static final Map<String, EntityType> HEAD_TYPES = Map.of(
            "license", EntityType.LICENSE,
            "licence", EntityType.LICENSE,
            "licenses", EntityType.LICENSE,
            "language", EntityType.LANGUAGE,
            "protocol", EntityType.PROTOCOL,
            "algorithm", EntityType.ALGORITHM);

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(retype(sentence, m));
        }
        return out;
    }

    private static Mention retype(Sentence sentence, Mention m) {
        if (m.span().length() < 2) {
            return m;   // the head alone ("license") is no name of a thing of that type
        }
        String last = sentence.token(m.span().end() - 1).text();
        if (!last.equals(last.toLowerCase(Locale.ROOT))) {
            return m;
        }
        EntityType type = HEAD_TYPES.get(last);
        return type == null || type.tagName().equals(m.type()) ? m : m.withType(type.tagName());
    }
}
