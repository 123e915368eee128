package io.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command line: news articles in, a knowledge graph out. */
@Command(name = "newsgraph", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Reads business news articles, extracts companies, people and the investments, positions, "
                + "client relationships, layoffs, acquisitions and headcounts they report, and keeps them as RDF "
                + "with provenance in a TDB2 store served by Fuseki.",
        subcommands = {IngestCommand.class, ExtractCommand.class, QueryCommand.class, ExportCommand.class,
                ServeCommand.class, ValidateCommand.class, EvalCommand.class, CompactCommand.class, RemoveCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    static {
        Logging.configure();
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (used by tests to run the real CLI in-process). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("newsgraph: " + Errors.oneLine(e));
            return e instanceof UserError u ? u.exitCode() : 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
