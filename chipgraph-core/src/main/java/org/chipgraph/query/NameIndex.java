package org.chipgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.chipgraph.fact.NameKey;

/**
 * A Lucene full-text index over the names of the store's entities (rdfs:label, skos:altLabel,
 * cg:alternateName), with each entity's class. Built from the store's labels in memory the first time a
 * process asks, and rebuilt when the store's label count has changed (checked at most every
 * {@link #recheckMillis} ms), so re-ingests, loads and compactions never leave it behind.
 */
public final class NameIndex {

    /** One name of one entity that matched, with how it matched and a score in 0..1 (1 = the same name). */
    public record Hit(String iri, String label, String name, Set<ParamType> types, String match, double score) {}

    /** How long a checked index is trusted before the store is asked again whether its names changed. */
    static long recheckMillis = 2000;
    private static final Map<DatasetGraph, NameIndex> CACHE = new WeakHashMap<>();

    private static final String PREFIXES = """
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX cg:   <https://w3id.org/chipgraph/ontology#>
            """;
    private static final Query NAMES = QueryFactory.create(PREFIXES + """
            SELECT ?e ?n WHERE { { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n } UNION { ?e cg:alternateName ?n } FILTER(isIRI(?e)) }""");
    private static final Query TYPES = QueryFactory.create(PREFIXES + """
            SELECT ?e ?t WHERE { VALUES ?t { cg:Company cg:Chip cg:ExportControl cg:Country } ?e a ?t }""");
    private static final Query LABELS = QueryFactory.create(PREFIXES + """
            SELECT ?e ?l WHERE { ?e rdfs:label ?l FILTER(LANG(?l) = "en" || LANG(?l) = "") }""");
    private static final Query COUNT = QueryFactory.create(PREFIXES + """
            SELECT (COUNT(*) AS ?n) WHERE { { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } UNION { ?e cg:alternateName ?l } }""");

    private final DatasetGraph dsg;
    private ByteBuffersDirectory dir;
    private IndexSearcher searcher;
    private long labelCount = -1;
    private long checkedAt;

    private NameIndex(DatasetGraph dsg) { this.dsg = dsg; }

    /** The index of a store, built or refreshed as needed. */
    public static NameIndex of(DatasetGraph dsg) {
        NameIndex idx;
        synchronized (CACHE) {
            idx = CACHE.computeIfAbsent(dsg, NameIndex::new);
        }
        idx.refresh();
        return idx;
    }

    private synchronized void refresh() {
        long now = System.currentTimeMillis();
        if (searcher != null && now - checkedAt < recheckMillis) return;
        long count = read(() -> {
            try (QueryExec ex = QueryExec.dataset(dsg).query(COUNT).build()) {
                return Long.parseLong(ex.select().next().get("n").getLiteralLexicalForm());
            }
        });
        checkedAt = now;
        if (searcher != null && count == labelCount) return;
        build();
        labelCount = count;
    }

    private <T> T read(java.util.function.Supplier<T> s) {
        return dsg.isInTransaction() ? s.get() : Txn.calculateRead(dsg, s);
    }

    /**
     * How a name is compared when not spelt exactly: the name key's spelling rules only (lower case, accents and
     * punctuation gone, dotted abbreviations joined, spaces single); corporate suffixes are kept, since "Huawei"
     * and "Huawei Technologies" are two names a user may tell apart.
     */
    public static String normal(String s) {
        return NameKey.standard().key(s, NameKey.Mode.SPELLING);
    }

