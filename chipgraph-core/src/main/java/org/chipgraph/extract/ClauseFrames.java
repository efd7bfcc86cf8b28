package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;

/**
 * The German clause view: a frame says who does what to whom ("a SUPPLY verb with agent X and recipient 'an' Y"), and
 * this class turns it into one rule per German clause shape, so no rule lists word orders by hand:
 * <ul>
 * <li>{@code main}: verb second after the agent, a separable verb's particle closing the clause ("X liefert ... an Y
 * aus"), or an auxiliary or modal with the participle or infinitive last ("X hat ... an Y ausgeliefert");</li>
 * <li>{@code coordinated}: a second verb of the agent after "und" ("X baut ein Werk und liefert ... an Y");</li>
 * <li>{@code inverted}: the same with something else first and the agent after the verb ("Im Mai lieferte X ...");</li>
 * <li>{@code last}: a subordinate clause, verb last ("..., weil X ... an Y geliefert hat"; "..., den X an Y liefert");</li>
 * <li>{@code relative}: a relative clause whose pronoun is the agent ("X, das ... an Y verkauft, ...");</li>
 * <li>{@code passive}: the agent after "von" with the participle last ("wurden von X an Y geliefert", "soll von X
 * gefertigt werden", "die von X an Y gelieferten Chips");</li>
 * <li>{@code reported}: the company that reports is the agent of an agentless (modal) passive ("Wie X mitteilte, sollen die
 * Chips an Y geliefert werden");</li>
 * <li>{@code fronted}: the prepositional role first ("An Y lieferte X ...", "Bei Y orderte X ...");</li>
 * <li>{@code theme-relative}: a relative clause on the object ("Die H20, die X erworben hatte, ...");</li>
 * <li>{@code object-first}: the object opens the main clause, the subject follows the verb ("Den H20 kauft X ...");</li>
 * <li>{@code participle-first}: a passive with the participle first ("Geliefert werden die Chips von X an Y").</li>
 * </ul>
 * A {@code causer} instead of an agent is the subject of "lassen" ("X lässt bei Y fertigen"). The verb classes come from
 * patterns/de.verbs.tsv ({@link GermanVerbs}).
 */
final class ClauseFrames {

    /**
     * A generated rule: its shape's name, its body in the pattern language, and the verb forms of which a sentence needs
     * one for any shape to match (so the rule is not tried on the others).
     */
    record Shape(String name, String body, Set<String> verbWords) {
        Shape(String name, String body) { this(name, body, Set.of()); }
    }

    private static final Pattern FRAME = Pattern.compile("([A-Z_|]+)\\s+(agent|causer)=(\\{[^}]+\\})\\s+(theme|[\\p{Ll}|]+)=(\\{[^}]+\\})");

