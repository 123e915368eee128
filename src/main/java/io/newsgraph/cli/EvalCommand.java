package io.newsgraph.cli;

import io.newsgraph.store.GoldEvaluation;
import io.newsgraph.store.ArticleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph eval}: score the store against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores what the store holds against a folder of gold annotations (the gold format: gold/NAME.json "
                + "beside articles/NAME.txt), printing precision, recall and F1 per fact kind and attribute accuracy. "
                + "Ingest the gold folder's articles into the store first."})
final class EvalCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder with gold/*.json (and articles/).")
    Path gold;

    @Option(names = "--verbose", description = "List every missed and extra fact.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path goldDir = Files.isDirectory(gold.resolve("gold")) ? gold.resolve("gold") : gold;
        if (!Files.isDirectory(goldDir)) {
            throw new UserError("no gold folder at " + gold.toAbsolutePath());
        }
        try (ArticleStore gs = store.openAny(true)) {
            GoldEvaluation.Report r = new GoldEvaluation(gs).evaluate(goldDir);
            spec.commandLine().getOut().print(r.format(verbose));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
    }
}
