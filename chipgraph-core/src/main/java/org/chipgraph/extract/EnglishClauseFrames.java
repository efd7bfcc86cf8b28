package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;

/**
 * The English clause view: a frame says who does what to whom ("a SUPPLY verb with agent X and recipient 'to' Y"), and
 * this class turns it into one rule per English clause shape, so tense, aspect, modality and voice are the frame's
 * business, not one pattern each:
 * <ul>
 * <li>{@code active}: the agent, auxiliaries, modals, adverbs or "plans to", "said it would", then the verb ("X has been
 * shipping ... to Y", "X will sell ... to Y", "X, a Y-based start-up, sells ...");</li>
 * <li>{@code coordinated}: a second verb of the agent after "and" ("X designs servers and ships them to Y");</li>
 * <li>{@code relative}: a relative clause whose pronoun is the agent ("X, which is also supplying ... to Y"), or whose
 * possessive names a part of it ("X, whose memory unit ships ... to Y");</li>
 * <li>{@code passive}: the agent after "by" ("the Z-200 is manufactured by X", "chips were sold to Y by X", "chips
 * shipped by X to Y");</li>
 * <li>{@code reduced} (theme): a participle after the theme ("the Z-200, made by X", "Z-200 chips built by X");</li>
 * <li>{@code theme-relative} (theme): a relative clause on the object ("the Z-200, which X bought").</li>
 * </ul>
 * The verb classes come from patterns/en.verbs.tsv ({@link EnglishVerbs}).
 */
final class EnglishClauseFrames {

    private static final Pattern FRAME = Pattern.compile(
            "([A-Z_|]+)\\s+agent=(\\{[^}]+\\})\\s+(theme|[\\p{Ll}|]+)=(\\{[^}]+\\})(?:\\s+by=([\\p{Ll}|]+))?");