    private static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(t));
                return new TokenStreamComponents(t, s);
            }
        };
    }

    private void build() {
        Map<String, Set<ParamType>> types = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        read(() -> {
            each(TYPES, (e, t) -> types.computeIfAbsent(e.getURI(), k -> new LinkedHashSet<>()).add(ParamType.ofClass(t.getURI())));
            each(LABELS, (e, l) -> labels.putIfAbsent(e.getURI(), l.getLiteralLexicalForm()));
            each(NAMES, (e, n) -> { if (n.isLiteral()) names.computeIfAbsent(e.getURI(), k -> new LinkedHashSet<>()).add(n.getLiteralLexicalForm()); });
            return null;
        });
        ByteBuffersDirectory d = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer()))) {
            for (var e : names.entrySet()) {
                String label = labels.getOrDefault(e.getKey(), e.getValue().iterator().next());
                String typeList = String.join(",", types.getOrDefault(e.getKey(), Set.of()).stream().map(Enum::name).toList());
                for (String name : e.getValue()) {
                    Document doc = new Document();
                    doc.add(new StringField("iri", e.getKey(), Field.Store.YES));
                    doc.add(new StoredField("label", label));
                    doc.add(new StoredField("name", name));
                    doc.add(new StoredField("types", typeList));
                    doc.add(new StringField("normal", normal(name), Field.Store.NO));
                    doc.add(new TextField("text", name, Field.Store.NO));
                    w.addDocument(doc);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        try {
            dir = d;
            searcher = new IndexSearcher(DirectoryReader.open(d));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void each(Query q, java.util.function.BiConsumer<Node, Node> f) {
        try (QueryExec ex = QueryExec.dataset(dsg).query(q).build()) {
            var vars = q.getProjectVars();
            ex.select().forEachRemaining(b -> {
                Node a = b.get(vars.get(0)), c = b.get(vars.get(1));
                if (a != null && c != null && a.isURI()) f.accept(a, c);
            });
        }
    }

    /**
     * The entities whose names match {@code text}: the same name but for case, accents and punctuation
     * (score 1), else the names whose words are within edit distance of the words typed, best first;
     * one hit per entity, at most {@code limit}.
     */
    public synchronized List<Hit> search(String text, int limit) {
        String norm = normal(text);
        if (norm.isEmpty()) return List.of();
        try {
            List<Hit> same = collect(new TermQuery(new Term("normal", norm)), limit, "case/accent-insensitive", 1.0);
            if (!same.isEmpty()) return same;
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            List<String> words = List.of(norm.split(" "));
            for (String w : words) {
                BooleanQuery.Builder one = new BooleanQuery.Builder();
                one.add(new FuzzyQuery(new Term("text", w), w.length() <= 3 ? 0 : w.length() <= 6 ? 1 : 2), BooleanClause.Occur.SHOULD);
                if (w.length() >= 3) one.add(new PrefixQuery(new Term("text", w)), BooleanClause.Occur.SHOULD);
                b.add(one.build(), BooleanClause.Occur.SHOULD);
            }
            List<Hit> hits = collect(b.build(), limit, "fuzzy", -1);
            // Lucene scores are relative to the query; report how close the best name is to the text instead.
            List<Hit> scored = new ArrayList<>();
            for (Hit h : hits) scored.add(new Hit(h.iri(), h.label(), h.name(), h.types(), h.match(), closeness(norm, normal(h.name()))));
            scored.sort((x, y) -> Double.compare(y.score(), x.score()));
            return scored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For people searching: the same name (exact or but for case and accents) first, then names with all the
     * words typed, then fuzzy matches; one hit per entity, at most {@code limit}.
     */
    public synchronized List<Hit> searchAll(String text, int limit) {
        String norm = normal(text);
        if (norm.isEmpty()) return List.of();
        Map<String, Hit> out = new LinkedHashMap<>();
        try {
            for (Hit h : collect(new TermQuery(new Term("normal", norm)), limit, "same name", 1.0)) {
                out.putIfAbsent(h.iri(), h.name().equals(text.strip()) ? new Hit(h.iri(), h.label(), h.name(), h.types(), "exact", 1.0) : h);
            }
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (String w : norm.split(" ")) words.add(new TermQuery(new Term("text", w)), BooleanClause.Occur.MUST);
            for (Hit h : collect(words.build(), limit, "all words", -1)) {
                out.putIfAbsent(h.iri(), new Hit(h.iri(), h.label(), h.name(), h.types(), h.match(), closeness(norm, normal(h.name()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.size() < limit) for (Hit h : search(text, limit)) out.putIfAbsent(h.iri(), h);
        return out.values().stream().limit(limit).toList();
    }

    private List<Hit> collect(org.apache.lucene.search.Query q, int limit, String match, double score) throws IOException {
        Map<String, Hit> byEntity = new LinkedHashMap<>();
        for (ScoreDoc sd : searcher.search(q, Math.max(limit * 5, 20)).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            String iri = d.get("iri");
            if (byEntity.containsKey(iri)) continue;
            Set<ParamType> ts = new LinkedHashSet<>();
            for (String t : d.get("types").split(",")) if (!t.isEmpty()) ts.add(ParamType.valueOf(t));
            byEntity.put(iri, new Hit(iri, d.get("label"), d.get("name"), ts, match, score));
            if (byEntity.size() >= limit) break;
        }
        return new ArrayList<>(byEntity.values());
    }

    /**
     * How close a typed text is to a name: the similarity to the whole name, or (a little less) to the
     * name's beginning of the text's length, so "Huawei Tech" is close to "Huawei Technologies".
     */
    static double closeness(String text, String name) {
        double whole = similarity(text, name);
        if (name.length() <= text.length()) return whole;
        double start = Math.round(similarity(text, name.substring(0, text.length())) * 95) / 100.0;
        return Math.max(whole, start);
    }

    /** 1 - edit distance / length of the longer text: 1 for the same text, near 0 for nothing alike. */
    static double similarity(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : Math.round((1.0 - (double) prev[b.length()] / max) * 100) / 100.0;
    }
}
