package org.chipgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import org.chipgraph.fact.EntityRef;

/** What a chip reference of the language's {@code chip-anaphor} cue names, by the cue's groups; asked by {@link References}. */
final class ChipReferenceTargets {
    private ChipReferenceTargets() {}

    /**
     * The chips a chip reference names: a memory reference ("the stacks", group memory or memories) the memory parts
     * named last (up to three sentences back; never a GPU); a plural one ("them", "the chips", group many) a list of chips
     * the nearest sentence naming chips named as one, one fact each; a singular one the one chip named last. Empty: none.
     */
    static List<EntityRef> of(LanguageRules lang, Coreference coref, Matcher m, int index, List<List<EntityRef>> before) {
        boolean memoryOne = matched(m, "memory"), memoryMany = matched(m, "memories");
        if (memoryOne || memoryMany) {
            if (lang.memoryPart == null) return List.of();
            return coref.chips(index, before, 3, memoryMany, lang::isMemoryPart);
        }
        if (matched(m, "many")) return coref.chips(index, before, 2, true, c -> true);
        List<EntityRef> flat = new java.util.ArrayList<>();
        for (List<EntityRef> x : before) for (EntityRef e : x) if (!flat.contains(e)) flat.add(e);
        EntityRef chip = coref.chip(index, flat);
        return chip == null ? List.of() : List.of(chip);
    }

    /**
     * Is {@code chip} named in the singular ("the XT-9 accelerator") while the reference {@code m} is plural (group many)?
     * Then the reference does not take it: "them" are chips the article named before.
     */
    static boolean singularFor(LanguageRules lang, SentenceState st, Mention chip, Matcher m) {
        if (lang.chipSingularBefore == null || lang.chipSingularAfter == null || !matched(m, "many")) return false;
        return lang.chipSingularAfter.matcher(st.text).region(chip.end(), st.text.length()).lookingAt()
                && lang.chipSingularBefore.matcher(st.text).region(Math.max(0, chip.start() - 40), chip.start()).find();
    }

    /** Records the sentence's chip mentions (not references), each with its chips, for the references after it. */
    static void remember(Coreference coref, SentenceState st, int index) {
        List<List<EntityRef>> named = new java.util.ArrayList<>();
        for (Mention m : st.mentions) if (m.kind() == MentionKind.CHIP && !m.anaphor()) named.add(m.entities());
        coref.chipMentions(index, named);
    }

    /** Did the cue's named group take part in the match (false when the cue has no such group)? */
    private static boolean matched(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException noSuchGroup) {
            return false;
        }
    }
}
