package org.chipgraph.fact;


/** The closed relation vocabulary; each is a property cg:{name} in the ontology. */
public enum Relation {
    MAKES("makes"), FABRICATES("fabricates"), SUPPLIES("supplies"), BUYS("buys"), ORDERS("orders"),
    RECEIVES("receives"), RESTRICTS("restricts"), ISSUES("issues"), DESIGNED_FOR("designedFor"),
    HEADQUARTERED_IN("headquarteredIn"), SUBSIDIARY_OF("subsidiaryOf"), SPENDS("spends"), DENIES("denies");

    public final String localName;

    Relation(String localName) { this.localName = localName; }

    public static Relation ofLocalName(String name) {
        for (Relation r : values()) if (r.localName.equals(name)) return r;
        throw new IllegalArgumentException("unknown relation '" + name + "', expected one of "
                + java.util.Arrays.stream(values()).map(r -> r.localName).toList());
    }

    @Override
    public String toString() { return localName; }

}
