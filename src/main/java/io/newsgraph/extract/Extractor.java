package io.newsgraph.extract;

import io.newsgraph.document.Article;
import io.newsgraph.model.Extraction;

/** Finds the entities and facts an article states. Implementations must be thread-safe. */
public interface Extractor {

    /** The entities and facts of one article, each fact with its evidence. */
    Extraction extract(Article article);

    /** A short name recorded as the software agent of every derivation ("rules-1"). */
    String name();
}
