package dev.parallax.comparator.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import dev.parallax.comparator.text.Word;
import dev.parallax.comparator.text.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The hand-written word scanner and spelling key against the regex and chained replacements they stand for. */
class WordsScanTest {
    private static List<Word> byRegex(String text, int base) {
        List<Word> words = new ArrayList<>();
        Matcher m = Words.WORD_PATTERN.matcher(text);
        while (m.find()) words.add(new Word(m.group(), base + m.start(), base + m.end()));
        return words;
    }

    private static String spellingByReplace(String s) {
        String f = Words.fold(s);
        if (f.isEmpty() || Character.isDigit(f.charAt(0))) return f;
        f = f.replace("x", "ks").replace("ph", "f").replace("w", "v").replace("kh", "h").replace("ck", "k")
                .replace("j", "y").replace("q", "k");
        StringBuilder b = new StringBuilder();
        b.append(f.charAt(0));
        char last = f.charAt(0);
        for (int i = 1; i < f.length(); i++) {
            char c = f.charAt(i);
            if ("aeiouy'-".indexOf(c) >= 0) continue;
            if (c == last) continue;
            b.append(c);
            last = c;
        }
        return b.toString();
    }

    @Test
    void splitsLikeTheWordPattern() {
        List<String> samples = List.of("", "   ", "The ferry left at 7.45, carrying 1,200 people.",
                "Mayor O'Hara’s well-known plan -- dropped.", "Ends with a dot. And, a comma,", "-lead 'quoted' .5 ,x",
                "Ivanov-Petrov.Jr a.b.c x-y-", "Café naïve ÉCOLE", "Ⅻ legions and ½ of ²", "𝐁old 𝟗 digits 😀 smile",
                "de\u0301ja\u0300 vu", "lone \uD800 high and \uDC00 low", "Ж-З’Ф Москва, 2024");
        for (String s : samples) assertEquals(byRegex(s, 3), Words.split(s, 3), s);
        String alphabet = "aZ9é-'’.,  \n\u0301Ⅻ½😀𝐁\uD800Жß";
        Random random = new Random(7);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                if (Character.isHighSurrogate(alphabet.charAt(at)) && at + 1 < alphabet.length()
                        && Character.isLowSurrogate(alphabet.charAt(at + 1)) && random.nextBoolean()) {
                    b.append(alphabet, at, at + 2);
                } else {
                    b.append(alphabet.charAt(at));
                }
            }
            String s = b.toString();
            assertEquals(byRegex(s, 0), Words.split(s), s);
        }
    }

    @Test
    void spellingKeyAsChainedReplacements() {
        List<String> samples = List.of("Khabarovsk", "Alexander", "Aleksandr", "Tchaikovsky", "Jackson", "cxh", "Qwerty",
                "Phoenix", "xkh", "ckh", "Cqx", "Zhukov", "Yevgeny", "Evgenij", "Lukashenka", "Łódź", "2024", "");
        for (String s : samples) assertEquals(spellingByReplace(s), Words.spellingKey(s), s);
        String letters = "xphwkcjqaeiosth";
        Random random = new Random(11);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder b = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) b.append(letters.charAt(random.nextInt(letters.length())));
            assertEquals(spellingByReplace(b.toString()), Words.spellingKey(b.toString()), b.toString());
        }
    }

    @Test
    void equalTokenListsHaveNoChangesForMyersEither() {
        List<String> tokens = List.of("the", "brdg", "rpnd", "the", "brdg");
        assertEquals(List.of(), new MyersDiffWithLinearSpace<String>().computeDiff(tokens, List.copyOf(tokens), null));
        assertEquals(List.of(new WordDiffer.Hunk(WordDiffer.Kind.EQUAL, 0, 5, 0, 5)),
                new WordDiffer(100).diff(tokens, List.copyOf(tokens)).hunks());
    }
}
