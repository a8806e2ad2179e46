package dev.parallax.comparator.detect;

import dev.parallax.comparator.record.RecordPassages;
import dev.parallax.comparator.record.RecordPassages.Passage;
import dev.parallax.comparator.record.Vocabulary;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.QuoteKind;
import dev.parallax.core.model.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a report gives to one leader that the transcript of the meeting has the other leader say: "Putin described
 * their energy work as a pillar of security for the entire continent" against a transcript whose turn of Xi says "our
 * joint work on oil, gas and the northern sea route has become a pillar of energy security for the entire Eurasian
 * continent", and Putin's turn nothing like it. The two sentences share too few words to meet in one claim group ({@link AttributionDetector}'s case), so the report's reported speech is read against the
 * transcript passage by passage.
 *
 * <p>Reported speech is a clause after a verb of saying, calling or describing ("described their energy work as ...",
 * "said ties are ...") whose subject is one of the event's participants named in the sentence. The clause's content
 * words (names aside: who and where say nothing of what was said) are looked up in every passage of a speaker turn of
 * a transcript from another outlet, rare words weighing more, a word meeting its own stem's kin ("strategic" /
 * "strategy"). The finding needs a passage of another participant holding most of the clause, and no passage of the
 * credited speaker holding it nearly as well. Words, not the stored sentence embeddings: those are of whole sentences,
 * and a report's sentence carries more than the clause ("Putin, who arrived on Wednesday evening, described ...") while
 * a transcript's sentence frames it in other words, so the passage that says the same thing is often not the nearest
 * by embedding.
 *
 * <p>Stays silent when the credited speaker also says it in the transcript; when the report gives the words to both
 * ("the leaders", "Xi and Putin", "the two sides"); when the other account has no speaker turns (a readout or joint
 * statement speaks in its own voice); when the one credited is no participant (a spokesman, an agency); when the report
 * appeared before the meeting (a preview tells what a leader said elsewhere); for the transcript's own outlet; and for a
 * sentence {@link AttributionDetector} already reports (its claim group gives the words to two speakers).
 * Severity is LOW when the credited speaker has no turn in the transcript (the page may stop before he speaks), MEDIUM
 * when he speaks and says nothing like it.
 */
public final class ReportedSpeechAttributionDetector implements DiscrepancyDetector {
    /**
     * The share of the clause's content words (by weight) a passage must hold: a paraphrase keeps the words that carry
     * the statement ("pillar", "security", "continent") and changes the frame around them.
     */
    static final double MIN_COVERAGE = 0.75;
    /** Content words the clause and the passage must share: two shared words are a topic, not a statement. */
    static final int MIN_SHARED = 3;
    /** The credited speaker says it "nearly as well" when his best passage holds this much less of the clause or more. */
    static final double NEARLY_AS_WELL = 0.25;
    /** Words before the verb in which the credited speaker must be named ("Putin, who arrived on Wednesday, described"). */
    private static final int SUBJECT_REACH = 80;
    /** Two words meet by stem kin when they share this long a beginning ("strateg-ic" / "strateg-y"). */
    private static final int KIN_PREFIX = 6;

