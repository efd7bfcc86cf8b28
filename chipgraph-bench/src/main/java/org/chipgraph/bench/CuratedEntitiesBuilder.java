package org.chipgraph.bench;

import org.chipgraph.extract.KnownNames;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.Iris;
import org.chipgraph.rdf.ReferenceData;

/**
 * Generates ontology/entities-curated.ttl from two reference tables: chip names from Epoch AI's ML hardware
 * table (epoch-ml-hardware/*.csv: "Hardware name", "Manufacturer") and organisations from ETO's Chip Explorer
 * (eto-chip-explorer/providers.csv). Names that equal a hand-kept entity of ontology/entities.ttl after
 * normalisation get that entity's IRI (so both files describe one thing); short or common-word names are
 * skipped because they would find false mentions in news text. A chip's maker is kept as schema:manufacturer,
 * which the extractor uses for "a vendor makes its chips".
 *
 * <p>Run from the project folder (the output is committed; neither build nor runtime reads ../shared):
 * <pre>bin/chipgraph-bench curated-entities ../shared/data ontology/entities-curated.ttl</pre>
 */
public final class CuratedEntitiesBuilder {

    /** Names that are ordinary words in news text; a company of that name would be found everywhere. */
    private static final Set<String> COMMON_WORDS = Set.of("disco", "lattice", "microchip", "toyo", "various", "others",
            "other", "unknown", "tesla", "applied", "entegris", "canon", "resonac", "screen", "ulvac", "advantest", "ebara",
            "merck", "linde", "air liquide", "shin-etsu", "sumco", "jsr", "nova", "onto", "camtek", "kla", "lam");
    /** Words of a hardware name that describe a board, not the chip model. */
    private static final String BOARD_WORDS = "(?i)\\s+(?:PC[Il]e|SXM\\d?|NVL\\d*|OAM|\\d+\\s?GB|HBM\\d?e?|\\(.*?\\)|v\\d+\\s*$)";