    /** After "neben", "statt", "außer" and a description: a company that is no argument of the clause's verb ("beliefert neben X auch Y"). */
    private static final String AFTER_NEBEN = "(?<=\\b(?:neben|statt|außer) (?:der |die |das |dem |den )?(?:§N\\d{1,4}§[\\s-])?(?:[\\p{L}-]{1,30} )?)";
    /**
     * Words of a clause up to a clause break (a comma only inside a number), passing no company that could be an
     * argument: only possessives and companies after a preposition ("hat bei Nvidia H20 bestellt").
     */
    static final String MID = "(?:[^§.;!?,]|§[HMN]\\d+§|§C\\d+§'s|§C\\d+§(?=-\\p{L})|(?<=\\d)[.,](?=\\d)|(?<=\\b(?:von|vom|mit|bei|beim|aus|für|an|über|gegen)\\s)§C\\d+§|" + AFTER_NEBEN + "§C\\d+§){0,120}?";
    /** The rest of a clause, any mention included: where a lookahead finds the particle or participle that closes it. */
    private static final String REST = "(?:[^.;!?,]|(?<=\\d)[.,](?=\\d))*?";
    /**
     * The word before a subject is no preposition: "hat bei X ... bestellt" names the seller, not the subject (an object
     * may have one: "an Rechenzentren von X").
     */
    private static final String NOT_PREPOSITION_WORD = "(?!(?:bei|beim|von|vom|an|am|für|mit|aus|nach|zu|zum|zur|über|unter|gegen|durch|laut|seit|neben|statt|anstelle|außer|ohne|gegenüber|samt|der|die|das|den|dem|des|und|oder)\\b)";
    // (session 29: "beliefern neben X auch Y": a company after "neben", "statt", "außer" is no subject either)
    private static final String NOT_PREPOSITION = "(?!(?:bei|beim|von|vom|an|am|für|mit|aus|nach|zu|zum|zur|über|unter|gegen|durch|laut|seit|neben|statt|anstelle|außer|ohne|gegenüber|samt)\\b)";
    /** A determiner and a word before a name ("der Konzern Nvidia", "die Korvex AG", "chinesische Chiphersteller wie SMIC"). */
    /** An apposition after a subject that follows its verb: "liefert X, der größte Hersteller Koreas, an Y". */
    private static final String APPOSITION = "(?:, (?:ein|eine|einer|der|die|das)\\b(?:[^,;.§]|§[CHNM]\\d+§(?:'s)?){2,100}?,)?";
    /** A company after an article of the accusative or dative opening the sentence is an object: "Den Autobauer X beliefert Y". */
    // after the slot, so the rule still begins with the placeholder's literal "§C" (a look-behind first is tried everywhere)
    private static final String NOT_OBJECT_CASE = "(?<!^(?:Den|Dem|Diesen|Diesem|Einen|Einem) §C\\d{1,4}§)(?<!^(?:Den|Dem|Diesen|Diesem|Einen|Einem) (?:§N\\d{1,4}§ )?[\\p{L}-]{1,30} §C\\d{1,4}§)";
    /**
     * The words before an object that opens its clause: a determiner, numbers and lower-case attributes, no preposition
     * ("Neben dem H20 kauft X ..." is no purchase of the H20).
     */
    private static final String OBJECT_FIELD = "(?:(?:Den|Die|Das|Diesen|Diese|Dieses|Alle|Weitere|Rund|Über|Mehr als|\\d[\\d.,]*) )?(?:(?!(?:bei|beim|von|vom|an|am|für|mit|aus|nach|zu|zum|zur|über|unter|gegen|durch|neben|statt|ohne|außer|seit|laut|wie)\\b)(?:\\p{Ll}[\\p{L}-]*|\\d[\\d.,]*) ){0,3}?";
    /** Adverbs between a verb second and the subject after it: "liefert nun auch X ...", "lieferte erstmals X ...". */
    private static final String ADVERBS = "(?:" + NOT_PREPOSITION_WORD + "\\p{Ll}+ ){0,2}";
    /** "von X ... an Y geliefert haben" is the active perfect ("X" is no agent of a passive there, but a maker or a source). */
    private static final String ACTIVE_PERFECT_NOT = "(?![\\p{L}])(?!\\s+(?:haben|hat|hatte|hatten|habe|hätte|hätten)\\b)";