    private static final Pattern SAYS = Pattern.compile("(?i)\\b(called|calls|described|describes|characterized|characterised"
            + "|termed|said|says|stated|declared|stressed|emphasized|emphasised|noted|told\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s+that"
            + "|hailed|praised)\\b");
    /** Words that give the statement to more than one speaker. */
    private static final Pattern JOINT = Pattern.compile("(?i)\\b(both|leaders|sides|two presidents|two men|jointly|together)\\b|\\s(?:and|&)\\s");
    /** The words of a title and the name words that may follow it up to the name ("President of China Xi", "spokesman Dmitry"). */
    private static final String TO_NAME = ")\\s+(?:(?:of|the|\\p{Lu}[\\p{L}.'’-]*),?\\s+){0,4}$";
    /** A leader's office right before the name ("Russian President Vladimir Putin", "Prime Minister Kishida"). */
    private static final Pattern OFFICE = Pattern.compile("(?i:\\b(?:president|prime minister|premier|chancellor|chairman|king|queen"
            + "|emperor|leader)" + TO_NAME);
    private static final Pattern OFFICE_IN_NAME = Pattern.compile("(?i)\\b(president|prime minister|premier|chancellor|chairman)\\b");
    /** A relay's title right before the name ("Kremlin spokesman Dmitry Peskov", "press secretary Karine Jean-Pierre"). */
    private static final Pattern RELAY_TITLE = Pattern.compile("(?i:\\b(?:spokes(?:man|woman|person)|press secretary|aide|adviser|advisor)"
            + TO_NAME);
    /** Who relays, rather than says: a spokesman, an agency. */
    private static final Pattern RELAYS = Pattern.compile("(?i)spokes(?:man|woman|person)|press secretary|agency|aide|adviser");
    /** Where the reported clause ends: a sourcing phrase, another verb of saying, the next quotation. */
    private static final Pattern CLAUSE_END = Pattern.compile("(?i),?\\s+(?:according to|citing|as reported by)\\b"
            + "|,?\\s+(?:and|but|while)\\s+(?:he\\s+|she\\s+|(?-i:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4})?"
            + "(?:said|says|added|adds|noted|stressed|called|expressed|told|urged)\\b"
            + "|[\"“”]");

    private final Vocabulary vocabulary = Vocabulary.defaults();

    /** A transcript's passages of named speakers, each with its content keys. */
    private record Spoken(Passage passage, Set<String> keys) {}

    private record Transcript(int account, RecordPassages record, List<Spoken> spoken) {}

    /** A report's reported speech: the sentence, the clause given to the speaker, and its content keys. */
    private record Reported(int account, Sentence sentence, String speaker, String named, int clauseStart, int clauseEnd, List<String> keys) {}

