package dev.parallax.core.clean;

import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.Dateline;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.Removal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a raw article into the cleaned text every later stage (and the article's identity) is
 * based on. The stages, in order:
 *
 * <ol>
 *   <li>{@link UnicodeNormalizer}: one spelling for spaces, dashes and invisible characters</li>
 *   <li>{@link BoilerplateLineFilter}: share buttons, ads, banners, captions, outlet boilerplate, media players,
 *       breadcrumbs, accessibility and government banners</li>
 *   <li>{@link InlineNoiseTrimmer}: a photo credit or an editor's initials glued to the end of a line</li>
 *   <li>headline first: the title (when known) becomes the first paragraph, once</li>
 *   <li>{@link DatelineExtractor}: the dateline is lifted into {@link CleanedArticle#dateline()}</li>
 *   <li>{@link GluedWordSplitter}: certain repairs of scraped glued words</li>
 *   <li>{@link ParagraphAssembler}: paragraphs separated by a blank line</li>
 * </ol>
 *
 * Every dropped piece is recorded as a {@link Removal}; odd input yields warnings, never exceptions.
 * A cleaner is immutable and safe to share between threads (services keep one).
 */
public final class ArticleCleaner implements Function<RawArticle, CleanedArticle> {

    /** Lines before the headline that are this short and unpunctuated are section labels, not text. */
    private static final int LABEL_MAX_WORDS = 8;
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”’»…]$");
    /** Without a title: a first line this short above a line at least this long is a section label. */
    private static final int SECTION_LABEL_MAX_WORDS = 1;
    private static final int SECTION_LABEL_MIN_NEXT_WORDS = 4;
    /** How far down the body a copy of the known title is looked for. */
    private static final int TITLE_SEARCH_LINES = 6;

    private final CleaningRules rules;
    private final UnicodeNormalizer normalizer = new UnicodeNormalizer();
    private final BoilerplateLineFilter boilerplate;
    private final DatelineExtractor datelines;
    private final GluedWordSplitter gluedWords;
    private final ParagraphAssembler paragraphs = new ParagraphAssembler();
    private final InlineNoiseTrimmer inlineNoise = new InlineNoiseTrimmer();
    private final ListingPageDetector listings = new ListingPageDetector();

    public ArticleCleaner() {
        this(CleaningRules.defaults());
    }

    public ArticleCleaner(CleaningRules rules) {
        this.rules = rules;
        this.boilerplate = new BoilerplateLineFilter(rules.boilerplate(), rules.maxRuleLineLength());
        this.datelines = new DatelineExtractor(rules.datelines(), rules.datelineSearchLines());
        this.gluedWords = new GluedWordSplitter(rules.knownNames(), rules.dictionary());
    }

    public CleaningRules rules() {
        return rules;
    }

    /**
     * A cleaner that also drops, per outlet, the lines that outlet's articles in {@code batch} repeat
     * (learned with {@link OutletBoilerplateLearner#defaults()}); removed lines carry the reason
     * "outlet-boilerplate". This cleaner is unchanged.
     */
    public ArticleCleaner learningFrom(Collection<RawArticle> batch) {
        return learningFrom(batch, OutletBoilerplateLearner.defaults());
    }

    public ArticleCleaner learningFrom(Collection<RawArticle> batch, OutletBoilerplateLearner learner) {
        Map<String, Set<String>> learned = learner.learnByOutlet(batch);
        return learned.isEmpty() ? this : new ArticleCleaner(rules.withOutletBoilerplate(learned));
    }

    @Override
    public CleanedArticle apply(RawArticle raw) {
        return clean(raw);
    }

    public CleanedArticle clean(RawArticle raw) {
        List<Removal> removed = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String rawText = raw.text() == null ? "" : raw.text();

        List<Line> lines = normalizedLines(rawText, removed, warnings);
        int contentLines = (int) lines.stream().filter(l -> !l.isBlank()).count();

        String title = raw.title() == null ? null : normalizer.normalize(raw.title().replace('\n', ' ')).text();
        if (title != null && title.isEmpty()) {
            title = null;
        }
        String titleKey = title == null ? null : OutletBoilerplateLearner.key(title);
        Set<String> outletLines = raw.outlet() == null ? Set.of() : rules.outletBoilerplate().getOrDefault(raw.outlet(), Set.of());

        BoilerplateLineFilter.Result filtered = boilerplate.filter(lines, raw.outlet(), outletLines,
                titleKey == null ? Set.of() : Set.of(titleKey));
        removed.addAll(filtered.removed());
        List<Line> body = headlineFirst(inlineNoise.trim(filtered.kept(), removed), titleKey, removed);

        LocalDate published = raw.published() == null ? null : raw.published().toLocalDate();
        DatelineExtractor.Result dated = datelines.extract(body, published);
        Dateline dateline = dated.dateline();
        if (dated.removed() != null) {
            removed.add(dated.removed());
        }

        List<Line> repaired = new ArrayList<>(dated.lines().size() + 1);
        if (title != null) {
            repaired.add(new Line(0, gluedWords.split(title)));
            repaired.add(new Line(0, ""));
        }
        for (Line line : dated.lines()) {
            repaired.add(line.withText(gluedWords.split(line.text())));
        }
        String text = paragraphs.join(paragraphs.paragraphs(repaired));

        boolean bodyLeft = dated.lines().stream().anyMatch(l -> !l.isBlank());
        if (text.isEmpty() && contentLines == 0) {
            warnings.add("empty after cleaning: the article has no text");
        } else if (!bodyLeft && contentLines > 0) {
            warnings.add("only boilerplate: all " + contentLines + " lines of the body were removed ("
                    + reasons(removed) + "); check the input or the cleaning rules");
        } else if (!bodyLeft) {
            warnings.add("empty after cleaning: only the title is left");
        }
        String listing = listings.warning(raw.url(), dated.lines());
        if (listing != null) {
            warnings.add(listing);
        }
        removed.sort(Comparator.comparingInt(Removal::line));
        return new CleanedArticle(text, removed, dateline, warnings);
    }

    /** Splits into lines (linear, whatever the input) and normalizes each; notes junk and huge lines. */
    private List<Line> normalizedLines(String text, List<Removal> removed, List<String> warnings) {
        List<Line> lines = new ArrayList<>();
        int controls = 0;
        int number = 0;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            number++;
            String raw = text.substring(pos, end);
            if (raw.length() > rules.longLineWarning()) {
                warnings.add("extremely long line: line " + number + " has " + raw.length()
                        + " characters (is the text missing its line breaks?)");
            }
            UnicodeNormalizer.Normalized normalized = normalizer.normalize(raw);
            controls += normalized.controlCharacters();
            for (String symbol : normalized.dropped()) {
                removed.add(new Removal(symbol, "emoji-flag", number));
            }
            lines.add(new Line(number, normalized.text(), raw));
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (controls > 0) {
            warnings.add("binary junk: " + controls + " control characters removed (is this a binary or "
                    + "wrongly decoded file?)");
        }
        return lines;
    }

    /**
     * Removes the body's own copy of the known headline (the title is put first by the caller), and
     * the short unpunctuated labels above it ("Europe", "Smiley face"), which are section names or
     * image alt texts, not article text.
     */
    private List<Line> headlineFirst(List<Line> lines, String titleKey, List<Removal> removed) {
        if (titleKey == null) {
            return sectionLabelDropped(lines, removed);
        }
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < TITLE_SEARCH_LINES; i++) {
            Line line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            if (!OutletBoilerplateLearner.key(line.text()).equals(titleKey)) {
                continue;
            }
            List<Line> before = lines.subList(0, i);
            boolean allLabels = before.stream().allMatch(l -> l.isBlank() || isLabel(l.text()));
            List<Line> out = new ArrayList<>();
            if (allLabels) {
                before.stream().filter(l -> !l.isBlank())
                        .forEach(l -> removed.add(new Removal(l.raw().strip(), "before-headline", l.number())));
            } else {
                out.addAll(before);
            }
            // a page may print its headline twice (above and below the date line): the later copy goes too
            int copies = 0;
            for (int j = i + 1; j < lines.size(); j++) {
                Line next = lines.get(j);
                if (!next.isBlank() && copies < TITLE_SEARCH_LINES && ++copies > 0
                        && OutletBoilerplateLearner.key(next.text()).equals(titleKey)) {
                    removed.add(new Removal(next.raw().strip(), "duplicate-headline", next.number()));
                    continue;
                }
                out.add(next);
            }
            return out;
        }
        return lines;
    }

    /**
     * Without a known title the first line is taken for the headline; a one-word unpunctuated
     * line above a longer one ("Europe", "World") is the section it was filed under, not the headline.
     */
    private static List<Line> sectionLabelDropped(List<Line> lines, List<Removal> removed) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (first < 0) {
                String text = lines.get(first = i).text();
                if (words(text) > SECTION_LABEL_MAX_WORDS || SENTENCE_END.matcher(text).matches()
                        || text.chars().anyMatch(Character::isDigit)) {
                    return lines;
                }
                continue;
            }
            if (words(lines.get(i).text()) < SECTION_LABEL_MIN_NEXT_WORDS) {
                return lines;
            }
            Line label = lines.get(first);
            removed.add(new Removal(label.raw().strip(), "section-label", label.number()));
            List<Line> out = new ArrayList<>(lines);
            out.remove(first);
            return out;
        }
        return lines;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static boolean isLabel(String text) {
        return text.split(" ").length <= LABEL_MAX_WORDS && !SENTENCE_END.matcher(text).matches();
    }

    private static String reasons(List<Removal> removed) {
        return String.join(", ", removed.stream().map(Removal::reason).distinct().toList());
    }
}
