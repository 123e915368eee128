package io.newsgraph.cli;

import io.newsgraph.document.ArticleReader;
import io.newsgraph.eval.ExtractedFacts;
import io.newsgraph.eval.GoldEvaluation;
import io.newsgraph.eval.StoreFacts;
import io.newsgraph.extract.Extractor;
import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.source.FileSource;
import io.newsgraph.source.Limits;
import io.newsgraph.source.UnreadableArticleException;
import io.newsgraph.store.ArticleStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph eval}: score extraction (or what a store holds) against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against a folder of gold annotations (DIR/articles/NAME.txt with DIR/gold/NAME.json; "
                + "the format is in docs/gold-format.md), printing precision, recall and F1 per fact kind and attribute accuracy. "
                + "By default the articles are extracted in memory (nothing is stored); --from-store scores what the store "
                + "holds for them instead. --verbose lists every missed, extra and wrong fact with the sentence and rule it "
                + "came from (for a miss: the sentences that name its entities)."})
final class EvalCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder with gold/*.json and articles/.")
    Path gold;

    @Option(names = "--verbose", description = "List every missed, extra and wrong fact with its evidence.")
    boolean verbose;

    @Option(names = "--from-store", description = "Score the facts the store holds for the gold articles (ingest them first).")
    boolean fromStore;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path goldDir = Files.isDirectory(gold.resolve("gold")) ? gold.resolve("gold") : gold;
        if (!Files.isDirectory(goldDir)) {
            throw new UserError("no gold folder at " + gold.toAbsolutePath());
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            GoldEvaluation.Report r;
            if (fromStore) {
                try (ArticleStore gs = store.openAny(true)) {
                    r = new GoldEvaluation().evaluate(goldDir, new StoreFacts(gs));
                }
            } else {
                r = new GoldEvaluation().evaluate(goldDir, extractAll(goldDir));
            }
            out.print(r.format(verbose));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        } finally {
            out.flush();
        }
        return 0;
    }

    private ExtractedFacts extractAll(Path goldDir) {
        Extractor extractor = RuleBasedExtractor.standard();
        ArticleReader reader = new ArticleReader();
        ExtractedFacts facts = new ExtractedFacts();
        for (String path : GoldEvaluation.readGold(goldDir).keySet()) {
            try {
                facts.add(extractor.extract(reader.read(new FileSource(Path.of(path), Limits.DEFAULT_MAX_BYTES).read())));
            } catch (UnreadableArticleException e) {
                spec.commandLine().getErr().println("skipped " + e.oneLine());
            }
        }
        return facts;
    }
}
