package org.softkg.relation;

import org.softkg.model.Mention;

/**
 * Reads a {@code uses} fact whose object is a licence as the licence fact it states: "Orbit uses the Zeta Public
 * License" says under which licence Orbit is distributed, which is {@code license}; a program does not use a licence
 * as a component, technique or tool. Found in the ninth session's judging of the whole pool.
 */
final class LicenseReading {

    private LicenseReading() {
    }

    /** The relation a fact of {@code relation} with object mention {@code object} states. */
    static String relation(String relation, Mention object) {
        return "uses".equals(relation) && "License".equals(object.type()) ? "license" : relation;
    }
}
