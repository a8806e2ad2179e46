package dev.parallax.core.read;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.parallax.core.model.ReadResult;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input must never throw out of the readers. Seeded random inputs: pure noise, and valid
 * fixtures with bytes flipped, cut or duplicated (which exercises the parsers' error paths).
 */
class ArticleReadersFuzzTest {

    private static final int ROUNDS = 1500;

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({
            "a.txt,    text/with-header.txt",
            "a.html,   html/semantic-article.html",
            "a.json,   json/array.json",
            "a.jsonl,  json/articles.jsonl",
            "a.bin,    json/one-object.json",
    })
    void randomAndMutatedInputNeverThrows(String name, String seedFixture) {
        byte[] seed = ReadFixtures.bytes(seedFixture);
        Random random = new Random(name.hashCode() * 31L + seedFixture.hashCode());
        for (int round = 0; round < ROUNDS; round++) {
            byte[] input = round % 3 == 0 ? noise(random) : mutate(seed, random);
            ReadResult result = assertDoesNotThrow(() -> ArticleReaders.read(name, input, ReadOptions.defaults()),
                    "round " + round);
            assertFalse(result.articles().isEmpty() && result.articles().stream().anyMatch(a -> a.text().isBlank()),
                    "an article is never read with blank text");
        }
    }

    private static byte[] noise(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            // mostly ASCII punctuation that the formats care about
            String alphabet = "{}[]\":,<>/!-\n\r\\ abc01é\u0000";
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
        }
        return bytes;
    }

    private static byte[] mutate(byte[] seed, Random random) {
        byte[] bytes = seed.clone();
        int edits = 1 + random.nextInt(8);
        for (int i = 0; i < edits && bytes.length > 0; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                case 2 -> {
                    byte[] doubled = new byte[bytes.length * 2];
                    System.arraycopy(bytes, 0, doubled, 0, bytes.length);
                    System.arraycopy(bytes, 0, doubled, bytes.length, bytes.length);
                    bytes = doubled;
                }
                default -> bytes[at] = "{}[]<>\"\n".getBytes()[random.nextInt(8)];
            }
        }
        return bytes;
    }
}
