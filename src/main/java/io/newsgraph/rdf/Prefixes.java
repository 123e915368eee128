package io.newsgraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes used when newsgraph prints RDF. */
public final class Prefixes {
    private Prefixes() {
    }

    /** ng:, schema:, prov:, skos:, nif:, and id:/org:/person:/fact: for the data. */
    public static PrefixMap standard() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("ng", NG.NS);
        pm.add("id", Iris.BASE);
        pm.add("organization", Iris.BASE + "org/");
        pm.add("person", Iris.BASE + "person/");
        pm.add("fact", Iris.BASE + "fact/");
        pm.add("schema", Vocab.SCHEMA);
        pm.add("prov", Vocab.PROV);
        pm.add("skos", Vocab.SKOS);
        pm.add("nif", Vocab.NIF);
        pm.add("dcterms", Vocab.DCTERMS);
        pm.add("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.add("xsd", "http://www.w3.org/2001/XMLSchema#");
        return pm;
    }
}
