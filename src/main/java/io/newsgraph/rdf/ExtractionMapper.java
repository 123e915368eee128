package io.newsgraph.rdf;

import io.newsgraph.document.Article;
import io.newsgraph.model.Acquisition;
import io.newsgraph.model.ClientRelationship;
import io.newsgraph.model.Entity;
import io.newsgraph.model.EntityType;
import io.newsgraph.model.Evidence;
import io.newsgraph.model.Extraction;
import io.newsgraph.model.Fact;
import io.newsgraph.model.Headcount;
import io.newsgraph.model.Investment;
import io.newsgraph.model.Layoff;
import io.newsgraph.model.Money;
import io.newsgraph.model.Position;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Maps one article's extraction to the triples of its named graph: article metadata, the entities
 * it names, its facts with the values it states, and a derivation per fact and sentence. This is
 * the only place that knows how the model becomes RDF.
 */
public final class ExtractionMapper {
    private final String extractorName;

    public ExtractionMapper(String extractorName) {
        this.extractorName = extractorName;
    }

    /** The IRI of the article's graph (and of the article). */
    public static String graphName(Article article) {
        return Iris.article(article.id());
    }

    /** The article's graph: everything it states, self-contained (it validates against the shapes on its own). */
    public Graph toGraph(Extraction x) {
        Graph g = GraphFactory.createDefaultGraph();
        Article a = x.article();
        Node article = uri(graphName(a));
        addArticle(g, article, a);
        for (Entity e : x.entities()) {
            addEntity(g, article, e);
        }
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        for (Entity e : x.entities()) {
            labels.putIfAbsent(e.key(), e.name());
        }
        java.util.Map<String, Integer> keys = new java.util.HashMap<>();
        for (Fact f : x.facts()) {
            // two facts of one article with one identity (two cuts by one company in one month: a total and a part)
            // stay two facts: the second and later get a numbered key, so no fact node holds two counts
            String key = identityKey(f, a);
            int n = keys.merge(key, 1, Integer::sum);
            addFact(g, article, a, f, n == 1 ? key : key + "|" + n, labels);
        }
        for (io.newsgraph.model.NameMerge m : x.merges()) {
            // an auditable merge: this article's entity resolution joined this name to the entity, by this rule
            Node n = uri(Iris.merge(article.getURI(), m.entityKey(), m.form()));
            add(g, n, RDF.type.asNode(), NG.NameMerge);
            add(g, n, NG.mergedInto, uri(Iris.entity(m.entityKey())));
            add(g, n, NG.mergedName, str(m.form()));
            add(g, n, NG.mergeRule, str(m.rule()));
            add(g, n, Vocab.isPartOf, article);
        }
        return g;
    }

    private void addArticle(Graph g, Node article, Article a) {
        add(g, article, RDF.type.asNode(), NG.Article);
        add(g, article, RDF.type.asNode(), Vocab.NewsArticle);
        add(g, article, NG.source, str(a.source()));
        add(g, article, NG.contentHash, str(a.contentHash()));
        add(g, article, NG.format, str(a.format()));
        add(g, article, NG.extractor, str(extractorName));
        // no extraction time: an article graph depends only on the article and the extractor version, so two
        // builds from the same inputs are the same graph (and export to the same bytes)
        if (a.source().startsWith("http://") || a.source().startsWith("https://")) {
            add(g, article, Vocab.url, uri(a.source()));
        }
        if (a.title() != null) {
            add(g, article, Vocab.headline, str(a.title()));
            add(g, article, RDFS.label.asNode(), str(a.title()));
        }
        if (a.published() != null) {
            add(g, article, Vocab.datePublished, lit(a.published(), XSDDatatype.XSDdate));
        }
        if (a.publisher() != null) {
            add(g, article, NG.publisherName, str(a.publisher()));
        }
        if (a.author() != null) {
            add(g, article, NG.authorName, str(a.author()));
        }
    }

    private static void addEntity(Graph g, Node article, Entity e) {
        Node n = uri(Iris.entity(e.key()));
        boolean person = e.type() == EntityType.PERSON;
        // ng:Organization is a schema:Organization and ng:Person a schema:Person by the ontology; the
        // label is written as skos:prefLabel (queries) and rdfs:label (what graph tools display)
        add(g, n, RDF.type.asNode(), person ? NG.Person : NG.Organization);
        add(g, n, Vocab.prefLabel, str(e.name()));
        add(g, n, RDFS.label.asNode(), str(e.name()));
        for (String alias : e.aliases()) {
            if (!alias.equals(e.name())) {
                add(g, n, Vocab.altLabel, str(alias));
            }
        }
        add(g, n, NG.mentionedIn, article);
    }

