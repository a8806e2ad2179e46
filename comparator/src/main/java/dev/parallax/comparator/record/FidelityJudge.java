package dev.parallax.comparator.record;

import dev.parallax.comparator.diff.PassageDiffer;
import dev.parallax.comparator.diff.WordChange;
import dev.parallax.comparator.diff.WordDiffer.Kind;
import dev.parallax.comparator.record.Figures.Figure;
import dev.parallax.comparator.record.PassageMatcher.Match;
import dev.parallax.comparator.record.PassageMatcher.QuoteWords;
import dev.parallax.comparator.record.QuoteCandidates.Candidate;
import dev.parallax.comparator.record.RecordPassages.Passage;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.FidelityVerdict;
import dev.parallax.comparator.report.Severity;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The verdict on one quotation: finds the record's passage it renders (speaker-aware), then reads the word
 * changes between them. VERBATIM when the quotation's words stand in the passage as written (case and punctuation
 * aside); ALTERED when a figure, a name, a negation, a modal or the scope of a word changed (an alternative the record
 * names left out included), or when the record gives the words to another speaker; FAITHFUL otherwise; NOT_IN_RECORD
 * when no passage renders it, or when a short quotation differs from the nearest passage in more places than a name
 * or a word of scope. An account in another
 * language than the record is never diffed word by word: it is FAITHFUL when its names and figures place it
 * in one passage, else NOT_IN_RECORD. A quotation the record holds only up to its cut is never ALTERED: what
 * changed may be what the record no longer holds.
 */
final class FidelityJudge {
    private final FidelityRules rules;
    private final PassageMatcher matcher;
    private final PassageDiffer differ;

    FidelityJudge(FidelityRules rules, PassageDiffer differ) {
        this.rules = rules;
        this.matcher = new PassageMatcher(rules);
        this.differ = differ;
    }

    /** What was found wrong in an ALTERED quotation; the first one found names the discrepancy's type. */
    enum Change { SPEAKER, FIGURE, NEGATION, MODALITY, NAME, SCOPE }

    /**
     * The verdict on one quotation.
     *
     * @param quote   the quotation's span in the account (a reported clause trimmed to what renders the record)
     * @param match   the passage it renders, or for NOT_IN_RECORD the nearest one (null when none shares a word)
     * @param region  the record's words the quotation lines up with, offsets into the record's text (null without a match)
     * @param changes what an ALTERED quotation changed
     */
    record Judged(AnalyzedArticle account, Candidate candidate, int[] quote, FidelityVerdict verdict, double similarity,
                  Match match, int[] region, List<String> reasons, Set<Change> changes) {
        boolean rendered() {
            return verdict != FidelityVerdict.NOT_IN_RECORD;
        }

        DiscrepancyType type() {
            if (changes.contains(Change.SPEAKER)) return DiscrepancyType.ATTRIBUTION;
            if (changes.contains(Change.FIGURE)) return DiscrepancyType.NUMBER;
            return DiscrepancyType.QUOTE_WORDING;
        }

        Severity severity() {
            return changes.contains(Change.SPEAKER) || changes.contains(Change.FIGURE) || changes.contains(Change.NEGATION)
                    || changes.contains(Change.NAME) ? Severity.HIGH : Severity.MEDIUM;
        }
    }

    /** The verdict on {@code c} of {@code account} against every record of its event; null for a reported clause that renders nothing. */
    Judged judge(AnalyzedArticle account, Candidate c, List<RecordPassages> records) {
        if (records.isEmpty()) return null;
        // an event may hold records in several languages (a statement in English and the embassy's translation): the words
        // are read against the records in the account's language, the others only by names and figures
        List<RecordPassages> same = records.stream().filter(r -> sameLanguage(account.language(), r.record().language())).toList();
        if (same.isEmpty()) return acrossLanguages(account, c, records);
        Judged j = judgeIn(account, c, same);
        if (same.size() < records.size() && (j == null || !j.rendered())) {
            Judged across = acrossLanguages(account, c, records.stream().filter(r -> !same.contains(r)).toList());
            if (across != null && across.rendered()) return across;
        }
        return j;
    }

