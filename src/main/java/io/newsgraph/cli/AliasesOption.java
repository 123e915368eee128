package io.newsgraph.cli;

import io.newsgraph.extract.Aliases;
import io.newsgraph.extract.RuleBasedExtractor;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --aliases FILE}: a user's corrections to entity resolution, shared by the commands that extract. */
final class AliasesOption {
    @Option(names = "--aliases", paramLabel = "FILE", description = "Corrections to entity resolution, a CSV file: 'name,entity' forces "
            + "a merge, '!name,entity' forbids one. Articles read under another (or no) file are read again on ingest.")
    Path file;

    /** The standard extractor, with the file's corrections when one is given; a file that cannot be read is a usage error. */
    RuleBasedExtractor extractor() {
        if (file == null) {
            return RuleBasedExtractor.standard();
        }
        try {
            return RuleBasedExtractor.standard().withAliases(Aliases.read(file));
        } catch (IOException e) {
            throw new UserError("cannot read aliases " + file + ": " + e.getMessage(), 2);
        }
    }
}
