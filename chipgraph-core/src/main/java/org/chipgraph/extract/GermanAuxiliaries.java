package org.chipgraph.extract;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a German auxiliary verb second makes of the non-finite form that closes its clause: "haben" with a participle is
 * the active perfect ("X hat ... geliefert"); "werden" with an infinitive is the future ("X wird ... liefern") but with a
 * participle the passive ("werden ... verbaut": the subject is the goods, not the agent); a modal takes an infinitive
 * ("X soll ... liefern") or a perfect infinitive ("X soll ... geliefert haben"), never a passive infinitive ("soll ...
 * geliefert werden"). A clause frame's active shapes only read the active combinations.
 */
final class GermanAuxiliaries {

    static final String HAVE = "(?:hat|hatte|haben|hatten|habe|hätte|hätten)";
    /** (not "würde": a conditional states no fact) */
    static final String WERDEN = "(?:wird|werden|werde)";
    static final String MODAL = "(?:will|wollen|wollte|wollten|soll|sollen|sollte|sollten|kann|können|könnte|könnten|dürfte|dürften|"
            + "muss|müssen|musste|möchte|möchten|wolle|solle|könne|müsse)";
    /** A form of "werden" or "sein" after a participle: the participle is passive ("geliefert werden", "verbaut worden"). */
    private static final String PASSIVE_AFTER = "(?!\\s+(?:wird|werden|wurde|wurden|worden|werde|würde|würden)\\b)";

    private GermanAuxiliaries() {}

    /**
     * An auxiliary verb second with the active non-finite form of the class closing the clause: {@code rest} is the
     * clause between them, {@code after} what must follow the form (a guard such as "not before lassen").
     */
    static String activeSecond(Set<String> infinitives, Set<String> participles, String rest, String after) {
        String inf = GermanVerbs.alternation(infinitives) + "\\b";
        String part = GermanVerbs.alternation(participles) + "\\b";
        // ("hat ... liefern können": a modal's infinitive in the perfect; "wird ... geliefert haben": the future perfect)
        return "(?:" + HAVE + "\\b(?=" + rest + "\\b(?:" + inf + "|" + part + PASSIVE_AFTER + ")" + after + ")"
                + "|" + WERDEN + "\\b(?=" + rest + "\\b(?:" + inf + "|" + part + "\\s+haben\\b)" + after + ")"
                + "|" + MODAL + "\\b(?=" + rest + "\\b(?:" + inf + "|" + part + "\\s+haben\\b)" + after + "))";
    }

    /**
     * The class's forms that close an active clause verb last: finite forms and infinitives as they are, a participle
     * only when no form of "werden" follows it ("..., die X an Y geliefert hat", not "..., die an Y geliefert werden").
     * A finite form that is also a participle ("verkauft") is read as the participle, so the guard holds for it too.
     */
    static String activeLast(Set<String> last, Set<String> participles) {
        Set<String> other = new LinkedHashSet<>(last);
        other.removeAll(participles);
        String part = GermanVerbs.alternation(participles) + "\\b" + PASSIVE_AFTER;
        return other.isEmpty() ? "(?:" + part + ")" : "(?:" + GermanVerbs.alternation(other) + "\\b|" + part + ")";
    }
}