    /**
     * The words before a role's name: an article, a nationality, a place adjective, a noun, and a company compound ("an
     * die Alibaba-Tochter Y": Y). The place adjective (session 36) is a capitalised word in -er before the noun, as
     * German business news writes it ("liefert der Paderborner Systemhersteller X an Y"); the capitalised -er words that
     * are no place ("Unter", "Dieser") are de.patterns' word class NOT_PLACE_ADJECTIVE, and without it there is no such slot.
     */
    private static String nounGap(Map<String, String> wordClasses) {
        String notPlace = wordClasses.get("NOT_PLACE_ADJECTIVE");
        String placeAdjective = notPlace == null ? "" : "(?:(?!" + notPlace + "\\b)(?-i:\\p{Lu}\\p{Ll}+er) )?";
        return "(?:(?:der|die|das|den|dem) )?(?:§N\\d+§[\\s-]?)?" + placeAdjective + "(?:§C\\d+§-\\p{L}+ )?(?:" + NOT_PREPOSITION
                + "[\\p{L}-]+ )?(?:(?:wie|etwa|darunter) )?";
    }
    /**
     * Auxiliaries and modals verb second, also in the subjunctive of reported speech ("X habe ... bestellt"); always
     * followed by a word boundary, so the order of the forms is free.
     */
    private static final String AUX = "(?:" + GermanAuxiliaries.HAVE + "|" + GermanAuxiliaries.WERDEN + "|" + GermanAuxiliaries.MODAL + ")";
    private static final String SUBORDINATOR = "(?:\\b(?:dass|weil|nachdem|ob|obwohl|sodass|damit|seitdem|falls|während|bevor|sobald|als|da|wenn|wie)|"
            + "(?<=,) (?:den|die|das|welchen|welche|welches))";
    private static final String NOMINATIVE_RELATIVE = ", (?:der|die|das|welcher|welche|welches)";
    private static final String PASSIVE_AUX = "(?:wird|werden|wurde|wurden|worden|ist|sind|war|waren|soll|sollen|sollte|sollten)";
    /** Verbs of a company's own statement ("wie X mitteilte"); an outlet is never a company, so no report of the press. */
    private static final String SAYING = "(?:mitteilte|mitteilt|mitteilten|bekanntgab|bekanntgaben|ankündigte|erklärte|bestätigte|sagte|meldete|"
            + "mitgeteilt hat|mitgeteilt hatte|angekündigt hat|bestätigt hat)";
    private static final List<String> LASSEN = List.of("lässt", "ließ", "ließen", "lassen");
    /**
     * A form of the class followed by "lassen" is the causer's ("Auch den X ließ Y zunächst bei Z produzieren"): the subject has it done,
     * so it is not the agent of the class's verb.
     */
    private static final String NOT_CAUSED = "(?!\\s+(?:zu\\s+)?(?:lassen|gelassen|lässt|ließ|ließen)\\b)";
    /**
     * Between an object and the relative clause on it, extraposed after the verbs that close the main clause ("setzt den X
     * von Y ein, der ...", "hat 6.000 X aufgestellt, die ..."): lower-case words and a maker after "von", no noun
     * (German capitalises nouns, so no other antecedent is passed).
     */
    private static final String EXTRAPOSED = "(?:(?: (?:von|vom) §C\\d+§(?!'s))?(?: \\p{Ll}[\\p{L}-]*){0,4}?)";
    /**
     * Words of a main clause after which an infinitive clause does not state what its subject does: denying, refusing,
     * negation, and verbs whose object does it ("bat", "forderte ... auf", "zwang", "erlaubte").
     */
    private static final String NOT_CONTROLLING = "\\b(?:bestreit|bestritt|dementier|abstreit|abgestritten|zurückgewies|zurückweis|weigert|ablehn|"
            + "lehnt|lehnte|verzicht|nicht|kein|nie|niemals|bat|bitte|forder|zwang|zwing|erlaub|untersag|verbiet|verbot|warnt|gewarnt|abgeraten)";
    /** A place after a name before its relative clause: "X aus Eindhoven, das ...", "X in Grenoble, der ...". */
    private static final String PLACE = "(?: (?:aus|in) (?:dem |der )?(?:§N\\d+§|\\p{Lu}[\\p{L}-]+))?";
    /**
     * An apposition between a name and its relative clause: "X, ein Familienbetrieb aus Amberg, der Y beliefert" (session 36);
     * no company inside it, so the relative clause can only be the name's.
     */
    private static final String APPOSITION_BEFORE_RELATIVE = "(?:, (?:ein|eine|einer|einem|einen|der|die|das|dem|den)\\b(?:[^,;.§]|§N\\d+§){2,100}?)?";
    /** A separable particle closes its clause: before punctuation, the sentence's end or a coordinating word. */
    private static final String CLAUSE_END = "(?=\\s*(?:[.,;:!?\"]|$)|\\s+(?:und|oder|sowie|aber)\\b)";

    private ClauseFrames() {}

