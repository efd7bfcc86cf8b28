package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.Relation;

/**
 * One language's declarative extraction file (patterns/en.patterns, patterns/de.patterns): word
 * classes, extra surface forms of entities, coreference and export-control cue words, and relation
 * rules over the sentence with its entity mentions replaced by typed placeholders. The format is
 * documented in patterns/README.md; adding a rule or a word needs no Java change.
 */
final class PatternFile {

    /**
     * A relation rule: where it was written, what it yields, how sure it is, and its compiled regex. For a rule whose
     * lead placeholder is followed by look-behinds ({@link LeadLookBehinds}), {@code matched} is the regex without them
     * and {@code leadConditions} the look-behinds, tested at the placeholder's end after a match; else {@code matched}
     * is {@code pattern} and {@code leadConditions} null.
     */
    record Rule(String origin, Relation relation, double confidence, Set<String> options, Pattern pattern,
                boolean hasSubject, boolean hasObject, String implicitObjectKind, List<String> requiredKinds,
                List<Set<String>> requiredWords, String leadKinds, List<String> laterKinds, WordCue wordStart,
                Pattern matched, Pattern leadConditions) {

        /** Can the rule match a sentence with mentions of these kinds? (Skips most rules on most sentences.) */
        boolean possible(boolean[] kindsPresent) {
            for (String any : requiredKinds) {
                boolean ok = false;
                for (int i = 0; i < any.length(); i++) if (kindsPresent[any.charAt(i)]) { ok = true; break; }
                if (!ok) return false;
            }
            return true;
        }
    }

    /** Extra surface forms for an entity named by its English label (or a new discovered name). */
    record Alias(String type, String label, List<String> forms, boolean adjective, boolean city) {}

    final String origin;
    final Map<String, String> macros = new LinkedHashMap<>();
    final List<Alias> aliases = new ArrayList<>();
    final Map<String, String> lists = new LinkedHashMap<>();
    final Map<String, List<String>> issuers = new LinkedHashMap<>();
    final Map<String, Pattern> vendors = new LinkedHashMap<>();
    final List<String> foundries = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();

    private static final Set<String> KEYS = Set.of("home", "anaphor", "possessive-pronoun", "subject-pronoun", "subject-pronoun-inverted", "subject-pronoun-relative", "subject-pronoun-clause", "subject-pronoun-plural", "possessive-pronoun-plural", "control",
            "control-verb", "control-modal", "issuer-modifier", "issuer-verb", "issuer-not-after", "issuer-not-before", "issuer-after", "issuer-unknown", "issuer-agent", "issuer-subject", "issuer-subject-after", "since-then", "issuer-relative", "issuer-seat", "issuer-country-body", "relative-aside", "control-now", "control-act", "control-anaphor", "list-anaphor", "control-new-after", "since", "city-context", "deal-value", "purchase-value", "delivery", "delivery-recipient", "list-joint", "coordination", "coordination-aside", "coordination-peer", "coordination-closing", "coordination-apposition", "coordination-described", "stop-words", "not-chip-name", "not-name", "issuer-after-control", "issuer-same-clause", "control-new", "negation", "negation-clause", "negation-before", "negation-span", "aside", "clause-aside", "delivery-future", "singular-before", "list-own-description", "singular-after", "planned", "reported", "break", "head-exclusion", "company-suffix",
            "company-descriptor", "company-apposition", "chip-noun", "preposition", "parent-anaphor", "anaphor-complement", "anaphor-partitive", "anaphor-apposition", "collective", "collective-count", "number-word", "chip-anaphor", "country-anaphor", "anaphor-foundry", "apposition-start", "apposition-place", "chip-list", "short-name-joint", "outlet", "chip-shape",
            "name-not-word", "person-title", "person-after", "first-name", "place", "place-before", "agency-word", "name-determiner", "name-chip-noun", "authority-after", "name-other", "name-generic-word", "common-noun-ending", "name-product-noun", "not-chip-shape", "name-preposition", "buyers-without-object", "part-supplier", "capacity-booked", "capacity-noun", "owner-implicit", "owner-lead", "owner-implicit-rent", "order-won", "recipient-implicit", "recipient-implicit-joint", "recipient-project",
            "role-sale-before", "role-joint", "role-buyer-verb", "role-acquired", "role-speech", "role-own", "role-purpose", "role-predicate", "role-noun",
            "chip-singular-before", "chip-singular-after", "speaker-description", "speaker-reported", "speaker-role",
            "successor-name");
    private static final Set<String> OPTIONS = Set.of("qty", "money", "date", "planned", "denied", "neg-ok", "foundry",
            "no-group-qty", "launch", "no-foundry", "last", "bought");
    private static final Pattern SLOT = Pattern.compile("(?<!\\\\[pP])\\{([A-Za-z|]+)(?::(s|o)(!)?)?\\}");
    private static final Pattern DEFINE = Pattern.compile("define\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*(.+)");
    private static final Pattern ALIAS = Pattern.compile("alias(-adj|-city)?\\s+(Company|Chip|Country|ExportControl)\\s+\"([^\"]+)\"\\s*=\\s*(.+)");
    private static final Pattern ISSUER = Pattern.compile("issuer\\s+\"([^\"]+)\"\\s*=\\s*(.+)");
    private static final Pattern VENDOR = Pattern.compile("vendor\\s+\"([^\"]+)\"\\s*=\\s*(.+)");
    private static final Pattern RULE = Pattern.compile("rule\\s+(\\w+)\\s+([01](?:\\.\\d+)?)((?:\\s+[\\w=-]+)*)\\s*:\\s*(.+)");
    private static final Pattern KEYED = Pattern.compile("([a-z-]+)\\s*=\\s*(.+)");
    private static final Pattern FRAME = Pattern.compile("frame\\s+(\\w+)\\s+([01](?:\\.\\d+)?)((?:\\s+[\\w=-]+)*)\\s*:\\s*(.+)");
    private static final Pattern VERB_CLASSES = Pattern.compile("verb-classes(\\s+english)?\\s*=\\s*(\\S+)");

