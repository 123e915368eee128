package io.newsgraph.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/** The prefixes used when newsgraph prints RDF. */
public final class Prefixes {
    private Prefixes() {
    }

    /** ng:, schema:, prov:, skos:, nif:, owl:, and for the data id:, organization:, person:, fact:, one per fact kind, article:, derivation:, amount:. */
    public static PrefixMap standard() {
        PrefixMap pm = PrefixMapFactory.create();
        pm.add("ng", NG.NS);
        pm.add("id", Iris.BASE);
        pm.add("organization", Iris.BASE + "org/");
        pm.add("person", Iris.BASE + "person/");
        pm.add("fact", Iris.BASE + "fact/");
        // one prefix per fact kind and for articles, derivations and amounts, so that Turtle and
        // JSON-LD can abbreviate them ("investment:533bb999e830198b8175")
        for (String kind : new String[] {"investment", "position", "client", "layoff", "acquisition", "headcount"}) {
            pm.add(kind, Iris.BASE + "fact/" + kind + "/");
        }
        pm.add("article", Iris.BASE + "article/");
        pm.add("derivation", Iris.BASE + "derivation/");
        pm.add("amount", Iris.BASE + "amount/");
        pm.add("owl", "http://www.w3.org/2002/07/owl#");
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
