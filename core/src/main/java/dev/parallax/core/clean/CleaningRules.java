package dev.parallax.core.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the cleaner decides by: boilerplate patterns, dateline shapes, the names and words
 * the glued-word splitter trusts, lines learned per outlet, and limits. Defaults live in resource
 * files next to this class so they can be read and extended without touching code.
 *
 * @param boilerplate        line rules, first match names the reason
 * @param datelines          dateline shapes, with optional named groups place, date, agency
 * @param knownNames         names that may be split off a glued word ("Iskanderdelivered")
 * @param dictionary         lower-case words a known name may be glued to
 * @param outletBoilerplate  per outlet, normalized lines learned as that outlet's boilerplate
 *                           (see {@link OutletBoilerplateLearner}); keys are outlet names as given
 * @param maxRuleLineLength  lines longer than this are article text, not boilerplate: rules are not
 *                           tried on them (keeps cleaning linear on pathological input)
 * @param longLineWarning    a line longer than this is reported as a warning
 * @param datelineSearchLines how many leading non-blank lines may carry the dateline
 */
public record CleaningRules(
        List<BoilerplateRule> boilerplate,
        List<Pattern> datelines,
        Set<String> knownNames,
        Set<String> dictionary,
        Map<String, Set<String>> outletBoilerplate,
        int maxRuleLineLength,
        int longLineWarning,
        int datelineSearchLines) {

    public CleaningRules {
        boilerplate = List.copyOf(boilerplate);
        datelines = List.copyOf(datelines);
        knownNames = Set.copyOf(knownNames);
        dictionary = Set.copyOf(dictionary);
        Map<String, Set<String>> copy = new HashMap<>();
        outletBoilerplate.forEach((outlet, lines) -> copy.put(outlet, Set.copyOf(lines)));
        outletBoilerplate = Map.copyOf(copy);
    }

    private static final class Defaults {
        static final CleaningRules RULES = load();
    }

    /** The rules shipped with Parallax (loaded once from resource files; records are immutable). */
    public static CleaningRules defaults() {
        return Defaults.RULES;
    }

    /** These rules plus lines learned as {@code outlet}'s boilerplate. */
    public CleaningRules withOutletBoilerplate(String outlet, Set<String> lines) {
        Map<String, Set<String>> map = new HashMap<>(outletBoilerplate);
        map.put(outlet, lines);
        return new CleaningRules(boilerplate, datelines, knownNames, dictionary, map, maxRuleLineLength,
                longLineWarning, datelineSearchLines);
    }

    /** These rules plus, per outlet, lines learned as that outlet's boilerplate (added to any it had). */
    public CleaningRules withOutletBoilerplate(Map<String, Set<String>> learned) {
        if (learned.isEmpty()) {
            return this;
        }
        Map<String, Set<String>> map = new HashMap<>(outletBoilerplate);
        learned.forEach((outlet, lines) -> {
            Set<String> merged = new LinkedHashSet<>(map.getOrDefault(outlet, Set.of()));
            merged.addAll(lines);
            map.put(outlet, merged);
        });
        return new CleaningRules(boilerplate, datelines, knownNames, dictionary, map, maxRuleLineLength,
                longLineWarning, datelineSearchLines);
    }

    public CleaningRules withKnownNames(Set<String> names) {
        return new CleaningRules(boilerplate, datelines, names, dictionary, outletBoilerplate, maxRuleLineLength,
                longLineWarning, datelineSearchLines);
    }

    private static CleaningRules load() {
        List<BoilerplateRule> rules = new ArrayList<>();
        for (String line : lines("boilerplate.txt")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("boilerplate.txt: expected reason<TAB>regex[<TAB>words] in: " + line);
            }
            String[] columns = line.split("\t");
            List<String> requires = columns.length > 2 && !columns[2].isBlank()
                    ? List.of(columns[2].strip().split("\\|")) : List.of();
            int maxLength = columns.length > 3 ? Integer.parseInt(columns[3].strip()) : Integer.MAX_VALUE;
            rules.add(BoilerplateRule.of(columns[0].strip(), columns[1].strip(), requires, maxLength));
        }
        List<Pattern> datelines = lines("datelines.txt").stream().map(Pattern::compile).toList();
        Set<String> names = new LinkedHashSet<>(lines("known-words.txt"));
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines("dictionary.txt")) {
            words.addAll(List.of(line.split("\\s+")));
        }
        return new CleaningRules(rules, datelines, names, words, Map.of(), 600, 100_000, 4);
    }

    /** Non-blank, non-comment lines of a resource file next to this class. */
    private static List<String> lines(String resource) {
        try (InputStream in = CleaningRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.strip());
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
