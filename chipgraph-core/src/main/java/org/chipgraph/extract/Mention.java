package org.chipgraph.extract;

import java.util.List;
import org.chipgraph.fact.EntityRef;

/**
 * A span of a sentence that names one or more entities of one kind (several when a coordination such
 * as "ByteDance, Alibaba and Tencent" was collapsed). Offsets are into the sentence text.
 *
 * @param kind        what it names (its placeholder letter: C company, H chip, N country, X export control noun,
 *                    V export control verb, L listed control, M money)
 * @param possessive  the mention ended in a possessive ("Huawei's", "Nvidias", "its")
 * @param anaphor     the mention is a pronoun or "the company" resolved to an earlier mention
 * @param homeWord    "compatriot"/"domestic": a country that is resolved from the context when used
 * @param newMarker   export control spoken of as new ("new rules"): dated by the article
 * @param payload     money amount for kind M, else null
 */
record Mention(int start, int end, MentionKind kind, List<EntityRef> entities, boolean possessive, boolean anaphor,
               boolean homeWord, boolean newMarker, Object payload) {

    static Mention entity(int start, int end, MentionKind kind, EntityRef e, boolean possessive) {
        return new Mention(start, end, kind, List.of(e), possessive, false, false, false, null);
    }

    boolean discovered() { return entities.stream().anyMatch(EntityRef::discovered); }

    Mention withEntities(List<EntityRef> es) {
        return new Mention(start, end, kind, es, possessive, anaphor, homeWord, newMarker, payload);
    }

}
