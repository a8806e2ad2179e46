package dev.parallax.comparator;

import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import dev.parallax.core.ArticleIds;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.ArticleMeta;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityKind;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.MatchKind;
import dev.parallax.core.model.Modality;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.QuantityKind;
import dev.parallax.core.model.Quote;
import dev.parallax.core.model.QuoteKind;
import dev.parallax.core.model.Sentence;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.core.model.Token;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately small stand-in for core's analyzer, so comparator tests state their input as plain
 * sentences and do not depend on how clever the real analyzer is: a tiny gazetteer, day dates, a few
 * durations, percentages, distances, quotes in curly or straight marks with the nearest named speaker.
 */
public final class MiniAnalyzer {
    private record Name(String pattern, String id, EntityKind kind) {}

    private static final List<Name> GAZETTEER = List.of(
            new Name("(?:Vladimir )?Putin", "person:putin", EntityKind.PERSON),
            new Name("(?:(?:Alexander|Aleksandr|Alyaksandr) )?Lukashenk[oa]|Lukashneko", "person:lukashenko", EntityKind.PERSON),
            new Name("(?:Sergei |Sergey )?Lavrov", "person:lavrov", EntityKind.PERSON),
            new Name("(?:Dmitry |Dmitri |Dimitri )?Peskov", "person:peskov", EntityKind.PERSON),
            new Name("Minsk", "place:minsk", EntityKind.PLACE),
            new Name("Moscow", "place:moscow", EntityKind.PLACE),
            new Name("St\\. Petersburg", "place:st-petersburg", EntityKind.PLACE),
            new Name("Belarus", "place:belarus", EntityKind.PLACE),
            new Name("Russia", "place:russia", EntityKind.PLACE),
            new Name("S-400", "weapon:s-400", EntityKind.WEAPON),
            new Name("Iskand[ea]r", "weapon:iskander", EntityKind.WEAPON),
            new Name("Kremlin", "org:kremlin", EntityKind.ORGANIZATION));
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern DAY = Pattern.compile("\\b(\\d{1,2}) (" + MONTHS + ")\\b");
    private static final Map<Pattern, Period> DURATIONS = new LinkedHashMap<>();
    static {
        DURATIONS.put(Pattern.compile("\\bhalf a year\\b"), Period.ofMonths(6));
        DURATIONS.put(Pattern.compile("\\bsix months\\b"), Period.ofMonths(6));
        DURATIONS.put(Pattern.compile("\\ba year and a half\\b"), Period.ofMonths(18));
        DURATIONS.put(Pattern.compile("\\beighteen months\\b"), Period.ofMonths(18));
        DURATIONS.put(Pattern.compile("\\b(\\d+) hours\\b"), null);
    }
    private static final Pattern PERCENT = Pattern.compile("\\b(\\d+(?:\\.\\d+)?)\\s?(?:%|per ?cent)");
    private static final Pattern KM = Pattern.compile("\\b(?:(about|some|nearly|around) )?(\\d+)\\s?(?:km|kilometres)\\b");
    private static final Pattern COUNT = Pattern.compile("\\b(\\d[\\d,]*) (troops|soldiers|people|tanks|jets)\\b");
    private static final Pattern QUOTE = Pattern.compile("[“\"]([^”\"]+)[”\"]");
    private static final Pattern EXPECTED = Pattern.compile("\\b(is|are) expected to\\b|\\bplans to\\b");
    private static final Pattern HEDGED = Pattern.compile("\\breportedly\\b|\\bmay\\b|\\bcould\\b");