    private Judged judgeIn(AnalyzedArticle account, Candidate c, List<RecordPassages> records) {
        String words = withoutInsertions(c.words());
        boolean inPlace = words.equals(c.words()) && account.text().startsWith(words, c.start());
        QuoteWords q = inPlace ? QuoteWords.of(account.text(), c.start(), c.end(), rules.vocabulary(), account.mentions())
                : QuoteWords.of(words, rules.vocabulary());
        int sentences = sentences(words);
        // a speaker core found only through "he said" is its guess: the words are then placed wherever the record has them
        boolean person = c.speakerId() != null && c.speakerId().startsWith("person:") && c.speakerNamed();
        Predicate<Passage> compatible = p -> !p.question() && (!person || p.speakerId() == null || p.speakerId().equals(c.speakerId()));
        boolean bothWays = c.reported() || c.kind() == dev.parallax.core.model.QuoteKind.INDIRECT;
        Match same = null, any = null;
        for (RecordPassages r : records) {
            Match m = matcher.best(q, r, compatible, sentences, bothWays);
            if (m != null && m.better(same)) same = m;
        }
        // another speaker's passages are looked at unless the speaker's own hold the words in order
        if (person && (same == null || same.run() < 1)) {
            for (RecordPassages r : records) {
                if (!r.turns()) continue;
                Match a = matcher.best(q, r, p -> !p.question(), sentences, bothWays);
                if (a != null && a.better(any)) any = a;
            }
        }
        List<String> reasons = new ArrayList<>();
        Set<Change> changes = EnumSet.noneOf(Change.class);
        Match match = null;
        boolean anotherSpeaker = any != null && any.firstPassage().fromTurn() && any.firstPassage().speakerId() != null
                && any.firstPassage().speakerId().startsWith("person:") && !any.firstPassage().speakerId().equals(c.speakerId());
        // the record gives the words to another speaker when that speaker's passage renders them closely, and clearly more
        // closely than anything the account's speaker says
        // (word for word where the speaker's own passage is not; never for a quotation of a few words, which two speakers may
        // well both say)
        boolean misattributed = c.speakerNamed() && !c.reported() && anotherSpeaker && renders(any, q, c)
                && any.similarity() >= rules.strongThreshold() && q.keySet().size() > rules.verbatimOnlyKeys() + 1
                && (!renders(same, q, c) || any.similarity() >= same.similarity() + rules.speakerMargin()
                    || any.run() >= 1 && same.run() < 1);
        if (misattributed) {
            match = any;
            changes.add(Change.SPEAKER);
            reasons.add("the record gives these words to " + speaker(any.firstPassage()) + ", the account to "
                    + (c.speakerWords() != null ? c.speakerWords() : c.speakerId()));
        } else if (renders(same, q, c)) {
            match = same;
        }
        if (match == null) {
            if (c.reported()) return null;
            Match nearest = same == null || any != null && any.better(same) ? any : same;
            Judged out = notInRecord(account, c, nearest, q, reasons);
            cutInSpeakersTurn(c, records, out.reasons());
            return out;
        }
        Passage said = match.firstPassage();
        if (!c.speakerNamed() && c.speakerId() != null && c.speakerId().startsWith("person:") && said.fromTurn()
                && said.speakerId() != null && !said.speakerId().equals(c.speakerId())) {
            reasons.add("the record gives these words to " + speaker(said) + "; the account's '" + c.speakerWords()
                    + "' was read as " + c.speakerId() + ", too little to call them misattributed");
        }
        RecordPassages record = match.record();
        String recordText = record.record().text();
        int ws = record.passages().get(match.first()).start(), we = record.passages().get(match.last()).end();
        PassageDiffer.Result diff = differ.diff(words, 0, words.length(), recordText, ws, we);
        List<WordChange> hunks = aligned(diff.changes());
        int[] region = region(hunks, recordText, ws, we);
        int[] quote = new int[] {c.start(), c.end()};
        String rendering = words;
        if (bothWays && inPlace) {
            quote = trimmed(hunks, c, account.text(), rules.vocabulary());
            rendering = account.text().substring(quote[0], quote[1]);
            // what is left must still say something of its own, not only a name ("Prime Minister Kishida")
            QuoteWords left = QuoteWords.of(account.text(), quote[0], quote[1], rules.vocabulary(), account.mentions());
            long own = left.keySet().stream().filter(k -> !k.startsWith("@")).count();
            if (c.reported() && own < 3) return null;
        }
        boolean verbatim = verbatim(bothWays ? rendering : c.words(), record, match);
        double similarity = match.similarity();
        if (!rendering.equals(words)) {
            // reported speech is as close as the words it was trimmed to
            similarity = PassageMatcher.measure(QuoteWords.of(account.text(), quote[0], quote[1], rules.vocabulary(),
                    account.mentions()), record, match.first(), match.last(), true).similarity();
        }
        if (!verbatim) {
            checkFigures(rendering, hunks, recordText, region, reasons, changes);
            // a modal in an account's own summary ("the G7 could reiterate", a translator's "could confirm" for "were able
            // to") says little of what the speaker said: only the speaker's own words, or reported speech that keeps the
            // passage closely, are read for it
            boolean ownWords = !c.reported() || similarity >= rules.strongThreshold();
            checkWording(rendering, hunks, recordText, region, reasons, changes, ownWords);
            // the whole clause, not only the words trimmed to line up: "by force" at its end is still what it kept
            if (!changes.contains(Change.SCOPE)) alternativeLeftOut(words, recordText, region, reasons, changes);
            checkNames(account, quote, record.record(), region, reasons, changes);
            if (!changes.contains(Change.NAME)) checkProperNouns(account, c, inPlace, words, hunks, record.record(), reasons, changes);
        }
        // a short quotation that differs from the passage in a name or a word of scope (in no figure, negation or modal) and
        // elsewhere too is another sentence on a like subject ("complete denuclearization of the Korean Peninsula" beside a
        // passage on the complete, verifiable and irreversible denuclearization of North Korea), not this one altered: a few
        // words are placed only when the rest of them stand in the record as written, the changed words set inside them
        if (!changes.isEmpty() && EnumSet.of(Change.NAME, Change.SCOPE).containsAll(changes)
                && q.keySet().size() <= rules.shortQuoteKeys() && differingRuns(hunks) > 1) {
            reasons.add(0, String.format(Locale.ROOT, "the nearest passage holds %.0f%% of its words, but a quotation of so few"
                    + " words that differs from it in more than one place is not that passage altered", 100 * PassageMatcher.round(similarity)));
            return new Judged(account, c, new int[] {c.start(), c.end()}, FidelityVerdict.NOT_IN_RECORD,
                    PassageMatcher.round(similarity), match, null, new ArrayList<>(reasons.subList(0, 1)), EnumSet.noneOf(Change.class));
        }
        boolean altered = !changes.isEmpty();
        // a quotation that runs up to where the record is cut may go on beyond what Parallax holds: what differs there
        // may be what the record no longer has, so it is not judged
        Passage cut = record.passages().get(record.passages().size() - 1);
        boolean atCut = record.partial() && match.holds(cut.index()) && reachesCut(recordText, region, cut);
        if (atCut && !changes.contains(Change.SPEAKER) && (altered || !verbatim && similarity < rules.strongThreshold())) {
            List<String> why = new ArrayList<>();
            why.add("the record Parallax holds stops mid-sentence in this passage ('" + tail(record) + "'): these words may"
                    + " come after the cut" + (altered ? "; what differs (" + String.join("; ", reasons) + ") is not judged" : ""));
            return new Judged(account, c, quote, FidelityVerdict.NOT_IN_RECORD, PassageMatcher.round(similarity), match,
                    null, why, EnumSet.noneOf(Change.class));
        }
        FidelityVerdict verdict = altered ? FidelityVerdict.ALTERED : verbatim ? FidelityVerdict.VERBATIM : FidelityVerdict.FAITHFUL;
        if (verdict == FidelityVerdict.FAITHFUL) reasons.add("other words, the same figures, names, negation and modality");
        return new Judged(account, c, quote, verdict, PassageMatcher.round(similarity), match, region, reasons, changes);
    }

