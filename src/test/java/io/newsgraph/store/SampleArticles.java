package io.newsgraph.store;

import io.newsgraph.extract.RuleBasedExtractor;
import io.newsgraph.source.Inputs;
import java.util.List;

/** The bundled sample articles (the repository's {@code samples/}), ingested the way the CLI does it. */
public final class SampleArticles {
    private SampleArticles() {
    }

    /** Ingests every sample article into the store and returns the report. */
    public static IngestReport ingestInto(ArticleStore store) {
        try (Ingestion i = new Ingestion(store, RuleBasedExtractor.standard(), 2, false)) {
            return i.ingest(Inputs.defaults().expand(List.of("samples")), line -> { });
        }
    }
}
