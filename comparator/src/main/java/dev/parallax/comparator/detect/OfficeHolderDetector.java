package dev.parallax.comparator.detect;

import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.comparator.report.Severity;
import dev.parallax.core.entity.Gazetteer;
import dev.parallax.core.entity.RoleBinding;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A past holder of a participant's office named in the participant's place: a translation that has the
 * President meet "Kim Jong Il" (North Korea's leader until 2011) at a 2018 summit where every other account
 * names Kim Jong Un. The offices and their dates are the gazetteer's; the event's day and participants are
 * the accounts'. An account is flagged when it puts the past holder beside another participant, without the
 * participant, in its opening or in two sentences: "Kim Jong Un, whose father Kim Jong Il ruled before him"
 * names both and is history, not a slip; and one who holds another office that day (a former president now
 * at the security council) may well be there in it. Works across languages, since names are linked, not read.
 */
public final class OfficeHolderDetector implements DiscrepancyDetector {
    private final List<RoleBinding> roles;
    private final Gazetteer gazetteer;

    public OfficeHolderDetector() {
        this(Gazetteer.defaults());
    }

    public OfficeHolderDetector(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.roles = gazetteer.roles().stream().filter(r -> !r.generic()).toList();
    }

    /** A person who once held {@code office}, which {@code holder} held on the event's day. */
    private record Stand(String person, String holder, String office, LocalDate until) {}

    @Override
    public List<Finding> detect(EventContext ctx) {
        LocalDate day = ctx.eventDay();
        if (day == null) return List.of();
        List<String> participants = ctx.participants();
        Map<String, Stand> stands = new TreeMap<>();
        for (String holder : participants) {
            for (RoleBinding held : roles) {
                if (!held.entityId().equals(holder) || !held.appliesOn(day)) continue;
                for (RoleBinding past : roles) {
                    if (!past.phrase().equals(held.phrase()) || past.entityId().equals(holder)) continue;
                    if (participants.contains(past.entityId()) || past.to() == null || past.to().isAfter(day)) continue;
                    // one who holds an office that day (a former president now at the security council) is there in it
                    if (holdsOfficeOn(past.entityId(), day)) continue;
                    stands.putIfAbsent(past.entityId(), new Stand(past.entityId(), holder, past.phrase(), past.to()));
                }
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Stand s : stands.values()) {
            Map<String, Evidence> ev = new LinkedHashMap<>();
            Set<String> slipped = new java.util.TreeSet<>();
            Set<AnalyzedArticle> flagged = new HashSet<>();
            for (AnalyzedArticle a : ctx.accounts()) {
                List<Sentence> where = inPlaceOf(a, s, participants);
                boolean opening = where.stream().anyMatch(x -> x.index() < 2);
                if (where.size() < 2 && !opening) continue;
                flagged.add(a);
                slipped.add(new Evidence(a, 0, 0).outlet());
                for (Sentence x : where) EntityDetector.put(ev, new Evidence(a, x.start(), x.end()));
            }
            if (flagged.isEmpty()) continue;
            int naming = 0;
            for (AnalyzedArticle a : ctx.accounts()) {
                if (flagged.contains(a)) continue;
                Sentence x = naming(a, s.holder(), participants);
                if (x == null) continue;
                naming++;
                EntityDetector.put(ev, new Evidence(a, x.start(), x.end()));
            }
            if (naming == 0) continue;
            String summary = String.join(", ", slipped) + " names " + name(s.person()) + " (" + s.office() + " until " + s.until()
                    + ") where " + naming + (naming == 1 ? " other account names " : " other accounts name ") + name(s.holder());
            out.add(new Finding(DiscrepancyType.ENTITY, Severity.HIGH, summary, null, List.copyOf(ev.values())));
        }
        return out;
    }

    private boolean holdsOfficeOn(String person, LocalDate day) {
        for (RoleBinding r : roles) if (r.entityId().equals(person) && r.appliesOn(day)) return true;
        return false;
    }

    private String name(String id) {
        return gazetteer.entity(id).map(e -> e.name()).orElse(id);
    }

    /** The account's sentences naming the past holder beside another participant, and not the holder. */
    private static List<Sentence> inPlaceOf(AnalyzedArticle a, Stand s, List<String> participants) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence x : a.sentences()) {
            Set<String> named = named(a, x);
            if (!named.contains(s.person()) || named.contains(s.holder())) continue;
            if (named.stream().anyMatch(id -> !id.equals(s.holder()) && participants.contains(id))) out.add(x);
        }
        return out;
    }

    /** The account's first sentence naming the holder beside another participant, else its first naming the holder. */
    private static Sentence naming(AnalyzedArticle a, String holder, List<String> participants) {
        Sentence first = null;
        for (Sentence x : a.sentences()) {
            Set<String> named = named(a, x);
            if (!named.contains(holder)) continue;
            if (named.stream().anyMatch(id -> !id.equals(holder) && participants.contains(id))) return x;
            if (first == null) first = x;
        }
        return first;
    }

    /** People named by name (not by a role phrase) in a sentence. */
    private static Set<String> named(AnalyzedArticle a, Sentence x) {
        Set<String> out = new HashSet<>();
        for (EntityMention m : a.mentions()) {
            if (m.entityId() == null || m.match() == MatchKind.ROLE || m.match() == MatchKind.UNKNOWN) continue;
            if (m.start() >= x.start() && m.end() <= x.end()) out.add(m.entityId());
        }
        return out;
    }
}
