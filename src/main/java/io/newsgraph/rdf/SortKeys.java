package io.newsgraph.rdf;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The sort key of a fact in an article graph ({@code ng:investmentSortKey} and the other kinds' properties): a number that never orders two labels against
 * the order SPARQL's ORDER BY gives them, made from the first characters of the label of the fact's first
 * party (the column its contract query sorts on first). TDB2 keeps small integers inside its index
 * entries in numeric order, so the facts whose keys come first are the first rows of the contract
 * query, found without sorting the others ({@code store.FirstPages}).
 */
public final class SortKeys {
    /**
     * The property each kind's key is stated with ({@code ng:investmentSortKey}, ...; all sub-properties of
     * {@code ng:sortKey}): one per kind, so the keys of one kind lie together in the store's index and a page
     * reads no other kind's.
     */
    public static final Map<Node, Node> PROPERTY = Map.of(
            NG.Investment, NG.term("investmentSortKey"),
            NG.Position, NG.term("positionSortKey"),
            NG.ClientRelationship, NG.term("clientRelationshipSortKey"),
            NG.Layoff, NG.term("layoffSortKey"),
            NG.Acquisition, NG.term("acquisitionSortKey"),
            NG.Headcount, NG.term("headcountSortKey"));
    /** The property of the kind a {@code Fact.kind()} names ("investment", "position", "client", ...). */
    public static Node property(String factKind) {
        return switch (factKind) {
            case "investment" -> PROPERTY.get(NG.Investment);
            case "position" -> PROPERTY.get(NG.Position);
            case "client" -> PROPERTY.get(NG.ClientRelationship);
            case "layoff" -> PROPERTY.get(NG.Layoff);
            case "acquisition" -> PROPERTY.get(NG.Acquisition);
            case "headcount" -> PROPERTY.get(NG.Headcount);
            default -> throw new IllegalArgumentException("no sort key for facts of kind " + factKind);
        };
    }

    /** Characters of a label the key holds, and the bits each takes. */
    private static final int CHARS = 6;
    private static final int BITS = 9;
    /** UTF-16 units from here on (past Latin Extended-B) all count as one, and end the key. */
    private static final int CLAMP = (1 << BITS) - 1;

    private SortKeys() {
    }

    /**
     * The key of a label: its first six UTF-16 units, 9 bits each (54 bits, a non-negative integer TDB2
     * stores inline). A unit at or past U+01FF counts as U+01FF and ends the key: past that point labels
     * share a key (Latin labels are told apart by six characters, others by fewer), and SPARQL engines'
     * two string orders (by UTF-16 unit, by code point), which differ only past U+D7FF, agree on every
     * key. If one label orders before another in either, its key is never greater.
     */
    public static long of(String label) {
        long key = 0;
        boolean clamped = false;
        for (int i = 0; i < CHARS; i++) {
            int c = clamped || i >= label.length() ? 0 : Math.min(label.charAt(i), CLAMP);
            clamped |= c == CLAMP;
            key = (key << BITS) | c;
        }
        return key;
    }

    /** The key as the literal the graph holds. */
    public static Node node(String label) {
        return NodeFactory.createLiteralDT(Long.toString(of(label)), XSDDatatype.XSDinteger);
    }
}
