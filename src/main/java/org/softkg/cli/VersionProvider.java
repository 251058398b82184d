package org.softkg.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, with the Java runtime. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = SoftKg.class.getPackage().getImplementationVersion();
        return new String[] {
            "softkg " + (v == null ? "(development build)" : v),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