    /** The rule shapes of a frame "CLASS agent={Company:s} an={Company:o}" (or theme=, causer=). */
    static List<Shape> expand(String frame, GermanVerbs verbs, String where, Map<String, String> wordClasses) {
        String nounGap = nounGap(wordClasses);
        Matcher m = FRAME.matcher(frame.strip());
        if (!m.matches()) {
            throw new InputError(where + ": cannot read frame '" + frame.strip()
                    + "', expected CLASS agent={Type:s} PREP={Type:o} (or theme=, causer= instead of agent=)");
        }
        List<GermanVerbs.Verb> vs = verbs.of(m.group(1), where);
        boolean causer = m.group(2).equals("causer");
        String a = m.group(3), b = m.group(5);
        boolean theme = m.group(4).equals("theme");
        // a preposition joined with its article counts as it: "vom" (von dem), "beim" (bei dem)
        String preps = theme ? null : m.group(4).replaceAll("\\bvon\\b", "von|vom").replaceAll("\\bbei\\b", "bei|beim");
        // a theme after "von" is the agent of a passive ("Y wird von X beliefert"), never the object
        // nor a chip named after a chip noun with "in" ("in seinem Beschleuniger X verbauen": the place, not the goods)
        // (session 29: "beliefert neben X auch Y": the company after "neben" is the clause's object only by a plain rule)
        String bPhrase = theme ? "(?<!\\b(?:von|vom|durch) )" + (b.startsWith("{Company") ? "(?<!" + AFTER_NEBEN.substring(4) : "") + "(?<!\\b(?:in|im) \\S{1,30} (?:\\S{1,30} )?\\S{0,20}(?:Beschleuniger|Chip|Prozessor|Superchip)\\p{L}{0,3} )" + b : "\\b(?:" + preps + ")\\b " + nounGap.replace(NOT_PREPOSITION, "").replace("[\\p{L}-]+ )?", "[\\p{L}-]+ ){0,2}?") + b + "(?!'s)";
        String aPlain = a + "(?!'s)";

        Set<String> last = new LinkedHashSet<>(), nonFinite = new LinkedHashSet<>(), participles = GermanVerbs.forms(vs, GermanVerbs.Verb::participles);
        nonFinite.addAll(participles);
        nonFinite.addAll(GermanVerbs.forms(vs, GermanVerbs.Verb::infinitives));
        String second;
        if (causer) {
            // "X lässt ... bei Y fertigen": lassen is the finite verb, the class's infinitive closes the clause
            String inf = GermanVerbs.alternation(GermanVerbs.forms(vs, GermanVerbs.Verb::infinitives));
            second = GermanVerbs.alternation(new LinkedHashSet<>(LASSEN)) + "\\b(?=" + REST + "\\b" + inf + CLAUSE_END + ")";
            for (String l : LASSEN) for (String i : GermanVerbs.forms(vs, GermanVerbs.Verb::infinitives)) last.add(i + " " + l);
            nonFinite.clear();
            for (String i : GermanVerbs.forms(vs, GermanVerbs.Verb::infinitives)) nonFinite.add(i + " lassen");
        } else {
            second = secondPosition(vs);
            last.addAll(GermanVerbs.forms(vs, GermanVerbs.Verb::lastPosition));
            last.addAll(nonFinite);
        }
        String notCaused = causer ? "" : NOT_CAUSED;
        // (session 32: a participle before "werden" is a passive, "werden" before a participle no future: GermanAuxiliaries)
        String lastAlt = (causer ? GermanVerbs.alternation(last) + "\\b" : GermanAuxiliaries.activeLast(last, participles)) + notCaused;
        // an auxiliary or modal verb second counts when a form of the class closes the clause in the active
        String auxSecond = causer ? AUX + "\\b(?=" + REST + "\\b" + GermanVerbs.alternation(nonFinite) + "\\b" + ")"
                : GermanAuxiliaries.activeSecond(GermanVerbs.forms(vs, GermanVerbs.Verb::infinitives), participles, REST, notCaused);
        String verbSecond = "(?:" + second + "|" + auxSecond + ")";

        List<Shape> out = new ArrayList<>();
        out.add(new Shape("main", a + NOT_OBJECT_CASE + "@S\\b" + verbSecond + MID + bPhrase));
        // a second verb of the same subject after "und": "X baut ein Werk und liefert ... an Y"; the first clause passes
        // no company that could be the second verb's subject
        out.add(new Shape("coordinated", aPlain + MID + "\\b(?:und|sowie) (?:[\\p{Ll}]+ )?" + verbSecond + MID + bPhrase));
        if (!causer) {
            // an infinitive clause with "zu" after the main clause takes its subject ("X gab zu, Chips für Y produziert
            // zu haben"); not after a verb of denying or refusing, nor when the main clause names another company (the
            // object of "X beauftragte Y, ... zu fertigen" is the subject)
            String zu = GermanVerbs.alternation(GermanVerbs.forms(vs, GermanVerbs.Verb::zuInfinitives));
            out.add(new Shape("infinitive", aPlain + NOT_OBJECT_CASE + "(?![^.;,]{0,120}?" + NOT_CONTROLLING + ")@S\\b(?:[^§.;,]|§[NM]\\d+§){1,80}?, "
                    + MID + bPhrase + MID + "\\b" + zu + CLAUSE_END));
        }
        out.add(new Shape("inverted", "\\b" + verbSecond + " " + ADVERBS + nounGap + aPlain + APPOSITION + MID + bPhrase));
        if (theme && !causer) {
            // the object first and the subject after the finite verb ("Den H20 kauft X ...", "Die H100 hat X ... bestellt");
            // a company only after an article that is accusative alone ("Den Autobauer Y beliefert X"), as "Die Firma Y
            // beliefert X" reads subject first
            String field = b.startsWith("{Company") ? "(?:Den|Diesen) (?:(?:[\\p{L}-]+|§N\\d+§) ){0,2}?" : OBJECT_FIELD;
            out.add(new Shape("object-first", "(?:^|(?<=[:\"] ))" + field + b + "(?:-[\\p{L}]+)?(?:[^§.;,]|§N\\d+§){0,30}? "
                    + verbSecond + " " + nounGap + aPlain));
        }
        // (a verb last after "zu" closes an infinitive clause, not a subordinate or relative one: "bat X, die Chips an Y zu liefern")
        out.add(new Shape("last", SUBORDINATOR + " " + nounGap + aPlain + MID + bPhrase + MID + "\\b(?<!\\bzu )" + lastAlt + "\\b"));
        // (a passive here keeps the company: "Die Chips von X, die an Y geliefert werden" are X's goods going to Y)
        out.add(new Shape("relative", aPlain + PLACE + APPOSITION_BEFORE_RELATIVE + NOMINATIVE_RELATIVE + MID + bPhrase + MID + "\\b(?<!\\bzu )" + GermanVerbs.alternation(last) + "\\b" + notCaused + "\\b"));
        if (!causer && (theme || !preps.contains("von"))) {
            String agentVon = "\\b(?:von|vom|durch|bei|beim) " + nounGap + aPlain;
            String part = "\\b" + GermanVerbs.alternation(participles) + "\\b";
            out.add(theme ? new Shape("passive", b + MID + "\\b" + PASSIVE_AUX + "\\b" + MID + agentVon + MID + part)
                    : new Shape("passive", agentVon + MID + bPhrase + MID + part + ACTIVE_PERFECT_NOT));
            if (!theme) {
                // the participle opens the clause: "Geliefert werden die Chips von X an Y", "... an Y von X" (not for a
                // theme: "Gekauft werden vor allem H20 von X" names the maker after "von")
                String first = "(?:^|(?<=[:\"] ))(?i:" + GermanVerbs.alternation(participles) + ") " + PASSIVE_AUX + "\\b" + MID;
                out.add(new Shape("participle-first", first + agentVon + MID + bPhrase));
                out.add(new Shape("participle-first-recipient", first + bPhrase + MID + agentVon));
            }
            // verb last, the auxiliary after the participle ("..., dessen Chips von X gefertigt werden"); without an
            // auxiliary "H20 von Nvidia gekauft" names the maker, not the buyer
            if (theme) {
                out.add(new Shape("passive-last", b + MID + agentVon + MID + part + "\\s+" + PASSIVE_AUX + "\\b"));
                // a relative clause on the object in the passive, also extraposed ("der X, der von Y gefertigt wird";
                // "setzt den X von Z ein, der bei Y gefertigt wird")
                out.add(new Shape("theme-relative-passive", b + EXTRAPOSED + ", (?:der|die|das|welcher|welche|welches) "
                        + "(?:[^§.;,]|§[NM]\\d+§){0,60}?" + agentVon + MID + part + "\\s+" + PASSIVE_AUX + "\\b"));
                // the auxiliary second before the object ("Bislang wurde der X ausschließlich von Y produziert"); "von" right after the
                // object may name its maker ("wird der H20 von Nvidia eingesetzt"), so only a fabricating verb takes it
                String attributeVon = m.group(1).contains("FABRICATE") ? "" : "(?! (?:von|vom) )";
                out.add(new Shape("passive-inverted", "\\b" + PASSIVE_AUX + " " + ADVERBS + "(?:(?:der|die|das|den) )?(?:[\\p{L}\\d.,-]+ )?"
                        + b + attributeVon + MID + agentVon + MID + part + "\\b"));
            }
        }
        if (!theme && !causer) {
            // the source of the report is the agent of an agentless passive: "Wie X mitteilte, sollen die ersten Chips
            // an Y ausgeliefert werden" (the company reports what it does itself)
            out.add(new Shape("reported", "(?:^|(?<=[,;:\"] ))[Ww]ie " + nounGap + aPlain + "(?:[^,;.§]|§[NM]\\d+§){0,60}?\\b" + SAYING
                    + "\\b, " + PASSIVE_AUX + "\\b" + MID + bPhrase + MID + "\\b" + GermanVerbs.alternation(participles) + "\\b"));
            // also with an auxiliary and the participle last ("An Y hat X ... ausgeliefert")
            String fronted = "(?:^|(?<=[,;:\"] ))(?:" + preps + ") " + nounGap + b + "(?!'s) " + verbSecond + " " + nounGap + aPlain;
            out.add(new Shape("fronted", fronted));
        }
        // (not for a company: "X, das Y beliefert" is X's relative clause, X the subject)
        if (theme && !b.startsWith("{Company")) {
            out.add(new Shape("theme-relative", b + EXTRAPOSED + ",? (?:den|die|das|welchen|welche|welches) " + nounGap + aPlain + MID + "\\b" + lastAlt + "\\b"));
        }
        Set<String> words = new LinkedHashSet<>();
        if (causer) words.addAll(LASSEN);
        else for (var kind : List.<java.util.function.Function<GermanVerbs.Verb, List<String>>>of(GermanVerbs.Verb::secondPosition,
                GermanVerbs.Verb::lastPosition, GermanVerbs.Verb::participles, GermanVerbs.Verb::infinitives)) {
            words.addAll(GermanVerbs.forms(vs, kind));
        }
        return out.stream().map(sh -> new Shape(sh.name(), sh.body(), Set.copyOf(words))).toList();
    }

