package io.newsgraph.model;

import io.newsgraph.document.Article;
import java.util.List;

/** Everything one article states: the entities it names and the facts it reports. */
public record Extraction(Article article, List<Entity> entities, List<Fact> facts) {
    public Extraction {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
