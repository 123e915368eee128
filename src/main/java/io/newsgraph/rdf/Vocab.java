package io.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The terms newsgraph uses from other vocabularies: schema.org, PROV-O, SKOS, NIF, Dublin Core. */
public final class Vocab {
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String ORG = "http://www.w3.org/ns/org#";

    public static final Node schemaOrganization = uri(SCHEMA + "Organization");
    public static final Node schemaPerson = uri(SCHEMA + "Person");
    public static final Node NewsArticle = uri(SCHEMA + "NewsArticle");
    public static final Node MonetaryAmount = uri(SCHEMA + "MonetaryAmount");
    public static final Node headline = uri(SCHEMA + "headline");
    public static final Node datePublished = uri(SCHEMA + "datePublished");
    public static final Node url = uri(SCHEMA + "url");
    public static final Node name = uri(SCHEMA + "name");
    public static final Node value = uri(SCHEMA + "value");
    public static final Node currency = uri(SCHEMA + "currency");

    public static final Node provEntity = uri(PROV + "Entity");
    public static final Node Derivation = uri(PROV + "Derivation");
    public static final Node qualifiedDerivation = uri(PROV + "qualifiedDerivation");
    public static final Node entity = uri(PROV + "entity");

    public static final Node prefLabel = uri(SKOS + "prefLabel");
    public static final Node altLabel = uri(SKOS + "altLabel");

    public static final Node anchorOf = uri(NIF + "anchorOf");
    public static final Node beginIndex = uri(NIF + "beginIndex");
    public static final Node endIndex = uri(NIF + "endIndex");
    public static final Node isPartOf = uri(DCTERMS + "isPartOf");

    private Vocab() {
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