    /**
     * A word between a subject and its verb: auxiliaries, modals, adverbs, catenatives ("were among the first to"), "said (that) it would", and the
     * time a reporter puts after "said" ("said on Monday that they had ordered").
     */
    private static final String AUX_WORD = "(?:has|have|had|is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|"
            + "does|do|did|\\p{L}+n't|also|now|still|already|then|later|soon|first|again|once|not|never|no longer|to|"
            + "plans?|planned|planning|agreed|agrees|aims?|aimed|expects?|expected|intends?|intended|wants?|wanted|hopes?|hoped|"
            + "seeks?|sought|begin|began|begins|begun|start|started|starts|continue|continues|continued|resume|resumes|resumed|set|due|about|going|preparing|prepares|prepared|"
            + "looking|able|likely|ready|poised|allowed|permitted|cleared|forced|required|approved|alone|itself|too|both|each|all|jointly|together|collectively|"
            + "said|says|that|it|they|on\\s+\\p{L}+day|(?:among\\s+)?the\\s+(?:first|latest|last|only|next)(?:\\s+(?:companies|company|firms?|ones?|buyers?|customers?))?\\s+to|(?:last|this|next)\\s+(?:week|month|year|quarter)|today|yesterday|earlier|"
            + "in\\s+(?:\\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)|(?!(?:supply|apply|reply|rely|comply)\\b)\\p{L}+ly)";
    private static final String AUX_GAP = "(?:" + AUX_WORD + "\\s+){0,6}?";
    /** One apposition or relative clause after the subject, closed by a comma ("X, a Y-based start-up, sells"). */
    private static final String APPOSITION_ONE = ",\\s+(?:which|who|whose|an?|the|one of|itself)\\s+(?:[^,;.§]|§[A-Z]\\d+§(?:'s)?|(?<=\\d)[.,](?=\\d)){0,120}?,\\s+";
    /**
     * The subject as the apposition of a description opening the sentence ("One of its rivals, X, bought ...", "Two
     * research labs, X and Y, use ..."): the comma that closes it, when only words (and one owner) stand before it.
     * Character classes, not repeated words: a look-behind needs an obvious maximum length.
     */
    private static final String APPOSED_SUBJECT = "(?<=^[\"“]?[\\p{L}'’\\s-]{0,60}(?:§C\\d{1,4}§(?:['’]s)?[\\p{L}'’\\s-]{1,40})?,\\s§C\\d{1,4}§),\\s+";
    private static final String APPOSITION = "(?:" + APPOSITION_ONE + "|" + APPOSED_SUBJECT + ")?";
    /** A clause after the verb up to the role: no clause break, no company but possessives, modifiers of a chip and after a preposition. */
    private static final String MID = "(?:[^§.;!?,:]|(?<=\\d)[.,](?=\\d)|§[HMN]\\d+§(?:'s)?|§C\\d+§'s|§C\\d+§(?=[\\s-]§H|-\\p{L})"
            + "|§C\\d+§(?=\\s+(?:[\\p{L}-]+\\s+)?(?:chips?|processors?|accelerators?|GPUs?|servers?|systems?|hardware|memory|equipment|tools|machines|products)\\b)"
            + "|(?<=\\b(?:of|from|by|with|at|including|than|like)\\s)§C\\d+§"
            // goods shared out after a comma: "shipped two systems, one to X and one to Y"
            + "|,(?=\\s+(?:one|two|three|four|some|most|half|part|the\\s+rest|others?)\\s+(?:of\\s+them\\s+)?(?:to|for|from)\\s)){0,120}?";
    /** The words of a noun phrase before its name ("to Chinese cloud providers such as Y", "for the start-up Y"). */
    private static final String NOUN_GAP = "(?:(?:the|a|an|its|their)\\s+)?(?:§N\\d+§(?:'s)?[\\s-]+(?:based\\s+)?)?"
            + "(?:(?!(?:of|and|or|by|to|for|from)(?![\\p{L}-]))[\\p{L}-]+\\s+){0,3}?(?:(?:[\\p{L}-]+,?\\s+){0,8}?(?:such as|like|including|among them|among others|namely)\\s+)?"
            + "(?:(?:the|a|an)\\s+)?(?:§C\\d+§\\s+(?:parent|owner)\\s+)?";
    /**
     * The role's noun phrase: as {@link #NOUN_GAP}, or a class of companies named by its members after a comma ("to two
     * resellers in Dubai, Karsh Trading and Omnel Systems"), with the class nouns of the pattern file's COMPANY_NOUN.
     */
    private static String nounGap(java.util.Map<String, String> wordClasses) {
        String nouns = wordClasses.get("COMPANY_NOUN");
        if (nouns == null) return NOUN_GAP;
        return "(?:(?:(?:the|a|an|its|their|some|several|two|three|four|five|six|\\d+)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:" + nouns + ")"
                + "(?:\\s+(?:in|from|based\\s+in)\\s+(?:§N\\d+§|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?))?,\\s+(?:the\\s+)?|" + NOUN_GAP + ")";
    }

    /** A name right before a verb of saying is the speaker, not the role ("..., to resellers, Nvidia said"). */
    private static final String NOT_SPEAKER = "(?!\\s+(?:\\p{L}+ly\\s+)?(?:said|says|told|added|announced|confirmed|reported|wrote|noted)\\b)";

