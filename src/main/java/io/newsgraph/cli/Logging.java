package io.newsgraph.cli;

/**
 * Log levels for the one SLF4J binding (slf4j-simple): quiet by default so command output stays
 * clean; {@code serve} turns on Fuseki's request log. Set before any logger exists.
 */
final class Logging {
    private Logging() {
    }

    static void configure() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.jena.riot", "error");
    }

    /** Fuseki's server and request logs at info, for {@code serve}. */
    static void serverLogging() {
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Server", "info");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "info");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Request", "info");
        setIfAbsent("org.slf4j.simpleLogger.log.io.newsgraph", "info");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
