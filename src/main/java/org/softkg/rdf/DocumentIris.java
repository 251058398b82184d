package org.softkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.atlas.lib.IRILib;
import org.softkg.model.Fact;

/**
 * Deterministic IRIs of documents, sentences and extractions under {@link Vocab#DOC_NS}:
 * the same input always gives the same IRIs, so re-extracting a document is idempotent.
 */
public final class DocumentIris {

    private DocumentIris() {
    }

    /** The document IRI (also its graph name): {@code DOC_NS + percent-encoded id}. */
    public static String document(String documentId) {
        return Vocab.DOC_NS + IRILib.encodeUriComponent(documentId);
    }

    /** The IRI of sentence {@code index} of a document. */
    public static String sentence(String documentId, int index) {
        return document(documentId) + "/sentence/" + index;
    }

    /**
     * The IRI of the reifier of one extracted fact: a hash of the triple, the sentence, the rule
     * and the match span, under the document IRI.
     */
    public static String extraction(Fact fact) {
        var ev = fact.evidence();
        String key = String.join("\n", fact.subject(), fact.relation(), fact.object(),
                Integer.toString(ev.sentence()), fact.rule(),
                ev.matchSpan().start() + ":" + ev.matchSpan().end());
        return document(ev.document()) + "/fact/" + shortHash(key);
    }

    private static String shortHash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
