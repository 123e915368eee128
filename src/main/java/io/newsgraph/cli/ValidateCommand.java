package io.newsgraph.cli;

import io.newsgraph.store.GraphStore;
import io.newsgraph.store.ShapeValidation;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph validate}: check every article graph against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validates every article graph in the store against ontology/shapes.ttl; exit code 1 when any fails.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore gs = store.open(true)) {
            ShapeValidation.Result r = new ShapeValidation(gs).validateAll();
            List<String> problems = r.problems();
            problems.stream().limit(50).forEach(out::println);
            out.println(r.graphs() + " article graphs checked, " + r.failedGraphs() + " do not conform");
            return r.failedGraphs() == 0 ? 0 : 1;
        }
    }
}