    /** How many places the quotation differs from the record's words in, beyond spelling and function words. */
    private static int differingRuns(List<WordChange> hunks) {
        int n = 0;
        for (WordChange h : hunks) {
            if (h.kind() == Kind.EQUAL || h.spellingOnly()) continue;
            if (content(h.left()) || content(h.right())) n++;
        }
        return n;
    }

    private static boolean content(String words) {
        if (words == null) return false;
        for (Word w : Words.split(words)) if (!Words.STOPWORDS.contains(Words.fold(w.text()))) return true;
        return false;
    }

    private boolean renders(Match m, QuoteWords q, Candidate c) {
        if (m == null) return false;
        if (shortOnly(m, q)) return false;
        if (!c.reported()) return m.similarity() >= rules.renderThreshold();
        // reported speech that keeps a run of the record's words ("agreed to hold trilateral leaders' meetings at least once
        // a year") renders it whatever the account wraps around it
        if (m.runWords() >= rules.minReportedRun()) return true;
        int shared = (int) Math.round(m.precision() * distinctKeys(m));
        return m.similarity() >= rules.reportedThreshold() && shared >= rules.minReportedWords();
    }

    private static int distinctKeys(Match m) {
        Set<String> window = new HashSet<>();
        for (int p = m.first(); p <= m.last(); p++) window.addAll(m.record().words(p).keySet());
        return window.size();
    }

    /** A quotation of a word or two is placed by its words in order: all of its content words, half of it as one run. */
    private boolean shortOnly(Match m, QuoteWords q) {
        return q.keySet().size() <= rules.verbatimOnlyKeys() && m.run() < 1 && !(m.coverage() >= 1 && m.run() >= 0.5);
    }