    /** How well a passage holds a clause. */
    private record Held(Spoken spoken, double coverage, int shared) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        Set<String> participants = leaders(ctx);
        if (participants.size() < 2) return List.of();
        List<Transcript> transcripts = new ArrayList<>();
        for (int i = 0; i < ctx.accounts().size(); i++) {
            Transcript t = transcript(ctx.accounts().get(i), i, participants);
            if (t != null) transcripts.add(t);
        }
        List<Finding> out = new ArrayList<>();
        if (transcripts.isEmpty()) return out;
        // a statement whose claim group already gives the words to two speakers is AttributionDetector's finding; its
        // findings are worked out only when this check has one of its own to weigh against them
        List<Evidence> reported = null;
        for (int r = 0; r < ctx.accounts().size(); r++) {
            AnalyzedArticle report = ctx.accounts().get(r);
            if (isTranscript(report) || ctx.beforeTheEvent(r)) continue;
            for (Reported said : reported(report, r, participants)) {
                Finding found = null;
                for (Transcript t : transcripts) {
                    if (ctx.sameOutlet(r, t.account()) || ctx.copyRoot()[r] == ctx.copyRoot()[t.account()]) continue;
                    found = check(ctx, said, t);
                    if (found != null) break;
                }
                if (found == null) continue;
                if (reported == null) {
                    reported = new ArrayList<>();
                    for (Finding f : new AttributionDetector().detect(ctx)) reported.addAll(f.evidence());
                }
                if (reported.stream().noneMatch(e -> e.article() == report && e.start() < said.sentence().end()
                        && said.sentence().start() < e.end())) out.add(found);
            }
        }
        return out;
    }

    /**
     * The participants who lead a side: called by a leader's office somewhere in the event ("Russian President Vladimir
     * Putin", a turn labelled "Prime Minister Kishida") and never by a spokesman's or an aide's. A spokesman quoted in
     * most accounts is a participant by count, but what he says is the relay of what a leader said, not a rival claim.
     */
    static Set<String> leaders(EventContext ctx) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : ctx.participants()) {
            if (!p.startsWith("person:")) continue;
            boolean office = false, relays = false;
            for (AnalyzedArticle a : ctx.accounts()) {
                for (EntityMention m : a.mentions()) {
                    if (!p.equals(m.entityId())) continue;
                    String before = a.text().substring(Math.max(0, m.start() - 48), m.start());
                    office |= OFFICE.matcher(before).find() || OFFICE_IN_NAME.matcher(m.surface()).find();
                    relays |= RELAY_TITLE.matcher(before).find();
                }
            }
            if (office && !relays) out.add(p);
        }
        return out;
    }

    /** The passages of a transcript's participant turns, or null when the account has no speaker turns of participants. */
    private Transcript transcript(AnalyzedArticle a, int account, Set<String> participants) {
        if (!isTranscript(a)) return null;
        RecordPassages record = RecordPassages.of(a, vocabulary);
        if (!record.turns()) return null;
        List<Spoken> spoken = new ArrayList<>();
        for (Passage p : record.passages()) {
            if (!p.fromTurn() || p.question() || p.speakerId() == null || !participants.contains(p.speakerId())) continue;
            spoken.add(new Spoken(p, new LinkedHashSet<>(keys(a.text(), p.start(), p.end(), List.of()))));
        }
        return spoken.isEmpty() ? null : new Transcript(account, record, spoken);
    }

    private static boolean isTranscript(AnalyzedArticle a) {
        return a.quotes().stream().anyMatch(q -> q.kind() == QuoteKind.TRANSCRIPT);
    }

    /** Clauses of reported speech a participant is credited with, alone, in the report's sentences. */
    private List<Reported> reported(AnalyzedArticle a, int account, Set<String> participants) {
        String text = a.text();
        List<Reported> out = new ArrayList<>();
        Set<Integer> verbs = new java.util.HashSet<>();
        for (Claim c : a.claims()) {
            // a sentence of paraphrase alone carries no speaker for the analyzer; one that does must give it to the subject
            if (c.speakerId() != null && !participants.contains(c.speakerId())) continue;
            if (c.sentenceIndex() < 0 || c.sentenceIndex() >= a.sentences().size()) continue;
            Sentence s = a.sentences().get(c.sentenceIndex());
            Matcher verb = SAYS.matcher(text).region(s.start(), s.end());
            while (verb.find()) {
                if (!verbs.add(verb.start())) continue;
                EntityMention subject = subject(a, s, verb.start(), participants);
                if (subject == null || c.speakerId() != null && !subject.entityId().equals(c.speakerId())) continue;
                if (JOINT.matcher(text.substring(subject.end(), verb.start())).find() || joint(a, s, subject, participants)) continue;
                int from = Math.max(s.start(), subject.start() - 40);
                if (RELAYS.matcher(text.substring(from, verb.start())).find()) continue;
                int[] clause = clause(text, verb.end(), s.end());
                int start = clause[0], end = clause[1];
                List<String> keys = keys(text, start, end, a.mentions());
                if (keys.size() < MIN_SHARED) continue;
                out.add(new Reported(account, s, subject.entityId(), subject.surface().strip(), start, end, keys));
            }
        }
        return out;
    }

    /**
     * The words given to the speaker after the verb: a quotation that opens right after it ("said: “...”") up to its
     * closing mark, else the reported clause up to a sourcing phrase, another verb of saying or a quotation.
     */
    static int[] clause(String text, int start, int end) {
        int i = start;
        while (i < end && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',' || text.charAt(i) == ':')) i++;
        if (i < end && "\"“".indexOf(text.charAt(i)) >= 0) {
            int close = i + 1;
            while (close < end && "\"”".indexOf(text.charAt(close)) < 0) close++;
            return new int[] {i + 1, close};
        }
        Matcher stop = CLAUSE_END.matcher(text).region(start, end);
        return new int[] {start, stop.find() ? stop.start() : end};
    }

    /**
     * The participant named last before the verb, within reach, or null; null too when another person is named between
     * them ("the talks with Xi, Peskov said": the one named next to the verb speaks, and he is no participant).
     */
    private static EntityMention subject(AnalyzedArticle a, Sentence s, int verb, Set<String> participants) {
        EntityMention best = null, nearest = null;
        for (EntityMention m : a.mentions()) {
            if (m.kind() != EntityKind.PERSON || m.entityId() == null) continue;
            if (m.start() < s.start() || m.end() > verb || verb - m.end() > SUBJECT_REACH) continue;
            if (nearest == null || m.start() > nearest.start()) nearest = m;
            if (participants.contains(m.entityId()) && (best == null || m.start() > best.start())) best = m;
        }
        return best != null && nearest.entityId().equals(best.entityId()) ? best : null;
    }

    /** Whether another participant is named with the subject as one ("Xi and Putin called ..."). */
    private static boolean joint(AnalyzedArticle a, Sentence s, EntityMention subject, Set<String> participants) {
        for (EntityMention m : a.mentions()) {
            if (m.kind() != EntityKind.PERSON || m.entityId() == null || m.entityId().equals(subject.entityId())
                    || !participants.contains(m.entityId()) || m.start() < s.start() || m.end() > subject.start()) continue;
            if (JOINT.matcher(a.text().substring(m.end(), subject.start())).find()) return true;
        }
        return false;
    }

    /** The content keys of {@code text[start, end)} in order, words of the given names left out. */
    private List<String> keys(String text, int start, int end, List<EntityMention> names) {
        List<String> out = new ArrayList<>();
        for (Word w : Words.split(text.substring(start, end), start)) {
            boolean named = false;
            for (EntityMention m : names) {
                if (m.start() <= w.start() && w.end() <= m.end()) {
                    named = true;
                    break;
                }
            }
            if (named) continue;
            String k = vocabulary.key(Words.fold(w.text()));
            if (k != null && !out.contains(k)) out.add(k);
        }
        return out;
    }

    /** The finding when the clause is another participant's passage and none of the credited speaker's. */
    private Finding check(EventContext ctx, Reported said, Transcript t) {
        int n = t.spoken().size();
        double[] weight = new double[said.keys().size()];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            int df = 0;
            for (Spoken s : t.spoken()) if (holds(s.keys(), said.keys().get(i))) df++;
            weight[i] = 1 + Math.log(1 + (double) n / (1 + df));
            total += weight[i];
        }
        Held other = null, own = null;
        for (Spoken s : t.spoken()) {
            double held = 0;
            int shared = 0;
            for (int i = 0; i < weight.length; i++) {
                if (holds(s.keys(), said.keys().get(i))) {
                    held += weight[i];
                    shared++;
                }
            }
            Held h = new Held(s, round(held / total), shared);
            boolean mine = said.speaker().equals(s.passage().speakerId());
            if (mine) {
                if (own == null || h.coverage() > own.coverage()) own = h;
            } else if (other == null || h.coverage() > other.coverage() || h.coverage() == other.coverage() && h.shared() > other.shared()) {
                other = h;
            }
        }
        if (other == null || other.coverage() < MIN_COVERAGE || other.shared() < MIN_SHARED) return null;
        if (own != null && own.coverage() > round(other.coverage() - NEARLY_AS_WELL)) return null;
        AnalyzedArticle report = ctx.accounts().get(said.account());
        Passage p = other.spoken().passage();
        List<Evidence> ev = List.of(new Evidence(report, said.sentence().start(), trimEnd(report.text(), said.sentence())),
                new Evidence(t.record().record(), p.start(), p.end()));
        String summary = "speaker differs — " + report.name() + " gives it to " + said.named() + "; in the transcript ("
                + t.record().record().name() + ") it is " + (p.speakerLabel() == null ? name(p.speakerId()) : p.speakerLabel()) + " who says it: " + Finding.summarize(ev);
        return new Finding(DiscrepancyType.ATTRIBUTION, own == null ? Severity.LOW : Severity.MEDIUM, summary, null, ev);
    }

    /** Whether a passage's keys hold the key, or one of its stem's kin. */
    static boolean holds(Set<String> keys, String key) {
        if (keys.contains(key)) return true;
        for (String k : keys) if (kin(k, key)) return true;
        return false;
    }

    /** Two keys of one stem: a long common beginning covering most of the shorter ("strategic" / "strategy"). */
    static boolean kin(String a, String b) {
        int n = Math.min(a.length(), b.length()), common = 0;
        while (common < n && a.charAt(common) == b.charAt(common)) common++;
        return common >= KIN_PREFIX && common * 5 >= n * 4;
    }

    private static int trimEnd(String text, Sentence s) {
        int e = s.end();
        while (e > s.start() && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }

    private static String name(String id) {
        return id.startsWith("person:") ? id.substring("person:".length()) : id;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