    /** The verb classes the frames name (a "verb-classes = FILE" line), or null. */
    private GermanVerbs verbs;
    /** The English verb classes (a "verb-classes english = FILE" line): frames after it are English clause frames. */
    private EnglishVerbs englishVerbs;

    private PatternFile(String origin) { this.origin = origin; }

    /** The participles of the German verb classes ("hergestellt"), empty without them: a sentence's head, never a name. */
    Set<String> germanParticiples() { return verbs == null ? Set.of() : verbs.participles(); }

    /** The words of a list key ("a|b|c"), lower-cased if asked; empty when the key is absent. */
    java.util.Set<String> words(String key, boolean lower) {
        String v = lists.get(key);
        java.util.Set<String> out = new java.util.HashSet<>();
        if (v == null) return out;
        for (String w : v.split("\\|")) {
            String t = w.strip();
            if (!t.isEmpty()) out.add(lower ? t.toLowerCase(java.util.Locale.ROOT) : t);
        }
        return out;
    }

    static PatternFile parse(String origin, String text) { return parse(origin, text, Map.of()); }

    /** As {@link #parse(String, String)}, with word classes defined before the file's first line (the reference nouns). */
    static PatternFile parse(String origin, String text, Map<String, String> wordClasses) {
        PatternFile f = new PatternFile(origin);
        f.macros.putAll(wordClasses);
        String[] lines = text.split("\r?\n", -1);
        StringBuilder pending = new StringBuilder();
        int pendingLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            String line = raw.strip();
            if (line.startsWith("#") || line.isEmpty()) {
                if (pending.length() > 0) { f.line(pending.toString(), pendingLine); pending.setLength(0); }
                continue;
            }
            // continuation lines start with whitespace and '|' or '+': long regexes may wrap
            if (pending.length() > 0 && (raw.startsWith(" ") || raw.startsWith("\t")) && (line.startsWith("|") || line.startsWith("+"))) {
                pending.append(line.startsWith("+") ? line.substring(1).strip() : line);
                continue;
            }
            if (pending.length() > 0) f.line(pending.toString(), pendingLine);
            pending.setLength(0);
            pending.append(line);
            pendingLine = i + 1;
        }
        if (pending.length() > 0) f.line(pending.toString(), pendingLine);
        return f;
    }

    private void line(String line, int no) {
        String where = origin + ":" + no;
        Matcher m;
        try {
            if ((m = DEFINE.matcher(line)).matches()) {
                macros.put(m.group(1), "(?:" + expandMacros(m.group(2).strip(), where) + ")");
            } else if ((m = ALIAS.matcher(line)).matches()) {
                List<String> forms = new ArrayList<>();
                for (String s : m.group(4).split("\\|")) if (!s.isBlank()) forms.add(s.strip());
                aliases.add(new Alias(m.group(2), m.group(3), forms, "-adj".equals(m.group(1)), "-city".equals(m.group(1))));
            } else if ((m = ISSUER.matcher(line)).matches()) {
                issuers.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(expandMacros(m.group(2).strip(), where));
            } else if ((m = VENDOR.matcher(line)).matches()) {
                vendors.put(m.group(1), Pattern.compile(m.group(2).strip()));
            } else if (line.startsWith("foundry")) {
                for (String s : line.substring(line.indexOf('=') + 1).split("\\|")) foundries.add(s.strip());
            } else if ((m = RULE.matcher(line)).matches()) {
                rules.add(rule(m.group(1), m.group(2), m.group(3), m.group(4), where, null));
            } else if ((m = VERB_CLASSES.matcher(line)).matches()) {
                String file = m.group(2);
                var t = org.chipgraph.source.BundledFiles.find(file).orElseThrow(() -> new InputError(where + ": verb classes " + file + " not found"));
                if (m.group(1) != null) {
                    englishVerbs = EnglishVerbs.parse(t.origin(), t.text());
                    macros.putAll(englishVerbs.wordClasses()); // @VERB_SUPPLY, @VERB_FABRICATE_BASE ... for rules
                } else {
                    verbs = GermanVerbs.parse(t.origin(), t.text());
                    // rules below may name a class's forms: @VERB_FABRICATE_SECOND, @VERB_FABRICATE_NONFINITE ...
                    ClauseFrames.wordClasses(verbs).forEach((k, v) -> macros.put(k, "(?:" + v + ")"));
                }
            } else if ((m = FRAME.matcher(line)).matches()) {
                // a clause frame: one rule per clause shape, each named by its shape (see ClauseFrames)
                if (verbs == null && englishVerbs == null) throw new InputError(where + ": a frame needs a 'verb-classes = FILE' line above it");
                List<ClauseFrames.Shape> shapes = englishVerbs != null ? EnglishClauseFrames.expand(m.group(4), englishVerbs, where, macros)
                        : ClauseFrames.expand(m.group(4), verbs, where, macros);
                for (ClauseFrames.Shape sh : shapes) {
                    rules.add(rule(m.group(1), m.group(2), m.group(3), sh.body(), where + ":" + sh.name(), sh.verbWords()));
                }
            } else if ((m = KEYED.matcher(line)).matches() && KEYS.contains(m.group(1))) {
                String prev = lists.get(m.group(1));
                String value = expandMacros(m.group(2).strip(), where);
                lists.put(m.group(1), prev == null ? value : prev + "|" + value);
            } else {
                throw new InputError(where + ": cannot read line '" + abbreviate(line)
                        + "', expected 'define NAME = ...', 'alias TYPE \"Label\" = ...', 'rule RELATION CONF [options] : PATTERN' or one of " + KEYS);
            }
        } catch (PatternSyntaxException e) {
            throw new InputError(where + ": bad regular expression: " + e.getDescription());
        }
    }

    /** A rule; {@code verbWords}, when given, is one more word group the sentence must have (a frame's verb forms). */
    private Rule rule(String rel, String confidence, String optionText, String pattern, String where, Set<String> verbWords) {
        Relation relation;
        try {
            relation = Relation.ofLocalName(rel);
        } catch (IllegalArgumentException e) {
            throw new InputError(where + ": " + e.getMessage());
        }
        double conf = Double.parseDouble(confidence);
        Set<String> options = new java.util.LinkedHashSet<>();
        String implicit = null;
        for (String o : optionText.strip().split("\\s+")) {
            if (o.isEmpty()) continue;
            if (o.startsWith("object=")) { implicit = o.substring(7); continue; }
            if (!OPTIONS.contains(o)) throw new InputError(where + ": unknown rule option '" + o + "', expected one of " + OPTIONS + " or object=KIND");
            options.add(o);
        }
        String body = expandMacros(pattern.strip(), where);
        StringBuilder regex = new StringBuilder();
        Matcher s = SLOT.matcher(body);
        boolean subj = false, obj = false;
        List<String> required = new ArrayList<>();
        List<String> later = new ArrayList<>();
        while (s.find()) {
            String kinds = kinds(s.group(1), where);
            required.add(kinds);
            // a slot outside every group must be matched, after the one the rule begins with (past its look-behinds; the
            // body's "{Chip|Company:o}" is no alternation, so the look-behinds are skipped here whatever follows)
            if (s.start() > RegexShape.afterLeadingNegativeLookBehinds(body) && RegexShape.depthAt(body, s.start()) == 0) later.add(kinds);
            String slot = s.group(2);
            String head = lists.getOrDefault("head-exclusion", null);
            String rep;
            if (slot == null) {
                rep = "§[" + kinds + "]\\d+§";
            } else {
                if (slot.equals("s")) subj = true; else obj = true;
                rep = "§[" + kinds + "](?<" + slot + ">\\d+)§";
                if (s.group(3) == null && head != null && kinds.contains("C")) rep += "(?!" + head + ")";
            }
            s.appendReplacement(regex, Matcher.quoteReplacement(rep));
        }
        s.appendTail(regex);
        Pattern p = Pattern.compile(LookBehindGuards.of(regex.toString()), Pattern.CASE_INSENSITIVE);
        if (implicit != null) required.add(implicit);
        List<Set<String>> words = requiredWords(regex.toString());
        if (verbWords != null && !verbWords.isEmpty()) {
            words = new ArrayList<>(words);
            Set<String> lower = new java.util.HashSet<>();
            for (String w : verbWords) lower.add(lower(w));
            words.add(lower);
        }
        String lead = leadKinds(regex.toString());
        LeadLookBehinds split = lead == null ? null : LeadLookBehinds.of(regex.toString());
        Pattern matched = split == null ? p : Pattern.compile(LookBehindGuards.of(split.rest()), Pattern.CASE_INSENSITIVE);
        Pattern conditions = split == null ? null : Pattern.compile(LookBehindGuards.of(split.conditions()), Pattern.CASE_INSENSITIVE);
        return new Rule(where, relation, conf, options, p, subj, obj, implicit, List.copyOf(required), words,
                lead, List.copyOf(later), wordStart(regex.toString(), p), matched, conditions);
    }

    /**
     * For a rule that begins with a word ("\\b@ISSUE\\b ...", "(?<text>\\b(?:No|Not) ..."), the same regex tried only at
     * the words it can begin with; null for other rules.
     */
    static WordCue wordStart(String regex, Pattern compiled) {
        boolean atWord = regex.startsWith("\\b") || regex.matches("(?s)^\\(\\?<\\w+>\\\\b.*");
        if (!atWord || RegexShape.topLevel(regex).size() != 1) return null;
        String[] prefixes = WordCue.prefixes(regex);
        return prefixes == null ? null : WordCue.at(compiled, prefixes);
    }

    /**
     * The mention kinds a match must begin with, when the regex begins with a placeholder ("§[CH]...", also after
     * negative look-behinds: "(?<!'s )§[CT]..."), else null. Such a rule is only tried where a placeholder of those
     * kinds starts, instead of at every character.
     */
    static String leadKinds(String regex) {
        int at = RegexShape.afterLeadingNegativeLookBehinds(regex);
        if (!regex.startsWith("§[", at) || (at > 0 && RegexShape.topLevel(regex).size() != 1)) return null;
        int close = regex.indexOf(']', at);
        return close < 0 ? null : regex.substring(at + 2, close);
    }

    private static String kinds(String spec, String where) {
        StringBuilder k = new StringBuilder();
        for (String t : spec.split("\\|")) {
            switch (t) {
                // a tentative name (T) may stand in a company or a chip slot: the slot then fixes its type
                case "Company" -> k.append("CT");
                case "Chip" -> k.append("HT");
                case "Country" -> k.append('N');
                case "ExportControl" -> k.append("XVL");
                case "ListControl" -> k.append('L');
                case "ControlNoun" -> k.append('X');
                case "ControlVerb" -> k.append('V');
                case "Money" -> k.append('M');
                default -> throw new InputError(where + ": unknown slot type '" + t
                        + "', expected Company, Chip, Country, ExportControl, ControlNoun, ControlVerb, ListControl or Money");
            }
        }
        return k.toString();
    }

    /** Expands @NAME macros and the gap shorthands: "~" a few words without mentions, "~~" anything (lazy). */
    private String expandMacros(String s, String where) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) { out.append(c).append(s.charAt(++i)); continue; }
            if (c == '~') {
                // gaps step a word at a time (a word and the spaces after it), so the rest of the rule is
                // tried at word starts only: several times faster than stepping a character at a time. The word is
                // taken possessively: only whitespace can follow it, so giving characters back could never help.
                if (i + 1 < s.length() && s.charAt(i + 1) == '~') { out.append("(?:\\S*+\\s+){0,30}?"); i++; }
                else out.append("(?:[^\\s§]*+\\s+){0,12}?");
                continue;
            }
            if (c == '@' && i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1))) {
                int j = i + 1;
                while (j < s.length() && (Character.isUpperCase(s.charAt(j)) || Character.isDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                String name = s.substring(i + 1, j);
                String def = macros.get(name);
                if (def == null) throw new InputError(where + ": unknown word class @" + name + " (define it above its first use)");
                out.append(def);
                i = j - 1;
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The word groups a rule cannot match without ({@link RequiredWords}). */
    static List<Set<String>> requiredWords(String regex) { return RequiredWords.of(regex); }

    /** A keyed word list as a regex alternative, or null when the file does not give it. */
    String list(String key) { return lists.get(key); }

    private static String abbreviate(String s) { return s.length() > 70 ? s.substring(0, 67) + "..." : s; }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
