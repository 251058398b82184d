package org.softkg.relation;
import org.junit.jupiter.api.Test;
import org.softkg.model.*;
import org.softkg.rdf.Vocab;
class TmpDbgTest {
    @Test
    void dbg() {
        RuleSet rs = RuleSet.loadDefault(Vocab.relationNames());
        for (String s : new String[] {
            "The [Orbit|Name] project is a compatibility layer for running [Zeta|Application] binaries on [Kappa|Name] systems .",
            "The [Orbit|Name] project is a compatibility layer for running [Zeta|Application] binaries on [Kappa|Name] .",
            "[Orbit|Name] is a compatibility layer for running [Zeta|Application] binaries on [Kappa|Name] .",
        }) {
            Document d = Docs.annotated(s);
            StringBuilder sb = new StringBuilder();
            for (Token t : d.sentences().get(0).tokens()) sb.append(t.text()).append('/').append(t.pos()).append(' ');
            System.out.println(sb + "\n  => " + Docs.facts(rs, s));
        }
    }
}
