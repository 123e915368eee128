package io.newsgraph.model;

import java.util.Set;

/**
 * A person or organization as one article names it: {@code key} is the normalised identity shared
 * by every article that names the same entity, {@code name} the preferred label, {@code aliases}
 * the other surface forms the article used.
 */
public record Entity(String key, EntityType type, String name, Set<String> aliases) {
    public Entity {
        aliases = Set.copyOf(aliases);
    }
}