    private void addFact(Graph g, Node article, Article a, Fact f, String key, java.util.Map<String, String> labels) {
        Node fact = uri(Iris.fact(f.kind(), key));
        String first = labels.get(firstParty(f).key());
        if (first != null) {
            // the order of the fact's row in its contract query, for the store's first pages
            add(g, fact, SortKeys.property(f.kind()), SortKeys.node(first));
        }
        add(g, fact, NG.factKey, str(key));
        add(g, fact, NG.statedIn, article);
        add(g, fact, RDF.type.asNode(), NG.Fact);
        if (f instanceof Investment i) {
            add(g, fact, RDF.type.asNode(), NG.Investment);
            add(g, fact, NG.investor, entity(i.investor()));
            add(g, fact, NG.investee, entity(i.investee()));
            money(g, fact, article, NG.amount, i.amount());
            if (i.stakePercent() != null) {
                add(g, fact, NG.stakePercent, decimal(i.stakePercent()));
            }
            date(g, fact, i.date());
        } else if (f instanceof Position p) {
            add(g, fact, RDF.type.asNode(), NG.Position);
            add(g, fact, NG.person, entity(p.person()));
            add(g, fact, NG.organization, entity(p.organization()));
            add(g, fact, NG.title, str(p.title()));
            if (p.status() != null) {
                add(g, fact, NG.positionStatus, status(g, p.status()));
            }
            date(g, fact, p.date());
            date(g, fact, NG.heldFrom, p.heldFrom());
            date(g, fact, NG.heldUntil, p.heldUntil());
        } else if (f instanceof ClientRelationship c) {
            add(g, fact, RDF.type.asNode(), NG.ClientRelationship);
            add(g, fact, NG.client, entity(c.client()));
            add(g, fact, NG.supplier, entity(c.supplier()));
            if (c.status() != null) {
                add(g, fact, NG.clientStatus, status(g, c.status()));
            }
            money(g, fact, article, NG.contractValue, c.value());
        } else if (f instanceof Layoff l) {
            add(g, fact, RDF.type.asNode(), NG.Layoff);
            add(g, fact, NG.organization, entity(l.organization()));
            if (l.count() != null) {
                add(g, fact, NG.count, lit(Long.toString(l.count()), XSDDatatype.XSDinteger));
            }
            if (l.percent() != null) {
                add(g, fact, NG.percent, decimal(l.percent()));
            }
            if (l.workerType() != null) {
                add(g, fact, NG.workerType, status(g, l.workerType()));
            }
            date(g, fact, l.date());
        } else if (f instanceof Acquisition q) {
            add(g, fact, RDF.type.asNode(), NG.Acquisition);
            add(g, fact, NG.acquirer, entity(q.acquirer()));
            add(g, fact, NG.target, entity(q.target()));
            money(g, fact, article, NG.amount, q.amount());
            if (q.status() != null) {
                add(g, fact, NG.dealStatus, status(g, q.status()));
            }
        } else if (f instanceof Headcount h) {
            add(g, fact, RDF.type.asNode(), NG.Headcount);
            add(g, fact, NG.organization, entity(h.organization()));
            add(g, fact, NG.count, lit(Long.toString(h.count()), XSDDatatype.XSDinteger));
        }
        for (Evidence e : f.evidence()) {
            addDerivation(g, article, fact, e);
        }
    }

    private void addDerivation(Graph g, Node article, Node fact, Evidence e) {
        String sentenceIri = Iris.sentence(article.getURI(), e.begin(), e.end());
        Node sentence = uri(sentenceIri);
        add(g, sentence, RDF.type.asNode(), NG.Sentence);
        add(g, sentence, Vocab.anchorOf, str(e.sentence()));
        add(g, sentence, Vocab.beginIndex, lit(Integer.toString(e.begin()), XSDDatatype.XSDnonNegativeInteger));
        add(g, sentence, Vocab.endIndex, lit(Integer.toString(e.end()), XSDDatatype.XSDnonNegativeInteger));
        add(g, sentence, Vocab.isPartOf, article);
        Node d = uri(Iris.derivation(fact.getURI(), sentenceIri, e.rule()));
        // d is a prov:Derivation by the range of prov:qualifiedDerivation; the extractor is on the article
        add(g, fact, Vocab.qualifiedDerivation, d);
        add(g, d, Vocab.entity, sentence);
        add(g, d, NG.rule, str(e.rule()));
        add(g, d, NG.confidence, decimal(e.confidence()));
    }