    /**
     * A record held only in part whose last, cut turn is the quotation's speaker's: the words may well be in the part of the
     * remarks Parallax does not hold, and the reasons say so (unless they already say the record is cut near there).
     */
    private static void cutInSpeakersTurn(Candidate c, List<RecordPassages> records, List<String> reasons) {
        if (c.speakerId() == null || reasons.stream().anyMatch(r -> r.contains("stops mid-sentence"))) return;
        for (RecordPassages r : records) {
            List<Passage> ps = r.passages();
            if (!r.partial() || ps.isEmpty()) continue;
            Passage cut = ps.get(ps.size() - 1);
            if (cut.fromTurn() && c.speakerId().equals(cut.speakerId())) {
                reasons.add("the record Parallax holds stops mid-sentence in " + speaker(cut) + "'s remarks ('" + tail(r)
                        + "'): these words may come after the cut");
                return;
            }
        }
    }

    private Judged notInRecord(AnalyzedArticle account, Candidate c, Match nearest, QuoteWords q, List<String> reasons) {
        double sim = nearest == null ? 0 : PassageMatcher.round(nearest.similarity());
        if (nearest == null) {
            reasons.add("no passage of the record shares a word with it");
        } else {
            reasons.add(String.format(Locale.ROOT, "the nearest passage holds %.0f%% of its words", 100 * sim));
            if (shortOnly(nearest, q) && nearest.similarity() >= rules.renderThreshold()) {
                reasons.add("a quotation of so few words is placed only where the record has them word for word");
            }
            if (nearest.record().partial() && nearCut(nearest.record(), nearest)) {
                reasons.add("the record Parallax holds stops mid-sentence near there ('" + tail(nearest.record())
                        + "'): these words may come after the cut");
            }
        }
        return new Judged(account, c, new int[] {c.start(), c.end()}, FidelityVerdict.NOT_IN_RECORD, sim, nearest, null, reasons,
                EnumSet.noneOf(Change.class));
    }

    /** Names and figures only: another language is never diffed against the record's words. */
    private Judged acrossLanguages(AnalyzedArticle account, Candidate c, List<RecordPassages> records) {
        Set<String> anchors = new HashSet<>();
        for (EntityMention m : account.mentions()) {
            if (m.start() >= c.start() && m.end() <= c.end() && firm(m)) anchors.add(m.entityId());
        }
        for (java.util.regex.Matcher d = DIGITS.matcher(c.words()); d.find(); ) anchors.add("#" + value(d.group()));
        Match best = null;
        int bestHeld = 0;
        boolean tie = false;
        for (RecordPassages r : records) {
            for (Passage p : r.passages()) {
                if (p.question()) continue;
                Set<String> held = new HashSet<>();
                for (EntityMention m : r.record().mentions()) {
                    if (m.start() >= p.start() && m.end() <= p.end() && firm(m)) held.add(m.entityId());
                }
                for (Figure f : Figures.of(r.record().text(), p.start(), p.end())) held.add("#" + value(f.value()));
                int n = 0;
                for (String a : anchors) if (held.contains(a)) n++;
                if (n > bestHeld) {
                    bestHeld = n;
                    tie = false;
                    best = new Match(r, p.index(), p.index(), anchors.isEmpty() ? 0 : (double) n / anchors.size(), 0, 0, 0, 0);
                } else if (n == bestHeld && n > 0) {
                    tie = true;
                }
            }
        }
        String language = account.language();
        if (best != null && !tie && bestHeld >= 2 && bestHeld == anchors.size()) {
            RecordPassages r = best.record();
            Passage p = r.passages().get(best.first());
            return new Judged(account, c, new int[] {c.start(), c.end()}, FidelityVerdict.FAITHFUL, 1.0, best,
                    new int[] {p.start(), p.end()},
                    List.of("written in " + language + ": its names and figures (" + bestHeld + ") all stand in this passage;"
                            + " the words are not compared across languages"), EnumSet.noneOf(Change.class));
        }
        if (c.reported()) return null;
        String why = anchors.isEmpty() ? "it names no one and gives no figure the record could be searched by"
                : tie ? "its names and figures stand in several passages alike"
                : bestHeld < anchors.size() ? "not all of its names and figures stand in one passage"
                : "one name or figure is too little to place it";
        return new Judged(account, c, new int[] {c.start(), c.end()}, FidelityVerdict.NOT_IN_RECORD,
                best == null ? 0 : PassageMatcher.round(best.coverage()), null, null,
                List.of("written in " + language + ", the record in " + records.get(0).record().language()
                        + ": meaning is not judged across languages and " + why), EnumSet.noneOf(Change.class));
    }

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?");

    private static String value(String digits) {
        try {
            return value(Double.parseDouble(digits.replace(',', '.')));
        } catch (NumberFormatException e) {
            return digits;
        }
    }

