package io.newsgraph.cli;

import io.newsgraph.extract.Aliases;
import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.rdf.NG;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import picocli.CommandLine.Option;

/** {@code --aliases FILE}: a user's corrections to entity resolution, shared by the commands that extract. */
final class AliasesOption {
    @Option(names = "--aliases", paramLabel = "FILE", description = "Corrections to entity resolution: a CSV file ('name,entity' "
            + "forces a merge, '!name,entity' forbids one) or a Turtle file (.ttl: [] ng:aliasName \"name\" ; ng:aliasOf \"entity\" "
            + "or ng:notAliasOf \"entity\"). Articles read under another (or no) file are read again on ingest.")
    Path file;

    /** The standard extractor, with the file's corrections when one is given; a file that cannot be read is a usage error. */
    RuleBasedExtractor extractor() {
        if (file == null) {
            return RuleBasedExtractor.standard();
        }
        try {
            return RuleBasedExtractor.standard().withAliases(file.toString().toLowerCase(Locale.ROOT).endsWith(".ttl") ? turtle(file) : Aliases.read(file));
        } catch (IOException e) {
            throw new UserError("cannot read aliases " + file + ": " + e.getMessage(), 2);
        }
    }

    /**
     * Corrections in Turtle: each resource with an {@code ng:aliasName} forces the name onto every
     * {@code ng:aliasOf} entity name and keeps it apart from every {@code ng:notAliasOf} one.
     */
    static Aliases turtle(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.fromString(text, Lang.TURTLE).base(file.toUri().toString())
                    .errorHandler(org.apache.jena.riot.system.ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(g);
        } catch (RiotException e) {
            throw new IOException("not Turtle: " + e.getMessage(), e);
        }
        List<String[]> forced = new ArrayList<>();
        List<String[]> forbidden = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, NG.aliasName, Node.ANY).toList()) {
            String name = literal(t.getObject(), file);
            g.find(t.getSubject(), NG.aliasOf, Node.ANY).forEachRemaining(x -> forced.add(new String[] {name, literalUnchecked(x.getObject())}));
            g.find(t.getSubject(), NG.notAliasOf, Node.ANY).forEachRemaining(x -> forbidden.add(new String[] {name, literalUnchecked(x.getObject())}));
        }
        if (forced.isEmpty() && forbidden.isEmpty()) {
            throw new IOException("no ng:aliasName with an ng:aliasOf or ng:notAliasOf");
        }
        return Aliases.of(forced, forbidden, text);
    }

    private static String literal(Node n, Path file) throws IOException {
        if (!n.isLiteral() || n.getLiteralLexicalForm().isBlank()) {
            throw new IOException("an alias name must be a non-empty string, not " + n);
        }
        return n.getLiteralLexicalForm();
    }

    private static String literalUnchecked(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getLocalName() : n.toString();
    }
}
