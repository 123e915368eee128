package io.newsgraph.cli;

import io.newsgraph.store.ArticleStore;
import io.newsgraph.store.NamedQueries;
import io.newsgraph.store.QueryParameters;
import io.newsgraph.store.QueryRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.RDFNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph query}: run a named query or a .rq file. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a named query from queries/ (also packaged in the jar) or a .rq file against the store.")
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE.rq",
            description = "A query name (investments, positions, ...; see --list) or a SPARQL file.")
    String query;

    @Option(names = "--format", description = "csv, tsv, json, xml or text (default: text).")
    String format = "text";

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Binds a query variable, e.g. --param name=\"Scale AI\". Numbers bind as numbers, <iri> as an IRI, the rest as strings.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--timeout", paramLabel = "MS", description = "Cut the query off after this many milliseconds (default: 60000).")
    long timeoutMillis = 60_000;

    @Option(names = "--list", description = "List the named queries and what they answer.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (String name : NamedQueries.BUNDLED) {
                String d = NamedQueries.description(NamedQueries.load(name));
                out.println(name + "\n    " + d.replace("\n", "\n    "));
            }
            return 0;
        }
        if (query == null) {
            throw new UserError("name a query (see 'newsgraph query --list') or a .rq file", 2);
        }
        QueryRunner.Format fmt;
        try {
            fmt = QueryRunner.Format.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown format '" + format + "' (csv, tsv, json, xml, text)", 2);
        }
        String text;
        try {
            text = NamedQueries.load(query);
        } catch (IOException e) {
            throw new UserError(e.getMessage());
        }
        Query q;
        try {
            q = QueryRunner.parse(text, query);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (!query.endsWith(".rq") && !query.contains("/")) {
            String problem = QueryParameters.of(text).problem(query, params);
            if (problem != null) {
                throw new UserError(problem, 2);
            }
        }
        Map<String, RDFNode> bindings = new LinkedHashMap<>();
        params.forEach((k, v) -> bindings.put(k, NamedQueries.parameter(v)));
        out.flush();
        try (ArticleStore gs = store.openAny(true)) {
            new QueryRunner(gs).run(q, bindings, fmt, System.out, timeoutMillis);
        } catch (QueryCancelledException e) {
            throw new UserError(query + ": query cut off after " + timeoutMillis + " ms (raise --timeout)");
        }
        System.out.flush();
        return 0;
    }
}
