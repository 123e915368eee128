package io.newsgraph.model;

/**
 * One surface form an article's entity resolution joined to an entity, and why: the record that
 * makes a merge auditable ("Lund" joined to Maria Lund by "surname").
 *
 * @param entityKey the entity's key ("person/maria-lund")
 * @param form      the name as the article wrote it
 * @param rule      what joined it: lexicon, surname, given-name, leading-words, trailing-word, longer-form
 */
public record NameMerge(String entityKey, String form, String rule) {
}
