package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.entity.Gazetteer;
import dev.parallax.core.entity.RoleBinding;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.QuoteKind;
import dev.parallax.core.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A leader addressed in a transcript by an office he does not hold: the host greets a visiting prime
 * minister with "Mr. President", and a translation or a quick reader may carry it on as his title. Found in
 * an English transcript when one speaker addresses another with a vocative form ("Mr. President", "Madam
 * Prime Minister", "Mr. Chancellor", "Your Majesty": set off by commas or dashes, or opening or closing the
 * utterance) whose office is not one the addressee holds on the event's day (the gazetteer's dated roles),
 * and another English account names him with the office he does hold (its first such sentence is the
 * evidence, beside the transcript's sentence with the address). The addressee must be clear: the transcript
 * has exactly two speakers, both named, and no one else of the event or named in the transcript holds the
 * addressed office that day (a third leader present may be the one greeted, even when the excerpt stops before
 * he speaks), or the address is followed by his name ("Mr. President Sunak,").
 * <p>
 * Stays silent when the address fits (two presidents calling each other "Mr. President"), when a third voice
 * (a reporter's "Q", a moderator) could be the one addressed and no name says who, when the phrase is not
 * vocative ("the President said", "Mr. President Biden's plan"), in transcripts in other languages, and when
 * the addressee holds the addressed office too or the gazetteer knows no office of his on the day.
 */
public final class AddressedOfficeDetector implements DiscrepancyDetector {
    /** Offices a form of address can give; "Mr. Premier" and "Mr. Prime Minister" are one office, translated two ways. */
    enum Office {
        PRESIDENT("President"), VICE_PRESIDENT("Vice President"), PRIME_MINISTER("Prime Minister"), CHANCELLOR("Chancellor"),
        MONARCH("Monarch");

        final String label;

        Office(String label) {
            this.label = label;
        }
    }

    /** "Mr. President", "Madam Prime Minister", "Your Majesty", optionally followed by a name ("Mr. President Sunak"). */
    private static final Pattern ADDRESS = Pattern.compile("\\b(?:(?:Mr|Mister|Madam|Madame|Mrs|Ms)\\.?\\s+"
            + "(Vice[- ]President|President|Prime\\s+Minister|Premier|Chancellor)|Your\\s+(Majesty))"
            + "(\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?)?(?![\\p{L}\\p{N}'’-])");
    /** What may close a vocative: a comma, a dash, a sentence's end, a closing quote mark, or the utterance's end. */
    private static final Pattern CLOSES = Pattern.compile("\\s*(?:[,.!?;:)”\"’—–]|\\s-\\s|$)");
    /** Opening quote marks and spaces skipped when looking for what comes before the address. */
    private static final String OPENERS = "“\"‘'( \t\n";
    /** What may open a vocative: a comma, a dash, a colon, or a sentence's end before it. */
    private static final String OPENS = ",—–-:;.!?";

    private final Gazetteer gazetteer;
    private final List<RoleBinding> roles;

    public AddressedOfficeDetector() {
        this(Gazetteer.defaults());
    }

    public AddressedOfficeDetector(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.roles = gazetteer.roles().stream().filter(r -> !r.generic()).toList();
    }

    /** One vocative address in a transcript: who speaks, who is addressed, as what, and where. */
    private record Address(AnalyzedArticle account, String speaker, String addressee, Office office, int start, int end, boolean named) {}

    /** An address that gives the addressee an office he does not hold: the account's index and the offices he holds. */
    private record Slip(int account, Address address, Set<Office> held) {}

    /** Whether someone other than the speaker and the addressee, of the event or named in the transcript, holds the office that day. */
    private boolean anotherHolder(Address ad, List<String> participants, LocalDate day) {
        Set<String> present = new LinkedHashSet<>(participants);
        for (EntityMention m : ad.account().mentions()) {
            if (m.entityId() != null && m.entityId().startsWith("person:") && m.match() != MatchKind.UNKNOWN) present.add(m.entityId());
        }
        present.remove(ad.speaker());
        present.remove(ad.addressee());
        for (String p : present) if (offices(p, day).contains(ad.office())) return true;
        return false;
    }

    @Override
    public List<Finding> detect(EventContext ctx) {
        LocalDate day = ctx.eventDay();
        if (day == null) return List.of();
        // account index|addressee|office -> the first such address: one slip per transcript, person and office
        Map<String, Slip> slips = new TreeMap<>();
        for (int i = 0; i < ctx.accounts().size(); i++) {
            AnalyzedArticle a = ctx.accounts().get(i);
            if (!"en".equals(a.language())) continue;
            for (Address ad : addresses(a, ctx.participants())) {
                Set<Office> held = offices(ad.addressee(), day);
                if (held.isEmpty() || held.contains(ad.office())) continue;
                // a third leader of the event, or one the transcript names, who holds the office may be the one addressed
                if (!ad.named() && anotherHolder(ad, ctx.participants(), day)) continue;
                slips.putIfAbsent(String.format(Locale.ROOT, "%04d|%s|%s", i, ad.addressee(), ad.office()), new Slip(i, ad, held));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Slip slip : slips.values()) {
            Address ad = slip.address();
            Set<Office> held = slip.held();
            Map<String, Evidence> ev = new LinkedHashMap<>();
            Sentence at = ad.account().sentenceAt(ad.start());
            EntityDetector.put(ev, at == null ? new Evidence(ad.account(), ad.start(), ad.end()) : new Evidence(ad.account(), at.start(), at.end()));
            int naming = 0;
            for (int j = 0; j < ctx.accounts().size(); j++) {
                AnalyzedArticle b = ctx.accounts().get(j);
                if (j == slip.account() || ctx.sameOutlet(j, slip.account()) || !"en".equals(b.language())) continue;
                Sentence x = naming(b, ad.addressee(), held, ctx.participants(), day);
                if (x == null) continue;
                naming++;
                EntityDetector.put(ev, new Evidence(b, x.start(), x.end()));
            }
            if (naming == 0) continue;
            String summary = name(ad.addressee()) + " addressed as " + ad.office().label + " in the transcript (" + ad.account().name()
                    + "), holds the office of " + String.join(" and ", held.stream().map(o -> o.label).toList());
            out.add(new Finding(DiscrepancyType.ENTITY, Severity.LOW, summary, null, List.copyOf(ev.values())));
        }
        return out;
    }

    /** The vocative addresses of an account's transcript whose addressee is clear, in order. */
    private static List<Address> addresses(AnalyzedArticle a, List<String> participants) {
        List<Quote> turns = a.quotes().stream().filter(q -> q.kind() == QuoteKind.TRANSCRIPT).toList();
        if (turns.isEmpty()) return List.of();
        // the voices of the transcript: a named speaker by his id, anyone else ("Q", "MODERATOR") by the label's words
        Set<String> voices = new LinkedHashSet<>();
        for (Quote q : turns) voices.add(q.speakerId() != null ? q.speakerId() : "label:" + String.valueOf(q.speaker()).strip());
        String text = a.text();
        List<Address> out = new ArrayList<>();
        for (Quote q : turns) {
            if (q.speakerId() == null || q.start() < 0 || q.end() > text.length()) continue;
            Matcher m = ADDRESS.matcher(text).region(q.start(), q.end());
            while (m.find()) {
                if (!opensVocative(text, q.start(), m.start())) continue;
                int end = m.end();
                String addressee = null;
                if (m.group(3) != null) {
                    // a name right after the office says who is addressed, when it closes the vocative
                    addressee = personIn(a, m.start(3), m.end(3));
                    if (addressee == null || !closesVocative(text, m.end(3), q.end())) continue;
                } else {
                    end = m.group(1) != null ? m.end(1) : m.end(2);
                    if (!closesVocative(text, end, q.end())) continue;
                    // only the other of exactly two named voices is clearly the one addressed
                    if (voices.size() != 2 || voices.stream().anyMatch(v -> v.startsWith("label:"))) continue;
                    addressee = voices.stream().filter(v -> !v.equals(q.speakerId())).findFirst().orElse(null);
                    if (addressee == null || !participants.contains(addressee) || !participants.contains(q.speakerId())) continue;
                }
                if (addressee.equals(q.speakerId())) continue;
                Office office = m.group(2) != null ? Office.MONARCH : office(m.group(1));
                out.add(new Address(a, q.speakerId(), addressee, office, m.start(), end, m.group(3) != null));
            }
        }
        return out;
    }

    /** Whether the address opens the utterance, or follows a comma, a dash or a sentence's end (quote marks aside). */
    private static boolean opensVocative(String text, int utterance, int at) {
        int i = at;
        while (i > utterance && OPENERS.indexOf(text.charAt(i - 1)) >= 0) i--;
        return i == utterance || OPENS.indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Whether a comma, a dash, a sentence's end, a closing quote mark or the utterance's end follows the address. */
    private static boolean closesVocative(String text, int at, int utteranceEnd) {
        return CLOSES.matcher(text).region(at, utteranceEnd).lookingAt();
    }

    /** The person a name inside the span is linked to (by name, not by a title), or null. */
    private static String personIn(AnalyzedArticle a, int from, int to) {
        for (EntityMention m : a.mentions()) {
            if (m.entityId() == null || !m.entityId().startsWith("person:") || m.kind() != EntityKind.PERSON) continue;
            if (m.match() == MatchKind.ROLE || m.match() == MatchKind.UNKNOWN) continue;
            if (m.start() < to && from < m.end()) return m.entityId();
        }
        return null;
    }

    /** The office a title's words name, or null for other titles. */
    static Office office(String words) {
        String f = words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (f.matches(".*\\b(deputy|first deputy|acting)\\b.*") || f.contains("exchequer") || f.contains("former")) return null;
        if (f.matches(".*\\bvice[- ]president\\b.*")) return Office.VICE_PRESIDENT;
        if (f.matches(".*\\b(prime minister|premier)\\b.*")) return Office.PRIME_MINISTER;
        if (f.matches(".*\\bchancellor\\b.*")) return Office.CHANCELLOR;
        if (f.matches(".*\\bpresident\\b.*")) return Office.PRESIDENT;
        if (f.matches(".*\\b(king|queen|emperor|empress|monarch)\\b.*")) return Office.MONARCH;
        return null;
    }

    /** The offices the gazetteer's dated roles give the person on the day (an undated title shared by many says nothing). */
    private Set<Office> offices(String person, LocalDate day) {
        Set<Office> out = EnumSet.noneOf(Office.class);
        for (RoleBinding r : roles) {
            if (!r.entityId().equals(person) || !r.appliesOn(day)) continue;
            Office o = office(r.phrase());
            if (o != null) out.add(o);
        }
        return out;
    }

    /**
     * An account's first sentence naming the person with an office he holds: a title written before his name
     * ("Prime Minister Rishi Sunak", "the British Prime Minister, Rishi Sunak"), or the bare title standing for
     * him ("The Prime Minister met ...") when no one else of the event or of the account holds that office.
     */
    private Sentence naming(AnalyzedArticle b, String person, Set<Office> held, List<String> participants, LocalDate day) {
        Set<Office> bare = EnumSet.copyOf(held);
        for (String other : participants) if (!other.equals(person)) bare.removeAll(offices(other, day));
        for (EntityMention m : b.mentions()) {
            if (m.entityId() == null || m.entityId().equals(person) || !m.entityId().startsWith("person:")) continue;
            if (m.match() != MatchKind.UNKNOWN) bare.removeAll(offices(m.entityId(), day));
        }
        String text = b.text();
        for (Sentence x : b.sentences()) {
            for (EntityMention m : b.mentions()) {
                if (!person.equals(m.entityId()) || m.start() < x.start() || m.end() > x.end()) continue;
                OfficeTitleDetector.Title t = OfficeTitleDetector.title(b, m);
                if (t == null) continue;
                Office o = office(text.substring(t.evidence().start(), m.match() == MatchKind.ROLE ? m.end() : m.start()));
                if (o != null && held.contains(o)) return x;
            }
            if (bare.isEmpty()) continue;
            Matcher t = BARE_TITLE.matcher(text).region(x.start(), Math.min(x.end(), text.length()));
            while (t.find()) {
                Office o = office(t.group(1));
                if (o != null && bare.contains(o) && !linkedToAnother(b, person, t.start(1), t.end(1))) return x;
            }
        }
        return null;
    }

    /** "the Prime Minister" written as a name: capitalized, after "the", with no name of its own after it. */
    private static final Pattern BARE_TITLE = Pattern.compile("\\b[Tt]he\\s+(Vice[- ]President|President|Prime\\s+Minister|Premier"
            + "|Chancellor|King|Queen|Emperor)\\b(?!\\s+(?:of\\b|\\p{Lu}))");

    private static boolean linkedToAnother(AnalyzedArticle a, String person, int from, int to) {
        for (EntityMention m : a.mentions()) {
            if (m.entityId() != null && !m.entityId().equals(person) && m.start() < to && from < m.end()) return true;
        }
        return false;
    }

    private String name(String id) {
        return gazetteer.entity(id).map(e -> e.name()).orElse(id);
    }
}
