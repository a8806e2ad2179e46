package dev.parallax.meaning;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The uncased BERT tokenizer all-MiniLM-L6-v2 was trained with, read from the model's
 * {@code tokenizer.json}: BERT normalization (drop control characters, whitespace to spaces, CJK
 * ideographs split off, accents stripped, lower case), split on whitespace and punctuation, then
 * greedy longest-match WordPiece. It gives the same ids as the Hugging Face tokenizer for the
 * same text (a test holds it to that), in plain Java: no native library to unpack, no JNI call per
 * sentence. Immutable and thread-safe.
 */
final class WordPieceTokenizer {
    static final int PAD = 0;
    private static final String CONTINUATION = "##";
    private static final int MAX_CHARS_PER_WORD = 100;

    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int cls;
    private final int sep;

    private WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id("[UNK]");
        this.cls = id("[CLS]");
        this.sep = id("[SEP]");
    }

    /** Reads {@code model.vocab} of a Hugging Face {@code tokenizer.json} (a WordPiece model). */
    static WordPieceTokenizer read(InputStream tokenizerJson) throws IOException {
        Map<String, Integer> vocabulary = new HashMap<>(40_000);
        try (JsonParser p = new JsonFactory().createParser(tokenizerJson)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("model")) {
                    p.skipChildren();
                    continue;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String modelField = p.currentName();
                    p.nextToken();
                    if (!modelField.equals("vocab")) {
                        p.skipChildren();
                        continue;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String piece = p.currentName();
                        p.nextToken();
                        vocabulary.put(piece, p.getIntValue());
                    }
                }
            }
        }
        if (vocabulary.isEmpty()) {
            throw new IOException("tokenizer.json has no model.vocab");
        }
        return new WordPieceTokenizer(vocabulary);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("tokenizer.json: expected " + expected + ", found " + actual);
        }
    }

    private int id(String piece) {
        Integer id = vocabulary.get(piece);
        if (id == null) {
            throw new IllegalStateException("tokenizer vocabulary lacks " + piece);
        }
        return id;
    }

    /**
     * The ids the model reads for {@code text}: [CLS], the word pieces (the first {@code maxTokens - 2}
     * of them), [SEP].
     */
    long[] encode(String text, int maxTokens) {
        int limit = Math.max(0, maxTokens - 2);
        long[] ids = new long[Math.min(limit, 64) + 2];
        int n = 0;
        ids[n++] = cls;
        String normalized = normalize(text);
        int i = 0;
        int length = normalized.length();
        while (i < length && n - 1 < limit) {
            int cp = normalized.codePointAt(i);
            if (cp == ' ') {
                i++;
                continue;
            }
            int end;
            if (isPunctuation(cp)) {
                end = i + Character.charCount(cp);
            } else {
                end = i;
                while (end < length) {
                    int c = normalized.codePointAt(end);
                    if (c == ' ' || isPunctuation(c)) {
                        break;
                    }
                    end += Character.charCount(c);
                }
            }
            for (int piece : wordPieces(normalized, i, end)) {
                if (n - 1 >= limit) {
                    break;
                }
                if (n == ids.length - 1) {
                    ids = java.util.Arrays.copyOf(ids, Math.min(ids.length * 2, limit + 2));
                }
                ids[n++] = piece;
            }
            i = end;
        }
        ids[n++] = sep;
        return n == ids.length ? ids : java.util.Arrays.copyOf(ids, n);
    }

    /** Greedy longest-match-first word pieces of {@code s[from, to)}; one [UNK] when some part matches nothing. */
    private int[] wordPieces(String s, int from, int to) {
        if (s.codePointCount(from, to) > MAX_CHARS_PER_WORD) {
            return new int[] {unknown};
        }
        int[] pieces = new int[8];
        int count = 0;
        int start = from;
        while (start < to) {
            int end = to;
            Integer found = null;
            while (start < end) {
                String candidate = start == from ? s.substring(start, end) : CONTINUATION + s.substring(start, end);
                found = vocabulary.get(candidate);
                if (found != null) {
                    break;
                }
                end = s.offsetByCodePoints(end, -1);
            }
            if (found == null) {
                return new int[] {unknown};
            }
            if (count == pieces.length) {
                pieces = java.util.Arrays.copyOf(pieces, count * 2);
            }
            pieces[count++] = found;
            start = end;
        }
        return java.util.Arrays.copyOf(pieces, count);
    }

    /** BERT normalization: clean, space out CJK ideographs, strip accents, lower-case (code point by code point). */
    static String normalize(String text) {
        StringBuilder cleaned = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                cleaned.append(' ');
            } else if (cp == 0 || cp == 0xFFFD || isOther(cp)) {
                continue;
            } else if (isWhitespace(cp)) {
                cleaned.append(' ');
            } else if (isCjk(cp)) {
                cleaned.append(' ').appendCodePoint(cp).append(' ');
            } else {
                cleaned.appendCodePoint(cp);
            }
        }
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.appendCodePoint(Character.toLowerCase(cp));
        }
        return out.toString();
    }

    /** Unicode White_Space (what Rust's {@code char::is_whitespace} answers). */
    private static boolean isWhitespace(int cp) {
        return Character.isSpaceChar(cp) || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85;
    }

    /** General category C* (control, format, surrogate, private use, unassigned). */
    private static boolean isOther(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B920 && cp <= 0x2CEAF)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /** ASCII punctuation and symbols, or a Unicode punctuation category: each such character is a word of its own. */
    private static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
