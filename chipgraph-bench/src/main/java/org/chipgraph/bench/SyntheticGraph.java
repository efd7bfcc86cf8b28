package org.chipgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.fact.Provenance;
import org.chipgraph.fact.Quantity;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.DocumentGraph;
import org.chipgraph.rdf.Iris;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.Sha256;
import org.chipgraph.store.GraphContent;

/**
 * A synthetic but realistic chipgraph for load tests: the reference ontology and entities, plus news
 * documents written by {@link DocumentGraph} exactly as ingest writes them (one named graph per document,
 * a claim per fact with its sentence), about the reference companies, chips and export controls and
 * a few thousand invented companies. Deterministic for a seed. Written as N-Quads for the bulk loader.
 *
 * <p>Documents carry 3-8 facts drawn as news does: many buy/order/receive claims with quantities and
 * dates, supply relations (skewed to the big suppliers, so a few entities are hubs), chip makers and
 * export-control restrictions.
 */
public final class SyntheticGraph {

    static final String EXTRACTOR = "synthetic";

    private final Random random;
    private final List<EntityRef> companies = new ArrayList<>();
    private final List<EntityRef> chips = new ArrayList<>();
    private final List<EntityRef> controls = new ArrayList<>();
    private final int referenceCompanies;

    static { org.apache.jena.sys.JenaSystem.init(); }

    public SyntheticGraph(ReferenceData reference, long seed, int inventedCompanies) {
        this.random = new Random(seed);
        Model m = reference.entities();
        collect(m, CG.Company, companies);
        collect(m, CG.Chip, chips);
        collect(m, CG.ExportControl, controls);
        if (companies.isEmpty() || chips.isEmpty() || controls.isEmpty()) {
            throw new IllegalStateException("reference entities lack companies, chips or export controls");
        }
        referenceCompanies = companies.size();
        String[] a = {"Nova", "Quantum", "Silicon", "Apex", "Helio", "Vector", "Orion", "Lumen", "Tensor", "Zenith"};
        String[] b = {"Compute", "Systems", "Semiconductor", "Cloud", "AI", "Labs", "Data", "Robotics"};
        for (int i = 0; i < inventedCompanies; i++) {
            String label = a[i % a.length] + " " + b[(i / a.length) % b.length] + " " + (1000 + i);
            companies.add(new EntityRef(Iris.minted("Company", label), label, "Company", true));
        }
    }

    private static void collect(Model m, org.apache.jena.graph.Node type, List<EntityRef> into) {
        m.listResourcesWithProperty(RDF.type, m.asRDFNode(type)).forEachRemaining(r -> {
            RDFNode label = r.hasProperty(RDFS.label) ? r.getProperty(RDFS.label).getObject() : null;
            if (r.isURIResource() && label != null && label.isLiteral()) {
                into.add(EntityRef.known(r.getURI(), label.asLiteral().getString(), type.getLocalName()));
            }
        });
        into.sort(java.util.Comparator.comparing(EntityRef::iri));
    }

    /** Writes reference graphs and documents to {@code out} until at least {@code quads} quads are written. */
    public long write(ReferenceData reference, long quads, OutputStream out) {
        StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        sink.start();
        long n = 0;
        for (GraphContent g : reference.graphs()) {
            for (Quad q : g.quads()) { sink.quad(q); n++; }
        }
        for (int doc = 1; n < quads; doc++) {
            for (Quad q : document(doc)) { sink.quad(q); n++; }
        }
        sink.finish();
        return n;
    }

    /** One synthetic news document's quads. */
    List<Quad> document(int number) {
        String name = String.format("synthetic-%07d.txt", number);
        String docIri = Iris.document(name);
        PartialDate published = PartialDate.ofDay(2019 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
        Article article = new Article(null, name, "", 0, Map.of(), random.nextInt(5) == 0 ? "de" : "en", published,
                "Synthetic report " + number, null, Sha256.hex(name.getBytes(StandardCharsets.UTF_8)));
        int count = 3 + random.nextInt(6);
        List<Fact> facts = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < count; i++) {
            Fact f = fact(docIri, offset);
            offset += f.provenance().sentence().length() + 1;
            facts.add(f);
        }
        return DocumentGraph.of(article, facts);
    }

    private Fact fact(String docIri, int offset) {
        int kind = random.nextInt(100);
        EntityRef company = company();
        EntityRef chip = pick(chips);
        Relation rel;
        EntityRef subject = company;
        EntityRef object = chip;
        Quantity quantity = null;
        PartialDate date = null;
        String sentence;
        if (kind < 45) {
            rel = List.of(Relation.BUYS, Relation.ORDERS, Relation.RECEIVES).get(random.nextInt(3));
            quantity = new Quantity(BigDecimal.valueOf(1000L * (1 + random.nextInt(200))),
                    random.nextInt(4) == 0 ? Quantity.Bound.MORE_THAN : Quantity.Bound.EXACT);
            date = PartialDate.ofMonth(2019 + random.nextInt(7), 1 + random.nextInt(12));
            sentence = company.label() + " " + switch (rel) { case BUYS -> "bought"; case ORDERS -> "ordered"; default -> "received"; }
                    + " " + quantity + " " + chip.label() + " chips in " + date + ".";
        } else if (kind < 75) {
            rel = Relation.SUPPLIES;
            subject = hubCompany();
            object = company;
            sentence = subject.label() + " supplies " + company.label() + " with " + chip.label() + " accelerators.";
        } else if (kind < 88) {
            rel = Relation.MAKES;
            subject = hubCompany();
            sentence = subject.label() + " makes the " + chip.label() + ".";
        } else {
            rel = Relation.RESTRICTS;
            subject = pick(controls);
            object = random.nextBoolean() ? chip : company;
            date = PartialDate.ofMonth(2019 + random.nextInt(7), 1 + random.nextInt(12));
            sentence = "The " + subject.label() + " restrict exports of " + object.label() + ".";
        }
        Stance stance = random.nextInt(10) == 0 ? Stance.REPORTED : Stance.ASSERTED;
        Provenance p = Provenance.ofSentence(docIri, sentence, offset, offset + sentence.length(), EXTRACTOR, "1");
        return new Fact(subject, rel, object, null, quantity, null, date, stance, null, 0.5 + random.nextInt(50) / 100.0, p);
    }

    /** Reference companies are named far more often than invented ones, as in real news. */
    private EntityRef company() {
        return random.nextInt(3) == 0 ? companies.get(random.nextInt(referenceCompanies)) : pick(companies);
    }

    /** Suppliers and makers concentrate on a few big reference companies. */
    private EntityRef hubCompany() {
        int i = (int) Math.min(referenceCompanies - 1, Math.abs(random.nextGaussian()) * referenceCompanies / 4);
        return companies.get(i);
    }

    private <T> T pick(List<T> list) { return list.get(random.nextInt(list.size())); }

    /** Writes the N-Quads file {@code file} with at least {@code quads} quads; returns the count. */
    public static long writeFile(Path file, long quads, long seed) throws IOException {
        ReferenceData reference = ReferenceData.load();
        int invented = (int) Math.max(50, Math.min(20_000, quads / 500));
        SyntheticGraph g = new SyntheticGraph(reference, seed, invented);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            return g.write(reference, quads, out);
        }
    }

}
