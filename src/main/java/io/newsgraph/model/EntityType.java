package io.newsgraph.model;

/** The kinds of named entity the graph holds. */
public enum EntityType {
    PERSON, ORGANIZATION
}
