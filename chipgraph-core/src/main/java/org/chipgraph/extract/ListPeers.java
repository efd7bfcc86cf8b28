package org.chipgraph.extract;

import java.util.List;
import org.chipgraph.fact.EntityRef;

/**
 * The members of one list ("A, B and C") stand side by side in their clause: none is the other's supplier, customer,
 * foundry or parent. A fact that pairs a list with one of its own members comes from a reference resolved into the list
 * ("TOK counts A, B and C among its customers", "its" read as B), so it is dropped for the whole list.
 */
final class ListPeers {
    private ListPeers() {}

    /** Is {@code e} one of the entities of {@code list}? */
    static boolean member(List<EntityRef> list, EntityRef e) {
        for (EntityRef x : list) if (x.iri().equals(e.iri())) return true;
        return false;
    }
}
