package io.newsgraph.model;

import io.newsgraph.document.Article;
import java.util.List;

/** Everything one article states: the entities it names, the facts it reports, and the names it joined to one entity. */
public record Extraction(Article article, List<Entity> entities, List<Fact> facts, List<NameMerge> merges) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        merges = List.copyOf(merges);
    }

    /** An extraction that records no name merges. */
    public Extraction(Article article, List<Entity> entities, List<Fact> facts) {
        this(article, entities, facts, List.of());
    }
}
