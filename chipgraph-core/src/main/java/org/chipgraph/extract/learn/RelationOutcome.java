package org.chipgraph.extract.learn;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Relation;

/**
 * What the classifier says of a pair of mentions: a relation and which of the two is its subject, or nothing. Written
 * as the model's outcome name: "supplies>" (the first mention in the text is the subject), "supplies<" (the second
 * is), "NONE".
 *
 * @param relation   the relation, null for none
 * @param firstIsSubject the earlier mention of the pair is the subject
 */
public record RelationOutcome(Relation relation, boolean firstIsSubject) {
    public static final RelationOutcome NONE = new RelationOutcome(null, true);

    /** The relations the classifier learns: the ones between two named entities (not denies, which has no object;
     * not spends, which needs an amount). */
    public static final List<Relation> LEARNED = List.of(Relation.MAKES, Relation.FABRICATES, Relation.SUPPLIES,
            Relation.BUYS, Relation.ORDERS, Relation.RECEIVES, Relation.RESTRICTS, Relation.ISSUES,
            Relation.DESIGNED_FOR, Relation.HEADQUARTERED_IN, Relation.SUBSIDIARY_OF);

    public boolean none() { return relation == null; }

    /** The model's name for this outcome. */
    public String name() { return none() ? "NONE" : relation.localName + (firstIsSubject ? ">" : "<"); }

    /** The outcome a model name stands for; an unknown name is none. */
    public static RelationOutcome ofName(String name) {
        if (name.length() < 2 || name.equals("NONE")) return NONE;
        char dir = name.charAt(name.length() - 1);
        if (dir != '>' && dir != '<') return NONE;
        try {
            return new RelationOutcome(Relation.ofLocalName(name.substring(0, name.length() - 1)), dir == '>');
        } catch (IllegalArgumentException e) {
            return NONE;
        }
    }

    /** Can an entity of type {@code subject} stand in {@code r} to one of type {@code object} (the rules' type check)? */
    public static boolean fits(Relation r, String subject, String object) {
        return switch (r) {
            case MAKES, BUYS, ORDERS, RECEIVES -> subject.equals("Company") && object.equals("Chip");
            case SUPPLIES, SUBSIDIARY_OF -> subject.equals("Company") && object.equals("Company");
            case FABRICATES -> subject.equals("Company") && (object.equals("Chip") || object.equals("Company"));
            case RESTRICTS -> subject.equals("ExportControl") && !object.equals("ExportControl");
            case ISSUES -> subject.equals("Country") && object.equals("ExportControl");
            case DESIGNED_FOR -> subject.equals("Chip") && object.equals("Country");
            case HEADQUARTERED_IN -> subject.equals("Company") && object.equals("Country");
            default -> false;
        };
    }

    /** The outcomes (not none) that fit a pair of entities of these types, the earlier one's first. */
    public static List<RelationOutcome> fitting(String firstType, String secondType) {
        List<RelationOutcome> out = new ArrayList<>();
        for (Relation r : LEARNED) {
            if (fits(r, firstType, secondType)) out.add(new RelationOutcome(r, true));
            if (fits(r, secondType, firstType)) out.add(new RelationOutcome(r, false));
        }
        return out;
    }

    /** Does this outcome fit the two entities, in the text's order? */
    public boolean fits(EntityRef first, EntityRef second) {
        if (none()) return true;
        return firstIsSubject ? fits(relation, first.type(), second.type()) : fits(relation, second.type(), first.type());
    }
}
