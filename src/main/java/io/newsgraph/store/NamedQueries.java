package io.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The SPARQL queries in {@code queries/}: looked up as a file path, then as {@code queries/NAME.rq}
 * in the working directory, then as the copy packaged in the jar.
 */
public final class NamedQueries {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");
    /** Names of the queries packaged in the jar, in the order the README lists them. */
    public static final List<String> BUNDLED = List.of(
            "investments", "positions", "clients", "layoffs", "acquisitions", "headcounts", "entities",
            "company", "person-career", "who-invested-in-whom", "single-source-facts", "conflicting-figures",
            "clients-lost", "fact-evidence", "articles", "layoffs-by-month", "low-confidence-facts", "co-mentioned",
            "entity-facts", "describe-entity", "consensus", "disputed", "positions-as-of", "company-as-of", "merges");

    private NamedQueries() {
    }

    /** The text of the named query or .rq file; fails with a message naming what was looked for. */
    public static String load(String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || nameOrFile.contains("/")) {
            if (!Files.isRegularFile(file)) {
                throw new IOException("no such query file " + file.toAbsolutePath());
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (!NAME.matcher(nameOrFile).matches()) {
            throw new IOException("not a query name or .rq file: " + nameOrFile);
        }
        Path local = Path.of("queries", nameOrFile + ".rq");
        if (Files.isRegularFile(local)) {
            return Files.readString(local, StandardCharsets.UTF_8);
        }
        try (InputStream in = NamedQueries.class.getResourceAsStream("/queries/" + nameOrFile + ".rq")) {
            if (in == null) {
                throw new IOException("no query named '" + nameOrFile + "' (known: " + String.join(", ", BUNDLED) + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A parameter value as an RDF term: numbers as numbers, {@code <iri>} as an IRI, the rest as a string. */
    public static org.apache.jena.rdf.model.RDFNode parameter(String v) {
        if (v.matches("-?\\d+")) {
            return org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
        }
        if (v.matches("-?\\d*\\.\\d+")) {
            return org.apache.jena.rdf.model.ResourceFactory.createTypedLiteral(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal);
        }
        if (v.startsWith("<") && v.endsWith(">")) {
            return org.apache.jena.rdf.model.ResourceFactory.createResource(v.substring(1, v.length() - 1));
        }
        return org.apache.jena.rdf.model.ResourceFactory.createStringLiteral(v);
    }

    /** The comment header of a query: what it answers and its columns. */
    public static String description(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            lines.add(line.replaceFirst("^#\\s?", ""));
        }
        return String.join("\n", lines);
    }
}