    /**
     * Words between a verb and its chip object ("bought 5,000 of Nvidia's", "ordered more than 100,000"); not "around" the
     * chip ("designs its servers around the X" uses X, session 29), but "around 5,000".
     */
    private static final String THEME_GAP = "(?:(?!(?:to|for|from|with|by|at|in|on|into|which|that|who|while|as|because|after|before|since|when|if|and|or|but|then|around(?=\\s+\\D))(?![\\p{L}-]))"
            + "(?:[^\\s§,;.]|(?<=\\d)[.,](?=\\d))++\\s+|(?:up\\s+to|as\\s+many\\s+as|at\\s+least|at\\s+most|in\\s+excess\\s+of)\\s+|§C\\d+§'s\\s+|§H\\d+§'s\\s+|§C\\d+§[\\s-](?=§H)|§M\\d+§\\s+|§N\\d+§\\s+){0,6}?";
    /** A company object that heads its phrase ("supplies Y", not "supplies Y chips" or "Y's"). */
    private static final String ALONE = "(?!'s|-\\p{L}|\\s+§H|\\s+(?:(?!(?:with|to|for|from|in|at|on|of|and|or)\\s)[\\p{L}-]+\\s+)?(?:chips?|processors?|accelerators?|GPUs?|semiconductors?|servers?|systems?|hardware|products?|shares?|stakes?|stock|cards?)\\b)";
    /** What a verb of a class moves that is no goods: "sold its stake to", "provided financing to". */
    private static final String NOT_GOODS = "(?!\\s+(?:(?:its|a|an|the|their|some|more|new|additional|further|§C\\d+§'s|\\p{L}+ly)\\s+){0,2}(?:[\\p{L}-]+\\s+)?"
            + "(?:stakes?|shares?|unit|business(?:es)?|divisions?|assets|subsidiar(?:y|ies)|arms?|operations|bonds|notes|equity|holdings?|"
            + "financing|funding|loans?|support|capital|money|cash|advice|guidance|details|information|comments?|updates?|letters?|"
            + "statements?|proposals?|offers?|bids?|warnings?|signals?|messages?|reports?|evidence|documents?)\\b)";
    /** Not right after a verb of saying: "X said orders from Y lifted its sales" has a noun there, no finite verb (session 29). */
    private static final String NOT_AFTER_SAYING = "(?<!\\b(?:said|says)\\s)";
    private static final String BE = "(?:is|are|was|were|be|been|being)";
    /** Between a participle and its agent: an adverb or a phrase of amount ("ordered in volume by X", session 30). */
    private static final String AFTER_PART = "(?:\\s+(?:\\p{L}+ly|in\\s+(?:volume|bulk|quantity|large\\s+(?:numbers|quantities|volumes))))?";
    /**
     * A first passive verb phrase before "and" and the theme's second participle: tokens, chips, countries, money,
     * possessives and a company only as the agent or partner of the first verb ("was co-designed with Y and is made by X",
     * session 30).
     */
    private static final String FIRST_PASSIVE_PHRASE = "(?:\\s+(?:(?:[^\\s§,;.]|(?<=\\d)[.,](?=\\d))++|§[HNM]\\d+§|§C\\d+§'s|(?<=\\b(?:by|with)\\s)§C\\d+§(?!'s))){1,12}?\\s+(?:and|but)";
    /** Not after "be": "was supplied" is a passive, not the active past. */
    private static final String NOT_PASSIVE = "(?<!\\b" + BE + "\\s)(?<!\\b" + BE + "\\s(?:also|now|still|not|already|\\p{L}{1,15}ly)\\s)";
    /** The word classes of the nouns that may follow a chip's name in its phrase ("Z-200 chips"): rows of en.references.tsv. */
    static final String CHIP_NOUN_ONE = "REF_CHIP_NOUN_ONE", CHIP_NOUN_MANY = "REF_CHIP_NOUN_MANY";
    /** The word class of a company's units that may act as its agent: a row of en.references.tsv (optional). */
    static final String UNIT_NOUN = "REF_UNIT_NOUN_ONE";

    private EnglishClauseFrames() {}

    /**
     * Building a cluster or servers "of" chips is no fabricating of the chips ("would build clusters of 50,000 Z-200
     * chips"): for the fabricate class, no system noun of the pattern file's SYSTEM class may stand before the chip.
     */
    private static String notSystems(String verbClass, java.util.Map<String, String> wordClasses) {
        String systems = wordClasses.get("SYSTEM");
        if (systems == null || !verbClass.contains("FABRICATE")) return "";
        return "(?!\\s+(?:[^\\s§,;.]+\\s+){0,3}?" + systems + "\\b)";
    }

