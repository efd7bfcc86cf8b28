package org.chipgraph.extract.learn;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.extract.SentenceMentions;
import org.chipgraph.fact.EntityRef;

/** Test fixture: a sentence with mentions marked by the names they are written with, as the extractor would give it. */
final class Sentences {
    private Sentences() {}

    static EntityRef company(String name) { return new EntityRef("urn:test:" + name.replace(' ', '_'), name, "Company", false); }

    static EntityRef chip(String name) { return new EntityRef("urn:test:" + name.replace(' ', '_'), name, "Chip", false); }

    static EntityRef country(String name) { return new EntityRef("urn:test:" + name.replace(' ', '_'), name, "Country", false); }

    /** The sentence with each entity's label found in it (in the order given, which must be the text's) as a mention. */
    static SentenceMentions of(String lang, int start, String text, EntityRef... named) {
        List<SentenceMentions.Named> ms = new ArrayList<>();
        int from = 0;
        for (EntityRef e : named) {
            int at = text.indexOf(e.label(), from);
            if (at < 0) throw new IllegalArgumentException(e.label() + " not in " + text);
            String kind = switch (e.type()) { case "Company" -> "company"; case "Chip" -> "chip"; default -> "country"; };
            ms.add(new SentenceMentions.Named(at, at + e.label().length(), kind, List.of(e), false));
            from = at + e.label().length();
        }
        return new SentenceMentions(0, start, lang, text, List.copyOf(ms));
    }
}