    private static String value(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static boolean firm(EntityMention m) {
        return m.entityId() != null && !m.entityId().startsWith("unknown:") && m.match() != MatchKind.FUZZY
                && m.match() != MatchKind.ROLE;
    }

    static boolean sameLanguage(String a, String b) {
        if (a == null || b == null || a.equals("und") || b.equals("und")) return true;
        return primary(a).equals(primary(b));
    }

    private static String primary(String language) {
        return language.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    /** Bracketed insertions ("Vladimir Vladimirovich [Putin]") are the outlet's, not the speaker's. */
    static String withoutInsertions(String words) {
        String w = words.replaceAll("\\s*\\[[^\\]]{0,60}\\]", "");
        return w.isBlank() ? words : w;
    }

    private static int sentences(String words) {
        int n = 1;
        for (int i = 0; i + 1 < words.length(); i++) {
            char ch = words.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?') && Character.isWhitespace(words.charAt(i + 1))) n++;
        }
        return n;
    }

    /** Every part of the quotation (parts split at an ellipsis or an insertion) stands word for word in the passage. */
    private boolean verbatim(String words, RecordPassages record, Match match) {
        String[] parts = words.split("\\.\\.\\.|…|\\[[^\\]]{0,60}\\]");
        boolean any = false;
        for (String part : parts) {
            QuoteWords q = QuoteWords.of(part, rules.vocabulary());
            if (q.size() == 0) continue;
            any = true;
            if (!samePlainWords(part, record, match)) return false;
        }
        return any;
    }

    /**
     * The part's words stand in the passages as written once case and punctuation are set aside, a hyphen or a dot inside
     * a word included ("G7" for "G-7", "US" for "U.S."): the same words, only written another way.
     */
    private static boolean samePlainWords(String part, RecordPassages record, Match match) {
        String p = plain(part);
        if (p.isBlank()) return false;
        String text = record.record().text();
        String window = plain(text.substring(record.passages().get(match.first()).start(), record.passages().get(match.last()).end()));
        return (" " + window + " ").contains(" " + p + " ");
    }

    private static String plain(String s) {
        String joined = s.toLowerCase(Locale.ROOT).replaceAll("(?<=[\\p{L}\\p{N}])[-.'’](?=[\\p{L}\\p{N}])", "");
        return joined.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The diff without the record's words before the quotation's first word and after its last: they are context. */
    static List<WordChange> aligned(List<WordChange> changes) {
        int a = 0, b = changes.size() - 1;
        while (a <= b && changes.get(a).kind() == Kind.INSERT) a++;
        while (b >= a && changes.get(b).kind() == Kind.INSERT) b--;
        return a > b ? List.of() : changes.subList(a, b + 1);
    }

    /**
     * The record's words the quotation lines up with. A first or last change that sets a few quoted words against a
     * long run of the record's keeps only the record's words nearest the rest: "every two years" against "on an annual
     * basis and across multiple domains, to strengthen ..." is read against "on an annual basis".
     */
    static int[] region(List<WordChange> hunks, String recordText, int ws, int we) {
        int start = -1, end = -1;
        for (int i = 0; i < hunks.size(); i++) {
            WordChange h = hunks.get(i);
            if (h.rightStart() < 0) continue;
            int s = h.rightStart(), e = h.rightEnd();
            if (h.kind() == Kind.CHANGE && (i == 0 || i == hunks.size() - 1)) {
                List<Word> right = Words.split(recordText.substring(s, e), s);
                int keep = Words.split(h.left()).size() * 2 + 3;
                if (right.size() > keep) {
                    if (i == hunks.size() - 1) e = right.get(keep - 1).end();
                    else s = right.get(right.size() - keep).start();
                }
            }
            if (start < 0) start = s;
            end = e;
        }
        return start < 0 ? new int[] {ws, we} : new int[] {start, end};
    }

    /**
     * Reported speech trimmed to the words that line up with the record's (from the first word the two share to the
     * last, function words at either end left out); the whole clause when they share too little to say.
     */
    private static boolean framing(Word w, Vocabulary vocabulary) {
        String f = Words.fold(w.text());
        return FRAMING.contains(f) || vocabulary.negative(f) || !vocabulary.rungs(f).isEmpty();
    }

    private static int[] trimmed(List<WordChange> hunks, Candidate c, String text, Vocabulary vocabulary) {
        int start = -1, end = -1;
        for (WordChange h : hunks) {
            if (h.kind() != Kind.EQUAL || h.leftStart() < 0) continue;
            if (start < 0) start = h.leftStart();
            end = h.leftEnd();
        }
        if (start < 0) return new int[] {c.start(), c.end()};
        List<Word> words = Words.split(text.substring(c.start(), c.end()), c.start());
        int a = 0, b = words.size() - 1;
        while (a <= b && words.get(a).start() < c.start() + start) a++;
        while (b >= a && words.get(b).end() > c.start() + end) b--;
        // the auxiliaries, modals and negations just before carry what the clause says ("does not plan", "could finish"), and
        // so does a word of how sure the speaker is ("expects plenty of states will sign" is not "plenty of states will sign")
        for (int k = 0; k < 3 && a > 0 && framing(words.get(a - 1), vocabulary); k++) a--;
        while (a <= b && droppable(words.get(a))) a++;
        while (b >= a && droppable(words.get(b))) b--;
        if (b - a + 1 < 3) return new int[] {c.start(), c.end()};
        return new int[] {words.get(a).start(), words.get(b).end()};
    }

    private static final Set<String> FRAMING = Set.of("not", "never", "no", "does", "do", "did", "is", "are", "was", "were",
            "will", "would", "can", "could", "may", "might", "must", "should", "shall", "has", "have", "had", "doesn't",
            "don't", "didn't", "won't", "can't", "wouldn't", "couldn't", "isn't", "aren't", "wasn't", "weren't");

    /** A function word at the edge of a trimmed clause, unless it negates or frames ("not", "could"). */
    private static boolean droppable(Word w) {
        String f = Words.fold(w.text());
        return Words.STOPWORDS.contains(f) && !FRAMING.contains(f);
    }

    private void checkFigures(String words, List<WordChange> hunks, String recordText, int[] region, List<String> reasons,
                              Set<Change> changes) {
        List<Figure> quoted = Figures.of(words, 0, words.length());
        List<Figure> held = Figures.of(recordText, region[0], region[1]);
        for (Figure f : quoted) {
            List<Figure> same = held.stream().filter(f::comparable).toList();
            if (same.isEmpty() || same.stream().anyMatch(h -> f.agrees(h, rules.approximateTolerance()))) continue;
            changes.add(Change.FIGURE);
            reasons.add("a figure: '" + f.surface() + "', the record '" + same.get(0).surface() + "'");
        }
        if (changes.contains(Change.FIGURE)) return;
        // a bare number ("finished 144 of the tasks") is compared where the words around it line up: one number put for another
        for (WordChange h : hunks) {
            if (h.kind() != Kind.CHANGE) continue;
            List<Word> l = Words.split(h.left()), r = Words.split(h.right());
            if (l.size() != 1 || r.size() != 1) continue;
            Double a = Figures.number(Words.fold(l.get(0).text())), b = Figures.number(Words.fold(r.get(0).text()));
            if (a != null && b != null && !a.equals(b)) {
                changes.add(Change.FIGURE);
                reasons.add("a figure: '" + l.get(0).text() + "', the record '" + r.get(0).text() + "'");
                return;
            }
        }
    }

    /**
     * Negation and modality, read in the quotation and the record's words it lines up with (whole, so a negation the diff
     * pairs with another word still counts); scope, read in the words changed one for another.
     */
    private void checkWording(String rendering, List<WordChange> hunks, String recordText, int[] region, List<String> reasons,
                              Set<Change> changes, boolean ownWords) {
        List<String> quoteOnly = new ArrayList<>(), recordOnly = new ArrayList<>();
        for (Word w : Words.split(rendering)) quoteOnly.add(Words.fold(w.text()));
        for (Word w : Words.split(recordText.substring(region[0], region[1]))) recordOnly.add(Words.fold(w.text()));
        for (WordChange h : hunks) {
            if (h.kind() == Kind.CHANGE && !h.spellingOnly()) scope(h, reasons, changes);
        }
        // "not to allow" and "unacceptable" both negate: only one side saying no at all is a lost or added negation
        String quoteNegation = quoteOnly.stream().filter(rules.vocabulary()::negative).findFirst().orElse(null);
        String recordNegation = recordOnly.stream().filter(rules.vocabulary()::negative).findFirst().orElse(null);
        if ((quoteNegation == null) != (recordNegation == null)) {
            changes.add(Change.NEGATION);
            reasons.add(recordNegation != null ? "a negation lost: the record says '" + recordNegation + "'"
                    : "a negation added: '" + quoteNegation + "', which the record does not say");
        }
        Set<Vocabulary.Modal> qm = modals(quoteOnly), rm = modals(recordOnly);
        if (ownWords && !qm.isEmpty() && !rm.isEmpty() && java.util.Collections.disjoint(qm, rm)) {
            changes.add(Change.MODALITY);
            reasons.add("modality: '" + first(quoteOnly, qm) + "', the record '" + first(recordOnly, rm) + "'");
        }
    }

    private void scope(WordChange h, List<String> reasons, Set<Change> changes) {
        for (Word l : Words.split(h.left())) {
            String a = Words.fold(l.text());
            for (Word r : Words.split(h.right())) {
                String b = Words.fold(r.text());
                // a word on another rung ("defend" for "consult"), its opposite ("overturn" for "uphold"), or a number put
                // for a word of quantity ("seven countries" for "any country")
                boolean number = Figures.number(a) != null && QUANTIFIERS.contains(b) || Figures.number(b) != null && QUANTIFIERS.contains(a);
                if (rules.vocabulary().differ(a, b) || number) {
                    changes.add(Change.SCOPE);
                    reasons.add("scope: '" + l.text() + "', the record '" + r.text() + "'");
                    return;
                }
            }
        }
    }

    /**
     * The record names two things ("by force or coercion") and the quotation keeps one of them and leaves the other out,
     * wherever it puts the one it keeps ("in any country by force"): what was ruled out, or offered, is narrowed. Only in
     * the record's words the quotation lines up with, so a quotation that simply stops before "or" is not read as
     * narrowing.
     */
    private void alternativeLeftOut(String quotation, String recordText, int[] region, List<String> reasons, Set<Change> changes) {
        Set<String> quoted = new HashSet<>();
        for (Word w : Words.split(quotation)) {
            String k = rules.vocabulary().key(Words.fold(w.text()));
            if (k != null) quoted.add(k);
        }
        List<Word> held = Words.split(recordText.substring(region[0], region[1]));
        for (int i = 1; i + 1 < held.size(); i++) {
            if (!Words.fold(held.get(i).text()).equals("or")) continue;
            // the alternative is the first content word after "or" ("or by pressure"); "or so", "or not", "or more" name none
            int k = i + 1;
            while (k < held.size() && k <= i + 2 && Words.STOPWORDS.contains(Words.fold(held.get(k).text()))) k++;
            if (k >= held.size()) continue;
            String x = Words.fold(held.get(i - 1).text()), y = Words.fold(held.get(k).text());
            if (NOT_ALTERNATIVES.contains(y) || Figures.number(x) != null || Figures.number(y) != null) continue;
            String kx = rules.vocabulary().key(x), ky = rules.vocabulary().key(y);
            if (kx == null || ky == null || kx.equals(ky) || !quoted.contains(kx) || quoted.contains(ky)) continue;
            changes.add(Change.SCOPE);
            reasons.add("scope: the record's alternative '" + recordText.substring(region[0] + held.get(i).start(),
                    region[0] + held.get(k).end()) + "' left out");
            return;
        }
    }

    private static final Set<String> NOT_ALTERNATIVES = Set.of("so", "not", "more", "less", "otherwise", "else", "other");

    private static final Set<String> QUANTIFIERS = Set.of("any", "all", "every", "each", "no", "some", "several", "many", "few");

    private Set<Vocabulary.Modal> modals(List<String> folded) {
        Set<Vocabulary.Modal> out = EnumSet.noneOf(Vocabulary.Modal.class);
        for (String f : folded) {
            Vocabulary.Modal m = modal(f);
            if (m != null) out.add(m);
        }
        return out;
    }

    private Vocabulary.Modal modal(String f) {
        Vocabulary.Modal m = rules.vocabulary().modal(f);
        if (m != null) return m;
        if (f.endsWith("'ll")) return Vocabulary.Modal.FUTURE;
        if (f.endsWith("n't")) {
            String base = f.substring(0, f.length() - 3);
            return rules.vocabulary().modal(switch (base) {
                case "wo" -> "will";
                case "ca" -> "can";
                case "sha" -> "shall";
                default -> base;
            });
        }
        return null;
    }

    private String first(List<String> words, Set<Vocabulary.Modal> classes) {
        for (String w : words) if (classes.contains(modal(w))) return w;
        return "";
    }

    /** A person, place or body named in the quotation where the record names another of the same kind. */
    private static void checkNames(AnalyzedArticle account, int[] quote, AnalyzedArticle record, int[] region, List<String> reasons,
                                   Set<Change> changes) {
        List<EntityMention> q = named(account, quote[0], quote[1]), r = named(record, region[0], region[1]);
        Set<String> qi = new HashSet<>(), ri = new HashSet<>();
        q.forEach(m -> qi.add(m.entityId()));
        r.forEach(m -> ri.add(m.entityId()));
        for (EntityMention a : q) {
            if (ri.contains(a.entityId())) continue;
            for (EntityMention b : r) {
                if (b.kind() == a.kind() && !qi.contains(b.entityId())) {
                    changes.add(Change.NAME);
                    reasons.add("a name: '" + a.surface() + "', the record '" + b.surface() + "'");
                    return;
                }
            }
        }
    }

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sir", "madam", "president", "prime", "minister",
            "chancellor", "secretary", "king", "queen", "excellency", "chairman", "premier", "vice", "general", "his", "her",
            "your", "mister", "comrade", "colleagues", "friends", "ladies", "gentlemen");

    /**
     * Names core did not link ("the Japanese islands" for "the Korean Peninsula"): capitalized words put for other capitalized
     * words, neither a title ("Mr. President" for "Vladimir Vladimirovich" is an address, not a name changed) nor the start
     * of a sentence, nor two spellings of one name, nor two names core links to one entity.
     */
    private static void checkProperNouns(AnalyzedArticle account, Candidate c, boolean inPlace, String words, List<WordChange> hunks,
                                         AnalyzedArticle record, List<String> reasons, Set<Change> changes) {
        for (WordChange h : hunks) {
            if (h.kind() != Kind.CHANGE || h.spellingOnly() || h.leftStart() < 0 || h.rightStart() < 0) continue;
            Set<String> quoted = properNouns(words, h.leftStart(), h.leftEnd()), held = properNouns(record.text(), h.rightStart(), h.rightEnd());
            if (quoted.isEmpty() || held.isEmpty() || quoted.stream().anyMatch(held::contains)) continue;
            // names core linked decide: two sides linked to one entity are one name, and an unlinked name that is part of how
            // either article names the other side's entity ("Volodymyr" beside "President Zelenskyy") is that entity too
            if (!inPlace) continue;
            Set<String> left = linked(account, c.start() + h.leftStart(), c.start() + h.leftEnd());
            Set<String> right = linked(record, h.rightStart(), h.rightEnd());
            if (left.stream().anyMatch(right::contains)) continue;
            if (left.isEmpty() != right.isEmpty()) {
                Set<String> ids = left.isEmpty() ? right : left;
                Set<String> unlinked = left.isEmpty() ? quoted : held;
                Set<String> forms = new HashSet<>();
                for (AnalyzedArticle a : List.of(account, record)) {
                    for (EntityMention m : a.mentions()) {
                        if (m.entityId() != null && ids.contains(m.entityId())) {
                            for (Word w : Words.split(m.surface())) forms.add(Words.spellingKey(w.text()));
                        }
                    }
                }
                if (unlinked.stream().anyMatch(forms::contains)) continue;
            }
            changes.add(Change.NAME);
            reasons.add("a name: '" + h.left() + "', the record '" + h.right() + "'");
            return;
        }
    }

    /** The capitalized words of {@code text[start, end)} that can be a name: not a title, not opening a sentence; empty when none. */
    private static Set<String> properNouns(String text, int start, int end) {
        Set<String> out = new HashSet<>();
        for (Word w : Words.split(text.substring(start, end), start)) {
            String f = Words.fold(w.text());
            if (!w.capitalized() || w.numeric() || TITLES.contains(f) || w.text().length() < 2 || sentenceStart(text, w.start())) continue;
            out.add(Words.spellingKey(w.text()));
        }
        return out;
    }

    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“”'‘’«(".indexOf(text.charAt(i)) >= 0)) i--;
        return i < 0 || ".!?:;\n".indexOf(text.charAt(i)) >= 0;
    }

    /** Entities core linked (not guessed by spelling alone) in {@code [start, end)} of an article. */
    private static Set<String> linked(AnalyzedArticle a, int start, int end) {
        Set<String> ids = new HashSet<>();
        for (EntityMention m : a.mentions()) {
            if (m.end() > start && m.start() < end && RecordPassages.keyed(m)) ids.add(m.entityId());
        }
        return ids;
    }

    private static final Set<EntityKind> NAMED = EnumSet.of(EntityKind.PERSON, EntityKind.PLACE, EntityKind.ORGANIZATION);

    private static List<EntityMention> named(AnalyzedArticle a, int start, int end) {
        return a.mentions().stream().filter(m -> m.start() >= start && m.end() <= end && NAMED.contains(m.kind()) && firm(m)).toList();
    }

    /** The record's words the quotation lines up with run to within a few words of where the record is cut. */
    private static boolean reachesCut(String recordText, int[] region, Passage cut) {
        return Words.split(recordText.substring(Math.min(region[1], cut.end()), cut.end())).size() <= 3;
    }

    /** The quotation lines up with the passage the record is cut in, or the one just before it in the same turn. */
    private static boolean nearCut(RecordPassages record, Match m) {
        List<Passage> ps = record.passages();
        Passage cut = ps.get(ps.size() - 1);
        if (!cut.cut()) return false;
        return m.holds(cut.index()) || m.last() == cut.index() - 1 && ps.get(m.last()).turn() == cut.turn();
    }

    private static String tail(RecordPassages record) {
        String t = record.text(record.passages().get(record.passages().size() - 1));
        List<Word> w = Words.split(t);
        int from = Math.max(0, w.size() - 5);
        return w.isEmpty() ? "" : "..." + t.substring(w.get(from).start());
    }

    private static String speaker(Passage p) {
        return p.speakerLabel() != null ? p.speakerLabel() : p.speakerId();
    }
}
