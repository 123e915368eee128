package io.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms of the newsgraph ontology ({@code ontology/newsgraph.ttl}), as Jena nodes. */
public final class NG {
    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    /** The ontology's own IRI, also the name of the graph the store keeps it in. */
    public static final String ONTOLOGY = "https://w3id.org/newsgraph/ontology";

    public static final Node Organization = term("Organization");
    public static final Node Person = term("Person");
    public static final Node Article = term("Article");
    public static final Node Sentence = term("Sentence");
    public static final Node Fact = term("Fact");
    public static final Node Investment = term("Investment");
    public static final Node Position = term("Position");
    public static final Node ClientRelationship = term("ClientRelationship");
    public static final Node Layoff = term("Layoff");
    public static final Node Acquisition = term("Acquisition");
    public static final Node Headcount = term("Headcount");

    public static final Node investor = term("investor");
    public static final Node investee = term("investee");
    public static final Node acquirer = term("acquirer");
    public static final Node target = term("target");
    public static final Node person = term("person");
    public static final Node organization = term("organization");
    public static final Node client = term("client");
    public static final Node supplier = term("supplier");

    public static final Node amount = term("amount");
    public static final Node contractValue = term("contractValue");
    public static final Node approximate = term("approximate");
    public static final Node stakePercent = term("stakePercent");
    public static final Node count = term("count");
    public static final Node percent = term("percent");
    public static final Node workerType = term("workerType");
    public static final Node title = term("title");
    public static final Node positionStatus = term("positionStatus");
    public static final Node clientStatus = term("clientStatus");
    public static final Node dealStatus = term("dealStatus");
    public static final Node date = term("date");
    public static final Node heldFrom = term("heldFrom");
    public static final Node heldUntil = term("heldUntil");
    public static final Node factKey = term("factKey");
    public static final Node sortKey = term("sortKey");
    public static final Node statedIn = term("statedIn");

    public static final Node rule = term("rule");
    public static final Node confidence = term("confidence");
    public static final Node extractor = term("extractor");
    public static final Node mentionedIn = term("mentionedIn");
    public static final Node NameMerge = term("NameMerge");
    public static final Node mergedInto = term("mergedInto");
    public static final Node mergedName = term("mergedName");
    public static final Node mergeRule = term("mergeRule");

    public static final Node ConsensusValue = term("ConsensusValue");
    public static final Node consensusOf = term("consensusOf");
    public static final Node figure = term("figure");
    public static final Node statedValue = term("statedValue");
    public static final Node agreeingSources = term("agreeingSources");
    public static final Node statingSources = term("statingSources");
    public static final Node disputed = term("disputed");
    public static final Node earliestSource = term("earliestSource");
    public static final Node latestSource = term("latestSource");

    public static final Node aliasName = term("aliasName");
    public static final Node aliasOf = term("aliasOf");
    public static final Node notAliasOf = term("notAliasOf");

    public static final Node source = term("source");
    public static final Node contentHash = term("contentHash");
    public static final Node format = term("format");
    public static final Node authorName = term("authorName");
    public static final Node publisherName = term("publisherName");
    public static final Node extractedAt = term("extractedAt");

    private NG() {
    }

    /** The node for a local name in the namespace; statuses and worker types are named in CamelCase ("Former"). */
    public static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
