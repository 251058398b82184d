package org.softkg.mention;

import java.util.List;
import org.softkg.model.Document;
import org.softkg.model.Mention;

/**
 * A repair that needs the whole document at once (what one sentence states about a name holds for the name's other
 * mentions too). {@link MentionRepair} calls {@link #applyToDocument} instead of the per-sentence method.
 */
public interface WholeDocumentRepair extends Repair {

    /**
     * Repairs the mentions of a whole document.
     *
     * @param document the document, with POS tags
     * @param mentions its mentions, sorted by position
     * @return the repaired mentions, sorted by position
     */
    List<Mention> applyToDocument(Document document, List<Mention> mentions);
}
