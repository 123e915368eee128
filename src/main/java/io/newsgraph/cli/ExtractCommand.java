package io.newsgraph.cli;

import io.newsgraph.document.Article;
import io.newsgraph.document.ArticleReader;
import io.newsgraph.eval.ExtractedFacts;
import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.model.Extraction;
import io.newsgraph.rdf.ExtractionMapper;
import io.newsgraph.rdf.Prefixes;
import io.newsgraph.source.ArticleSource;
import io.newsgraph.source.Inputs;
import io.newsgraph.source.UnreadableArticleException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph extract}: one article's graph as TriG, nothing stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts one article and prints its named graph as TriG (nothing is stored).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "An article file, http(s) URL, or '-' for stdin.")
    String input;

    @Option(names = "--explain", description = "Also print, as comments, each sentence as the rules see it.")
    boolean explain;

    @Option(names = "--facts", description = "Print the facts as lines (kind, columns, rule, sentence) instead of TriG.")
    boolean facts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ArticleSource> sources = Inputs.defaults().expand(List.of(input));
        if (sources.size() != 1) {
            throw new UserError(input + ": extract takes one article, not a folder (use ingest)");
        }
        Article article;
        try {
            article = new ArticleReader().read(sources.get(0).read());
        } catch (UnreadableArticleException e) {
            throw new UserError(e.oneLine());
        }
        RuleBasedExtractor extractor = RuleBasedExtractor.standard();
        PrintWriter out = spec.commandLine().getOut();
        if (explain) {
            for (String line : extractor.explain(article)) {
                out.println("# " + line.replace("\n", "\n# "));
            }
        }
        Extraction x = extractor.extract(article);
        if (facts) {
            ExtractedFacts.describe(x).forEach(out::println);
            out.flush();
            return 0;
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.addGraph(NodeFactory.createURI(ExtractionMapper.graphName(article)), new ExtractionMapper(extractor.name()).toGraph(x));
        dsg.prefixes().putAll(Prefixes.standard());
        out.flush();
        RDFDataMgr.write(System.out, dsg, RDFFormat.TRIG_PRETTY);
        System.out.flush();
        return 0;
    }
}