    /**
     * After the company of a "to" role: it heads its phrase, or it owns the site the goods go to ("shipped its first tools
     * to Y's plant in Boise": Y receives them, session 29); the site nouns are the pattern file's NOM_SITE classes.
     */
    private static String recipientSite(String preposition, java.util.Map<String, String> wordClasses) {
        String one = wordClasses.get("NOM_SITE_ONE"), many = wordClasses.get("NOM_SITE_MANY");
        if (!preposition.matches("(?:.*\\|)?to(?:\\|.*)?") || one == null || many == null) return "(?!'s|-\\p{L})";
        return "(?:'s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:" + many + "|" + one + "|data\\s+cent(?:er|re)s?|campus)(?![\\p{L}-])|(?!'s|-\\p{L}))";
    }

    /**
     * The rule shapes of a frame "CLASS agent={Company:s} to={Company:o} [by=by|at]" (or theme=); {@code wordClasses} are
     * the pattern file's word classes, which must hold the chip nouns ({@link #CHIP_NOUN_ONE}, {@link #CHIP_NOUN_MANY}).
     */
    static List<ClauseFrames.Shape> expand(String frame, EnglishVerbs verbs, String where, java.util.Map<String, String> wordClasses) {
        Matcher m = FRAME.matcher(frame.strip());
        if (!m.matches()) {
            throw new InputError(where + ": cannot read frame '" + frame.strip()
                    + "', expected CLASS agent={Type:s} PREP={Type:o} (or theme= instead of PREP=, and by=PREP for the passive's agent)");
        }
        List<EnglishVerbs.Verb> vs = verbs.of(m.group(1), where);
        String a = m.group(2) + "(?!'s|-\\p{L})", b = m.group(4);
        boolean theme = m.group(3).equals("theme");
        boolean chipTheme = theme && b.contains("Chip");
        String by = "\\b(?:" + (m.group(5) == null ? "by" : m.group(5)) + ")\\s+" + NOUN_GAP + a;

        String ing = EnglishVerbs.alternation(EnglishVerbs.forms(vs, v -> List.of(v.ing())));
        Set<String> finiteForms = EnglishVerbs.forms(vs, v -> List.of(v.base(), v.third(), v.past()));
        String part = "\\b" + EnglishVerbs.alternation(EnglishVerbs.forms(vs, EnglishVerbs.Verb::passive)) + "\\b";
        // the perfect takes the participle, which an irregular verb does not share with its past ("had taken delivery of")
        String perfect = "(?<=\\b(?:has|have|had|having)\\s(?:\\p{L}{1,15}ly\\s)?)" + part;
        String active = "(?:\\b" + ing + "|" + NOT_PASSIVE + NOT_AFTER_SAYING + "\\b" + EnglishVerbs.alternation(finiteForms) + "|" + perfect + ")\\b";
        // a relative clause may hold its reporter right before the verb ("that officials said supplies ... to Y")
        String activeAfterReporter = "(?:\\b" + ing + "|" + NOT_PASSIVE + "\\b" + EnglishVerbs.alternation(finiteForms) + "|" + perfect + ")\\b";
        // what follows the verb: the role with its preposition, the chip object or the company object
        String role;
        if (chipTheme) role = notSystems(m.group(1), wordClasses) + "\\s+" + THEME_GAP + b + "(?!'s)"; // "fabricate X's next chip": X owns the chip, it is none
        else if (theme) role = "\\s+(?:(?:the|both)\\s+)?" + b + ALONE; // "supplies both X and Y" (session 29)
        else role = NOT_GOODS + MID + "\\b(?:" + m.group(3) + ")\\s+" + nounGap(wordClasses) + b + recipientSite(m.group(3), wordClasses) + NOT_SPEAKER;

        List<ClauseFrames.Shape> out = new ArrayList<>();
        out.add(new ClauseFrames.Shape("active", a + APPOSITION + "\\s*" + AUX_GAP + active + role));
        if (!theme) {
            // a second role of the same preposition after "and": "buys most of its memory from X and smaller amounts from Y"
            String second = NOT_GOODS + MID + "\\b(?:" + m.group(3) + ")\\s+" + NOUN_GAP + "§C\\d+§(?!'s|-\\p{L})(?:\\s+[^\\s§,;.]+){0,3}?,?\\s+and\\s+"
                    + "(?:[^\\s§,;.]+\\s+){0,4}?(?:" + m.group(3) + ")\\s+" + NOUN_GAP + b + "(?!'s|-\\p{L})";
            out.add(new ClauseFrames.Shape("second-role", a + APPOSITION + "\\s*" + AUX_GAP + active + second));
        }
        // a unit of the agent acts for it: "X's memory division has agreed to supply ... to Y"
        String unit = wordClasses.get(UNIT_NOUN);
        if (unit != null) out.add(new ClauseFrames.Shape("unit-active", m.group(2) + "'s\\s+(?:[\\p{L}-]+\\s+){0,2}?" + unit
                + "(?![\\p{L}-])\\s*" + AUX_GAP + active + role));
        // (session 30: a company after a preposition too, "X develops the Z for Y and sells ... to W": never one before a verb)
        String firstVerbPhrase = "(?:(?:(?:[^\\s§,;.]|(?<=\\d)[.,](?=\\d))++|§[HMN]\\d+§|§C\\d+§'s|§C\\d+§(?=\\s+§H)"
                + "|(?<=\\b(?:for|to|from|with|by|at|of)\\s)§C\\d+§(?!'s|-\\p{L}))\\s+){1,12}?";
        // (the first verb phrase takes its own auxiliaries: a gap of auxiliaries before it would only multiply the ways to fail)
        // not a vendor before its chip ("took delivery of 2,000 X Z-200 chips and uses them": the agent is not X)
        // (the subject may have its apposition: "X, a firm that rents out servers, will run the site and sell capacity to Y")
        out.add(new ClauseFrames.Shape("coordinated", a + "(?:" + APPOSITION_ONE + "|(?!\\s+§H)\\s+)" + firstVerbPhrase
                + "(?:and|but|as well as)\\s+" + AUX_GAP + active + role));
        // the antecedent of a relative clause may follow a preposition ("assembled by X, which ships ... to Y"): consumed
        // from the space before it, as the passives below
        // also after a noun in apposition ("X, a start-up that sells ...", session 36: "X, one of the two distributors, which
        // ships ...") and with a reporter inside ("that officials say sold")
        out.add(new ClauseFrames.Shape("relative", "(?:^|\\s)" + a + "(?:,\\s+(?:an?|the|one\\s+of(?:\\s+the)?)\\s+(?:§N\\d+§[\\s-]+)?(?:[\\p{L}-]+\\s+){0,4}?[\\p{L}-]+)?,?\\s+(?:which|that|who|whose\\s+(?:[\\p{L}-]+\\s+){1,3}?)\\s*"
                + "(?:(?:(?:§N\\d+§|[\\p{L}-]+)\\s+){0,3}?(?:say|says|said|allege|alleges|alleged|believe|believes|claim|claims)\\s+)?" + AUX_GAP + activeAfterReporter + role));
        // a passive: consumed from the space before its first slot, so a preposition before that ("demand for the Z-200
        // made by X") does not make the slot look like a fronted phrase
        String lead = "(?:^|\\s)";
        if (theme) {
            String one = wordClasses.get(CHIP_NOUN_ONE), many = wordClasses.get(CHIP_NOUN_MANY);
            if (one == null || many == null) {
                throw new InputError(where + ": a theme frame needs the chip nouns, expected rows 'chip-noun<TAB>one' and 'chip-noun<TAB>many' in en.references.tsv");
            }
            String chipNoun = "(?:" + many + "|" + one + ")"; // the plural first: "chips", not "chip" and a dangling "s"
            String themeNp = b + "(?:\\s+(?:[\\p{L}-]+\\s+)?" + chipNoun + ")?";
            // the theme of a passive is a subject: not after a preposition ("competes with Y's H2 and is made by X" is about
            // the chip before); between it and "be" a parenthetical (", designed by Y,"), "which", or a first verb phrase and "and"
            String subjectLead = "(?:^|(?<!\\b(?:with|of|for|to|from|than|by|at|on|in|against|like|over|as|versus)(?:\\s(?:the|an?|its|their))?"
                    + "(?:\\s§C\\d{1,4}§'s)?)\\s)";
            // ("... H200 processors at its campus, most of which are rented by X": a part of the theme)
            // (session 29: an apposition running into the relative clause, "the Z-200, a chip for small models that is made by X")
            String between = "(?:,\\s+(?:[^,;§]|§[A-Z]\\d+§(?:'s)?){1,160}?,|,?\\s+(?:which|that)|,\\s+(?:an?|the)\\s+(?:[^,;§]|§[NM]\\d+§){1,80}?\\s+(?:which|that)"
                    + "|(?:\\s+(?:[^\\s§,;.]+|§C\\d+§'s)){0,6}?,\\s+(?:most|many|some|all|half|part|several|much|\\d[\\d,]*)\\s+of\\s+(?:which|them)"
                    + ")?(?:,?" + FIRST_PASSIVE_PHRASE + ")?"; // (session 30: both, "the Z, unveiled in May, was designed with Y and is made by X")
            // a comma may close an apposition the theme ends ("Its first chip, the Z-200, was made by X")
            out.add(new ClauseFrames.Shape("passive", subjectLead + themeNp + between + ",?\\s+(?:[\\p{L}']+\\s+){0,3}?" + BE
                    + "\\s+(?:(?:also|now|still|currently|already|being|\\p{L}+ly)\\s+){0,2}" + part + AFTER_PART + "\\s+" + by));
            // "be" once for two participles: "the Z is designed in-house and fabricated by X" (session 30)
            if (chipTheme) out.add(new ClauseFrames.Shape("coordinated-passive", subjectLead + themeNp + "(?:,\\s+(?:[^,;§]|§[A-Z]\\d+§(?:'s)?){1,160}?,)?,?\\s+(?:[\\p{L}']+\\s+){0,3}?"
                    + BE + "(?!\\s+not\\b)" + FIRST_PASSIVE_PHRASE + "\\s+(?:(?:also|then|later|now|\\p{L}+ly)\\s+)?" + part + AFTER_PART + "\\s+" + by));
            // also after an apposition that names the theme's kind ("the ZX-7, a 5-nanometre processor produced by X")
            String kind = "(?:,\\s+(?:a|an|the)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?" + chipNoun + ")?";
            out.add(new ClauseFrames.Shape("reduced", lead + themeNp + kind + ",?\\s+(?:\\p{L}+ly\\s+)?" + part + AFTER_PART + "\\s+" + by));
            // only a chip noun between the theme and "that": "X agreed that Y will fabricate" is a complement, no relative clause
            // also the second of two subjects with their verbs: "the Z, which Y designs and X manufactures" (session 30)
            out.add(new ClauseFrames.Shape("theme-relative", lead + themeNp + ",?\\s+(?:which|that)\\s+(?:§C\\d+§(?!'s)\\s+(?:[^\\s§,;.]+\\s+){1,4}?and\\s+)?"
                    + a + "\\s+" + AUX_GAP + active));
        } else {
            String prepRole = "\\b(?:" + m.group(3) + ")\\s+" + NOUN_GAP + b + "(?!'s|-\\p{L})";
            // "chips shipped by X to Y", "were sold to Y by X"
            out.add(new ClauseFrames.Shape("passive", part + "(?:\\s+\\p{L}+ly)?\\s+" + by + MID + prepRole));
            out.add(new ClauseFrames.Shape("passive-role-first", "\\b" + BE + "\\s+(?:\\p{L}+ly\\s+)?" + part + MID + prepRole + MID + by));
        }
        Set<String> words = new LinkedHashSet<>();
        // a sentence needs a form of the class (its first word: "took" of "took delivery of") for any shape to be tried
        for (String f : EnglishVerbs.forms(vs, EnglishVerbs.Verb::all)) words.add(f.split(" ")[0]);
        return out.stream().map(sh -> new ClauseFrames.Shape(sh.name(), sh.body(), Set.copyOf(words))).toList();
    }
}