    private final Map<String, EntityRef> known = new HashMap<>();
    private final Map<String, String> companyIris = new HashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CuratedEntitiesBuilder SHARED_DATA_DIR OUT.ttl");
            System.exit(2);
        }
        new CuratedEntitiesBuilder().build(Path.of(args[0]), Path.of(args[1]));
    }

    private void build(Path data, Path out) throws IOException {
        Model hand = ModelFactory.createDefaultModel();
        RDFDataMgr.read(hand, Path.of("ontology/entities.ttl").toUri().toString());
        known.putAll(KnownNames.index(new ReferenceData(ModelFactory.createDefaultModel(), hand, ModelFactory.createDefaultModel())));

        Map<String, Entity> companies = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(data.resolve("eto-chip-explorer/providers.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                if (!"organization".equals(rec.get("provider_type"))) continue;
                String name = rec.get("provider_name").strip();
                String alias = rec.get("alias").strip();
                Entity e = company(name);
                if (e == null) continue;
                if (!alias.isEmpty() && !alias.equals(name)) e.aliases.add(alias);
                companies.putIfAbsent(e.iri, e);
                companies.get(e.iri).aliases.addAll(e.aliases);
            }
        }

        Map<String, Entity> chips = new TreeMap<>();
        List<Path> tables;
        try (Stream<Path> s = Files.list(data.resolve("epoch-ml-hardware"))) {
            tables = s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path table : tables) {
            try (Reader r = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
                    String name = rec.get("Hardware name").strip();
                    String maker = rec.get("Manufacturer").strip();
                    Entity e = chip(name, maker);
                    if (e == null) continue;
                    Entity prev = chips.putIfAbsent(e.iri, e);
                    if (prev != null) { prev.aliases.addAll(e.aliases); if (prev.maker == null) prev.maker = e.maker; }
                    if (e.maker != null && !companies.containsKey(e.maker)) {
                        Entity c = company(makerName(maker));
                        if (c != null && c.iri.equals(e.maker)) companies.putIfAbsent(c.iri, c);
                    }
                }
            }
        }
        write(out, companies, chips);
        System.err.println("wrote " + out + ": " + companies.size() + " organisations, " + chips.size() + " chips");
    }

    /** A company entry, or null for names too short or too common to find safely in text. */
    private Entity company(String name) {
        if (name.isEmpty()) return null;
        EntityRef k = known.get(KnownNames.key(name, "Company"));
        if (k != null) return new Entity(k.iri(), k.label(), "Company", false);
        String letters = name.replaceAll("[^\\p{L}\\p{N}]", "");
        String lower = name.toLowerCase(Locale.ROOT);
        if (letters.length() < 4 || COMMON_WORDS.contains(lower) || lower.startsWith("various") || lower.startsWith("hysol")) return null;
        String iri = Iris.minted("Company", name);
        companyIris.put(name, iri);
        return new Entity(iri, name, "Company", true);
    }

    /** "Kunlunxin Baidu" -> "Baidu", "Amazon AWS" -> "Amazon", "Moore Threads (Tencent)" -> "Moore Threads". */
    private static String makerName(String manufacturer) {
        String m = manufacturer.replaceAll("\\(.*?\\)", "").strip();
        if (m.equalsIgnoreCase("Kunlunxin Baidu")) return "Baidu";
        if (m.equalsIgnoreCase("Amazon AWS")) return "Amazon";
        return m;
    }

    /** A chip entry: the model name without vendor and board words; null when too short or without a model number. */
    private Entity chip(String hardwareName, String manufacturer) {
        String maker = makerName(manufacturer);
        String model = hardwareName;
        for (String prefix : List.of(manufacturer, maker, "NVIDIA", "Nvidia", "AMD", "Intel Habana", "Intel", "Huawei", "Google",
                "Amazon", "AWS", "Habana", "HGX", "DGX", "Baidu", "Cambricon", "Biren", "Moore Threads", "Alibaba", "Meta", "Microsoft", "Tesla", "Hygon",
                "MetaX", "Iluvatar CoreX", "Sunway", "PEZY")) {
            if (!prefix.isEmpty() && model.regionMatches(true, 0, prefix + " ", 0, prefix.length() + 1)) {
                model = model.substring(prefix.length() + 1).strip();
            }
        }
        String clean = model;
        String before;
        do {
            before = clean;
            clean = clean.replaceAll(BOARD_WORDS, "").strip();
        } while (!clean.equals(before));
        if (clean.length() < 3 || !clean.matches(".*\\d.*") || clean.matches("\\d+")) return null;
        String makerIri = null;
        if (!maker.isEmpty()) {
            EntityRef k = known.get(KnownNames.key(maker, "Company"));
            makerIri = k != null ? k.iri() : Iris.minted("Company", maker);
        }
        EntityRef k = known.get(KnownNames.key(clean, "Chip"));
        Entity e = k != null ? new Entity(k.iri(), k.label(), "Chip", false) : new Entity(Iris.minted("Chip", clean), clean, "Chip", true);
        if (!clean.equals(e.label)) e.aliases.add(clean);
        if (!model.equals(clean) && model.length() <= 40) e.aliases.add(model);
        e.maker = makerIri;
        return e;
    }

    private static final class Entity {
        final String iri, label, type;
        final boolean isNew;
        final Set<String> aliases = new LinkedHashSet<>();
        String maker;

        Entity(String iri, String label, String type, boolean isNew) {
            this.iri = iri;
            this.label = label;
            this.type = type;
            this.isNew = isNew;
        }
    }

    private static void write(Path out, Map<String, Entity> companies, Map<String, Entity> chips) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("# GENERATED by org.chipgraph.bench.CuratedEntitiesBuilder; do not edit by hand (edit entities.ttl instead).\n");
        sb.append("# Sources: Epoch AI ML hardware table (chip names, manufacturers; CC BY) and ETO Chip Explorer providers.csv\n");
        sb.append("# (organisations; Emerging Technology Observatory, CC BY-NC 4.0), both from ../shared/data.\n");
        sb.append("# Regenerate from the project folder:\n");
        sb.append("#   mvn -q -DskipTests package\n");
        sb.append("#   bin/chipgraph-bench curated-entities ../shared/data ontology/entities-curated.ttl\n");
        sb.append("# Entities whose names match ontology/entities.ttl reuse its IRIs and only add aliases here.\n");
        sb.append("@prefix cg:     <").append(CG.NS).append("> .\n");
        sb.append("@prefix rdfs:   <http://www.w3.org/2000/01/rdf-schema#> .\n");
        sb.append("@prefix skos:   <").append(CG.SKOS).append("> .\n");
        sb.append("@prefix schema: <").append(CG.SCHEMA).append("> .\n\n");
        sb.append("# ------------------------------------------------------------------ organisations\n");
        for (Entity e : companies.values()) entity(sb, e);
        sb.append("\n# ------------------------------------------------------------------ chips\n");
        for (Entity e : chips.values()) entity(sb, e);
        Files.writeString(out, sb.toString(), StandardCharsets.UTF_8);
    }

    private static void entity(StringBuilder sb, Entity e) {
        List<String> parts = new ArrayList<>();
        if (e.isNew) {
            parts.add("a cg:" + e.type);
            parts.add("rdfs:label " + lit(e.label));
            parts.add("skos:prefLabel " + lit(e.label));
        }
        Set<String> alts = new LinkedHashSet<>(e.aliases);
        alts.remove(e.label);
        if (!alts.isEmpty()) parts.add("skos:altLabel " + String.join(" , ", alts.stream().map(CuratedEntitiesBuilder::lit).toList()));
        if (e.maker != null) parts.add("schema:manufacturer <" + e.maker + ">");
        if (parts.isEmpty()) return;
        sb.append('<').append(e.iri).append("> ").append(String.join(" ;\n    ", parts)).append(" .\n");
    }

    private static String lit(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"@en";
    }

}
