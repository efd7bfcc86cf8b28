package org.chipgraph.extract.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.chipgraph.fact.NameKey;
import org.chipgraph.rdf.CG;
import org.chipgraph.rdf.Iris;

/**
 * Resolves names from tables to the reference entities: exact label or alias, then case-insensitive, then
 * the normalised name ({@link NameKey}: accents, case, punctuation, parenthetical acronyms and corporate
 * suffixes removed), then ISO codes (skos:notation); chip names also without a leading vendor
 * name. A name that matches nothing gets a minted IRI (a discovered entity). Results are cached in a
 * bounded map so memory does not grow with the file.
 */
public final class EntityResolver {

    private static final int CACHE = 20_000;
    private static final List<String> TYPES = List.of("Company", "Chip", "Country", "ExportControl", "Aggregate");

    private final ResolutionRules rules;
    /** type -> rule -> key -> iri ("" marks an ambiguous key). */
    private final Map<String, Map<String, Map<String, String>>> index = new HashMap<>();
    /** normalised reference labels per type, as token arrays, for containment (chip family, parent company). */
    private final Map<String, List<Map.Entry<String[], String>>> tokenLabels = new HashMap<>();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private final Map<String, Map<String, List<Map.Entry<String[], String>>>> byFirstToken = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** normalised names of the reference companies: the vendors a chip name may start with. */
    private final java.util.Set<String> companyKeys = new java.util.HashSet<>();
    /** normalised preferred labels (rdfs:label, skos:prefLabel) per IRI: a name equal to one of them is the entity itself. */
    private final Map<String, java.util.Set<String>> preferred = new HashMap<>();
    private final Map<String, Resolution> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Resolution> e) { return size() > CACHE; }
    };

    public EntityResolver(Model entities, ResolutionRules rules) {
        this.rules = rules;
        for (String type : TYPES) {
            Resource cls = entities.createResource(CG.NS + type);
            var subjects = entities.listSubjectsWithProperty(RDF.type, cls);
            while (subjects.hasNext()) {
                Resource e = subjects.next();
                if (!e.isURIResource()) continue;
                String iri = e.getURI();
                for (var p : List.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)) {
                    for (Statement st : e.listProperties(p).toList()) {
                        String label = st.getString();
                        if (p.equals(RDFS.label)) labels.putIfAbsent(iri, label);
                        if (!p.equals(SKOS.altLabel)) preferred.computeIfAbsent(iri, k -> new java.util.HashSet<>()).add(normalise(label, true));
                        put(type, "label", label, iri);
                        put(type, "case", label.toLowerCase(Locale.ROOT), iri);
                        String n = normalise(label);
                        put(type, "normalised", n, iri);
                        if (!n.isEmpty()) tokenLabels.computeIfAbsent(type, k -> new ArrayList<>()).add(Map.entry(n.split(" "), iri));
                        if (!n.isEmpty() && type.equals("Company")) companyKeys.add(n);
                    }
                }
                for (Statement st : e.listProperties(SKOS.notation).toList()) put(type, "notation", st.getString().toUpperCase(Locale.ROOT), iri);
            }
        }
        // longest labels first: "ascend 910b" wins over "ascend"; indexed by first word so lookups stay cheap
        tokenLabels.values().forEach(l -> l.sort((a, b) -> b.getKey().length - a.getKey().length));
        tokenLabels.forEach((type, list) -> {
            Map<String, List<Map.Entry<String[], String>>> byFirst = new HashMap<>();
            for (var e : list) byFirst.computeIfAbsent(e.getKey()[0], k -> new ArrayList<>()).add(e);
            byFirstToken.put(type, byFirst);
        });
    }

    private void put(String type, String rule, String key, String iri) {
        Map<String, String> m = index.computeIfAbsent(type, k -> new HashMap<>()).computeIfAbsent(rule, k -> new HashMap<>());
        String old = m.putIfAbsent(key, iri);
        if (old != null && !old.equals(iri)) m.put(key, "");
    }

    private Optional<String> find(String type, String rule, String key) {
        String iri = index.getOrDefault(type, Map.of()).getOrDefault(rule, Map.of()).get(key);
        return iri == null || iri.isEmpty() ? Optional.empty() : Optional.of(iri);
    }

    /** The reference entity of {@code type} this name denotes, if any (no minting). */
    public Optional<Resolution> lookup(String name, String type) {
        String clean = clean(name);
        Optional<String> hit = find(type, "label", clean);
        if (hit.isPresent()) return Optional.of(new Resolution(clean, type, hit.get(), "label", false));
        hit = find(type, "case", clean.toLowerCase(Locale.ROOT));
        if (hit.isPresent()) return Optional.of(new Resolution(clean, type, hit.get(), "case", false));
        String n = normalise(clean);
        hit = find(type, "normalised", n);
        if (hit.isPresent()) return Optional.of(new Resolution(clean, type, hit.get(), "normalised", false));
        hit = find(type, "notation", clean.toUpperCase(Locale.ROOT));
        if (hit.isPresent()) return Optional.of(new Resolution(clean, type, hit.get(), "notation", false));
        if (type.equals("Chip")) {
            String bare = withoutVendor(n);
            if (!bare.equals(n)) {
                hit = find(type, "normalised", bare);
                if (hit.isPresent()) return Optional.of(new Resolution(clean, type, hit.get(), "without-vendor", false));
            }
        }
        return Optional.empty();
    }

    /** The entity this name denotes: a reference entity, else a minted (discovered) one. */
    public Resolution resolve(String name, String type) {
        String key = type + "\u0001" + name;
        Resolution r = cache.get(key);
        if (r == null) {
            r = lookup(name, type).orElseGet(() -> mint(name, type));
            cache.put(key, r);
        }
        return r;
    }

    private Resolution mint(String name, String type) {
        String clean = clean(name);
        // chips are minted without the vendor so "NVIDIA B300" and the owners' "B300" meet, and with what is in
        // parentheses, which tells variants apart ("Ascend 910B1 (v1)" and "(v2)" are two table rows, two chips)
        String key = type.equals("Chip") ? withoutVendor(normalise(clean, true)) : normalise(clean);
        return new Resolution(clean, type, Iris.minted(type, key.isEmpty() ? clean : key), "discovered", true);
    }

    /**
     * The specific chip a hardware table row describes. A name that is a reference chip's preferred label (without
     * the vendor) is that chip; a name that only matches an alias ("NVIDIA H100 SXM5 80GB", an alias of H100) is a
     * variant: a chip of its own (discovered), whose family is the reference chip.
     */
    public Resolution specificChip(String chipName) {
        Resolution r = resolve(chipName, "Chip");
        if (r.discovered()) return r;
        java.util.Set<String> pref = preferred.getOrDefault(r.iri(), java.util.Set.of());
        String n = normalise(clean(chipName), true);
        if (pref.contains(n) || pref.contains(withoutVendor(n))) return r;
        return mint(chipName, "Chip");
    }

    /** The reference chip (family) of a chip name: the entity a variant's alias names, else one named inside it ("... H100 ..."). */
    public Optional<String> chipFamily(String chipName) {
        Resolution specific = specificChip(chipName);
        Resolution r = resolve(chipName, "Chip");
        if (!r.discovered() && !r.iri().equals(specific.iri())) return Optional.of(r.iri());
        return contained("Chip", normalise(chipName), specific.iri(), 1);
    }

    /** A reference company named inside another name, other than {@code selfIri}. */
    public Optional<String> companyNamedIn(String name, String selfIri) {
        return contained("Company", normalise(name), selfIri, rules.minParentLabelLength());
    }

    private Optional<String> contained(String type, String normalisedName, String selfIri, int minLength) {
        String[] tokens = normalisedName.split(" ");
        Map<String, List<Map.Entry<String[], String>>> byFirst = byFirstToken.getOrDefault(type, Map.of());
        String best = null;
        int bestLength = 0;
        for (int i = 0; i < tokens.length; i++) {
            for (var e : byFirst.getOrDefault(tokens[i], List.of())) {
                String[] label = e.getKey();
                if (label.length <= bestLength) break; // sorted longest first
                if (e.getValue().equals(selfIri) || labelLength(label) < minLength) continue;
                if (startsAt(tokens, i, label)) {
                    best = e.getValue();
                    bestLength = label.length;
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean startsAt(String[] hay, int at, String[] needle) {
        if (at + needle.length > hay.length) return false;
        for (int j = 0; j < needle.length; j++) if (!hay[at + j].equals(needle[j])) return false;
        return true;
    }

    private static int labelLength(String[] tokens) {
        int n = tokens.length - 1;
        for (String t : tokens) n += t.length();
        return n;
    }


    /** A normalised chip name without leading reference-company names ("nvidia h100 sxm5" -> "h100 sxm5"). */
    String withoutVendor(String n) {
        return NameKey.withoutLeadingVendor(n, companyKeys);
    }

    public ResolutionRules rules() { return rules; }

    /** The English label of a reference entity, if it is one. */
    public Optional<String> label(String iri) { return Optional.ofNullable(labels.get(iri)); }

    /** Whitespace (also no-break spaces and newlines) collapsed and trimmed. */
    public static String clean(String s) {
        return SPACES.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
    }

    /** The name's key ({@link NameKey}): accents, a trailing parenthetical, punctuation and corporate suffixes removed. */
    public String normalise(String name) {
        return normalise(name, false);
    }

    /** As {@link #normalise(String)}, a trailing parenthetical kept where it tells variants apart. */
    String normalise(String name, boolean keepParenthetical) {
        return NameKey.standard().key(name, keepParenthetical ? NameKey.Mode.ENTITY_WITH_GLOSS : NameKey.Mode.ENTITY);
    }
}