    /**
     * The verb classes as word classes for plain rules, so no rule lists a class's verb forms by hand: per class C,
     * {@code VERB_C_SECOND} (finite verb second, a separable verb only with its particle closing the clause),
     * {@code VERB_C_LAST} (finite verb last and the non-finite forms), {@code VERB_C_NONFINITE} (participles and
     * infinitives) and {@code VERB_C_PARTICIPLE}.
     */
    static java.util.Map<String, String> wordClasses(GermanVerbs verbs) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String c : verbs.classNames()) {
            List<GermanVerbs.Verb> vs = verbs.of(c, c);
            Set<String> participles = GermanVerbs.forms(vs, GermanVerbs.Verb::participles);
            Set<String> nonFinite = new LinkedHashSet<>(participles);
            nonFinite.addAll(GermanVerbs.forms(vs, GermanVerbs.Verb::infinitives));
            Set<String> last = new LinkedHashSet<>(GermanVerbs.forms(vs, GermanVerbs.Verb::lastPosition));
            last.addAll(nonFinite);
            out.put("VERB_" + c + "_SECOND", secondPosition(vs));
            out.put("VERB_" + c + "_LAST", GermanVerbs.alternation(last));
            out.put("VERB_" + c + "_NONFINITE", GermanVerbs.alternation(nonFinite));
            out.put("VERB_" + c + "_PARTICIPLE", GermanVerbs.alternation(participles));
        }
        return out;
    }

    /**
     * The class's finite forms verb second: a plain verb as it is, a separable one only when its particle closes the
     * clause ("stellt ... her" fabricates, "stellt ... vor" does not).
     */
    private static String secondPosition(List<GermanVerbs.Verb> vs) {
        Set<String> plain = new LinkedHashSet<>();
        java.util.Map<String, Set<String>> byParticle = new java.util.LinkedHashMap<>();
        for (GermanVerbs.Verb v : vs) {
            if (v.separable()) byParticle.computeIfAbsent(v.prefix(), k -> new LinkedHashSet<>()).addAll(v.secondPosition());
            else plain.addAll(v.secondPosition());
        }
        List<String> branches = new ArrayList<>();
        if (!plain.isEmpty()) branches.add(GermanVerbs.alternation(plain) + "\\b");
        byParticle.forEach((particle, forms) -> {
            Set<String> rest = new LinkedHashSet<>(forms);
            rest.removeAll(plain);
            if (!rest.isEmpty()) {
                branches.add(GermanVerbs.alternation(rest) + "\\b(?=" + REST + "\\b" + particle + CLAUSE_END + ")");
            }
        });
        return "(?:" + String.join("|", branches) + ")";
    }
}
