package io.newsgraph.cli;

import picocli.CommandLine;

/** The version printed by {@code --version}. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"newsgraph " + (v == null ? "0.1.0-SNAPSHOT" : v) + " (Apache Jena 5.6.0, Java " + Runtime.version() + ")"};
    }
}
