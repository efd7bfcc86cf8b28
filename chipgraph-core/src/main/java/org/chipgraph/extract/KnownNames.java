package org.chipgraph.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.rdf.ReferenceData;

/**
 * The registry's entities keyed by the extractor's own name normalisation, for tools outside the extractor
 * (the curated-entities generator) that must match names exactly as the extractor does.
 */
public final class KnownNames {
    private KnownNames() {}

    /** The key a name of the given type ("Company", "Chip", ...) is matched by. */
    public static String key(String name, String type) {
        return type + ":" + EntityDiscovery.normal(name, type);
    }

    /** Every surface form of every registry entity, by {@link #key}; the first entity to claim a form keeps it. */
    public static Map<String, EntityRef> index(ReferenceData reference) {
        Map<String, EntityRef> known = new LinkedHashMap<>();
        for (ReferenceEntities.Named n : new ReferenceEntities(reference).entities) {
            for (String f : n.forms()) known.putIfAbsent(key(f, n.ref().type()), n.ref());
        }
        return known;
    }
}
