package io.newsgraph.rdf;

import io.newsgraph.document.Hashes;

/**
 * Mints the IRIs of the data: entities from their normalised keys, articles from their stable ids,
 * facts from a hash of their identity (never their values), sentences by RFC 5147 offsets.
 */
public final class Iris {
    /** Base of every data IRI. */
    public static final String BASE = "https://w3id.org/newsgraph/id/";

    private Iris() {
    }

    /** {@code .../id/org/meta}, {@code .../id/person/alexandr-wang}. */
    public static String entity(String key) {
        return BASE + key;
    }

    /** The article's IRI, which also names its graph. */
    public static String article(String articleId) {
        return BASE + "article/" + articleId;
    }

    /** A fact's IRI: kind plus a hash of the identity key. */
    public static String fact(String kind, String identityKey) {
        return BASE + "fact/" + kind + "/" + Hashes.sha256(identityKey).substring(0, 20);
    }

    /** The sentence at code-point offsets [begin, end) of the article. */
    public static String sentence(String articleIri, int begin, int end) {
        return articleIri + "#char=" + begin + "," + end;
    }

    /** One derivation: this fact, from this sentence, by this rule. */
    public static String derivation(String factIri, String sentenceIri, String rule) {
        return BASE + "derivation/" + Hashes.sha256(factIri + "|" + sentenceIri + "|" + rule).substring(0, 24);
    }

    /** The record that an article joined a name to an entity. */
    public static String merge(String articleIri, String entityKey, String form) {
        return articleIri + "#merge-" + Hashes.sha256(entityKey + "|" + form).substring(0, 16);
    }

    /** A monetary amount node belonging to one fact in one article. */
    public static String amount(String factIri, String articleIri, String role) {
        return BASE + "amount/" + Hashes.sha256(factIri + "|" + articleIri + "|" + role).substring(0, 24);
    }
}