    /**
     * What makes two statements the same fact across articles: the parties, and for layoffs and
     * headcounts the month (stated, else the publication month), since companies cut staff more than once.
     */
    static String identityKey(Fact f, Article a) {
        String month = a.published() == null ? "" : a.published().substring(0, 7);
        if (f instanceof Investment i) {
            return "investment|" + i.investor().key() + "|" + i.investee().key();
        } else if (f instanceof Position p) {
            return "position|" + p.person().key() + "|" + p.organization().key() + "|" + p.title();
        } else if (f instanceof ClientRelationship c) {
            return "client|" + c.client().key() + "|" + c.supplier().key();
        } else if (f instanceof Layoff l) {
            String when = l.date() != null && l.date().length() >= 7 ? l.date().substring(0, 7) : month;
            return "layoff|" + l.organization().key() + "|" + (l.workerType() == null ? "" : l.workerType().name().toLowerCase(Locale.ROOT)) + "|" + when;
        } else if (f instanceof Acquisition q) {
            return "acquisition|" + q.acquirer().key() + "|" + q.target().key();
        } else if (f instanceof Headcount h) {
            return "headcount|" + h.organization().key() + "|" + month;
        }
        throw new IllegalArgumentException("unknown fact " + f);
    }

    private static void money(Graph g, Node fact, Node article, Node property, Money m) {
        if (m == null) {
            return;
        }
        Node n = uri(Iris.amount(fact.getURI(), article.getURI(), property.getLocalName()));
        add(g, fact, property, n);
        add(g, n, RDF.type.asNode(), Vocab.MonetaryAmount);
        add(g, n, Vocab.value, lit(m.value().toPlainString(), XSDDatatype.XSDdecimal));
        add(g, n, Vocab.currency, str(m.currency()));
        if (m.approximate()) {
            add(g, n, NG.approximate, lit("true", XSDDatatype.XSDboolean));
        }
    }

    private static void date(Graph g, Node fact, String iso) {
        date(g, fact, NG.date, iso);
    }

    /** A date of the precision the article gives: a year, a month or a day. */
    private static void date(Graph g, Node fact, Node property, String iso) {
        if (iso == null) {
            return;
        }
        RDFDatatype type = iso.length() == 4 ? XSDDatatype.XSDgYear : iso.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        add(g, fact, property, lit(iso, type));
    }

    /**
     * A status individual (ng:Current, ng:Ended, ...), with its label in the article's own graph too,
     * so that a query inside {@code GRAPH ?g { ... }} finds it without the ontology graph.
     */
    private static Node status(Graph g, Enum<?> e) {
        String n = e.name().toLowerCase(Locale.ROOT);
        Node s = NG.term(Character.toUpperCase(n.charAt(0)) + n.substring(1));
        add(g, s, org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralLang(n, "en"));
        return s;
    }

    /** The party the fact's contract query sorts on first (its first column is this party's label). */
    private static Entity firstParty(Fact f) {
        if (f instanceof Investment i) {
            return i.investor();
        } else if (f instanceof Position p) {
            return p.person();
        } else if (f instanceof ClientRelationship c) {
            return c.client();
        } else if (f instanceof Layoff l) {
            return l.organization();
        } else if (f instanceof Acquisition q) {
            return q.acquirer();
        } else if (f instanceof Headcount h) {
            return h.organization();
        }
        throw new IllegalArgumentException("no first party for " + f.kind());
    }

    private static Node entity(Entity e) {
        return uri(Iris.entity(e.key()));
    }

    private static Node decimal(double d) {
        return lit(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), XSDDatatype.XSDdecimal);
    }

    private static Node lit(String lex, RDFDatatype type) {
        return NodeFactory.createLiteralDT(lex, type);
    }

    private static Node str(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
