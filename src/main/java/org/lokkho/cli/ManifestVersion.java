package org.lokkho.cli;

import picocli.CommandLine;

/** The version from the jar manifest (Implementation-Version), or "dev" when run from classes. */
public final class ManifestVersion implements CommandLine.IVersionProvider {
    public static String version() {
        String v = LokkhoCommand.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"lokkho " + version()};
    }
}
