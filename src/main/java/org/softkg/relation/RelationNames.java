package org.softkg.relation;

import java.util.Set;

/** Local names of the ontology properties that relation rules may produce. */
public final class RelationNames {

    /** The 16 core relations of the softkg ontology. */
    public static final Set<String> CORE = Set.of(
            "forkedFrom", "basedOn", "developedBy", "writtenIn", "license", "runsOn", "supports",
            "successorOf", "influencedBy", "similarTo", "partOf", "implements", "uses", "importedFrom",
            "compatibleWith", "dependsOn");

    private RelationNames() {
    }
}