    public static AnalyzedArticle analyze(String outlet, String published, String title, String body) {
        String text = (title == null ? "" : title + "\n\n") + body.strip();
        OffsetDateTime when = published == null ? null : LocalDate.parse(published).atTime(12, 0).atOffset(ZoneOffset.UTC);
        ArticleMeta meta = new ArticleMeta(outlet, "https://example.test/" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-'),
                title, when, null, "en", outlet + ".txt");
        List<Sentence> sentences = new ArrayList<>();
        Matcher s = Pattern.compile("[^.!?\\n]+(?:[.!?]+[”\"]?|$)", Pattern.MULTILINE).matcher(text);
        int paragraph = 0, lastEnd = 0;
        while (s.find()) {
            int st = s.start(), en = s.end();
            while (st < en && Character.isWhitespace(text.charAt(st))) st++;
            if (st >= en) continue;
            if (text.substring(lastEnd, st).contains("\n\n")) paragraph++;
            lastEnd = en;
            List<Token> tokens = Words.split(text.substring(st, en), st).stream()
                    .map(w -> new Token(w.start(), w.end(), w.text(), Words.fold(w.text()))).toList();
            sentences.add(new Sentence(sentences.size(), st, en, paragraph, text.substring(st, en), tokens));
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (Name n : GAZETTEER) {
            Matcher m = Pattern.compile("\\b(?:" + n.pattern() + ")\\b").matcher(text);
            while (m.find()) {
                int a = m.start(), b = m.end();
                if (mentions.stream().anyMatch(x -> x.start() < b && a < x.end())) continue;
                mentions.add(new EntityMention(n.id(), n.kind(), m.group(), a, b, MatchKind.ALIAS, 0.9));
            }
        }
        mentions.sort(Comparator.comparingInt(EntityMention::start));
        LocalDate base = when == null ? LocalDate.of(2024, 1, 1) : when.toLocalDate();
        List<TimeExpression> times = new ArrayList<>();
        Matcher d = DAY.matcher(text);
        while (d.find()) {
            int month = List.of(MONTHS.split("\\|")).indexOf(d.group(2)) + 1;
            LocalDate day = LocalDate.of(base.getYear(), month, Integer.parseInt(d.group(1)));
            times.add(new TimeExpression(d.start(), d.end(), d.group(), day, day, Granularity.DAY, null, false));
        }
        for (Map.Entry<Pattern, Period> e : DURATIONS.entrySet()) {
            Matcher m = e.getKey().matcher(text);
            while (m.find()) {
                Period p = e.getValue() != null ? e.getValue() : Period.ofDays(Integer.parseInt(m.group(1)) / 24);
                times.add(new TimeExpression(m.start(), m.end(), m.group(), null, null, Granularity.DURATION, p, false));
            }
        }
        List<Quantity> quantities = new ArrayList<>();
        Matcher p = PERCENT.matcher(text);
        while (p.find()) quantities.add(new Quantity(p.start(), p.end(), p.group(), QuantityKind.PERCENT,
                Double.parseDouble(p.group(1)), null, List.of(), "%", false));
        Matcher k = KM.matcher(text);
        while (k.find()) quantities.add(new Quantity(k.start(), k.end(), k.group(), QuantityKind.DISTANCE,
                Double.parseDouble(k.group(2)), null, List.of(), "km", k.group(1) != null));
        Matcher c = COUNT.matcher(text);
        while (c.find()) quantities.add(new Quantity(c.start(), c.end(), c.group(), QuantityKind.COUNT,
                Double.parseDouble(c.group(1).replace(",", "")), null, List.of(), c.group(2), false));
        List<Quote> quotes = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Sentence sentence : sentences) {
            int ss = sentence.start(), se = sentence.end();
            Quote quote = null;
            Matcher q = QUOTE.matcher(text).region(ss, se);
            if (q.find()) {
                int qs = q.start(), qe = q.end();
                EntityMention speaker = mentions.stream().filter(m -> m.kind() == EntityKind.PERSON && m.start() >= ss
                        && m.end() <= se && (m.end() <= qs || m.start() >= qe)).findFirst().orElse(null);
                quote = new Quote(qs, qe, q.group(1), QuoteKind.DIRECT, speaker == null ? null : speaker.entityId(),
                        speaker == null ? null : speaker.surface(), speaker == null ? -1 : speaker.start(),
                        speaker == null ? -1 : speaker.end(), null);
                quotes.add(quote);
            }
            List<EntityMention> ents = mentions.stream().filter(m -> m.start() >= ss && m.end() <= se).toList();
            List<TimeExpression> ts = times.stream().filter(m -> m.start() >= ss && m.end() <= se).toList();
            List<Quantity> qs = quantities.stream().filter(m -> m.start() >= ss && m.end() <= se).toList();
            Modality modality = EXPECTED.matcher(sentence.text()).find() ? Modality.EXPECTED
                    : HEDGED.matcher(sentence.text()).find() ? Modality.HEDGED : Modality.ASSERTED;
            double worth = (!qs.isEmpty() || !ts.isEmpty() || quote != null) ? 0.8 : ents.isEmpty() ? 0.3 : 0.6;
            claims.add(new Claim("c" + claims.size(), sentence.index(), ss, se, sentence.text(),
                    quote == null ? null : quote.speakerId(), null, ents, ts, qs, quote, modality, worth));
        }
        return new AnalyzedArticle(ArticleIds.of(text), meta, text, null, List.of(), sentences, mentions, times,
                quantities, quotes, claims, meta.language(), null, List.of());
    }

    static List<Word> words(String s) {
        return Words.split(s);
    }
}
