package dev.parallax.core.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text, or says in one line why it cannot: every reader starts here so
 * that empty, oversized and badly encoded inputs are refused the same way whatever their format.
 */
final class InputText {
    private InputText() {}

    /** Either {@code text} or {@code problem} is set. */
    record Decoded(String text, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    static String tooLarge(long size, long maxBytes) {
        return "larger than the " + describeLimit(maxBytes) + " limit (" + size + " bytes): split it or raise the limit";
    }

    static String describeLimit(long maxBytes) {
        long mb = 1024L * 1024;
        if (maxBytes >= mb && maxBytes % mb == 0) {
            return (maxBytes / mb) + " MB";
        }
        if (maxBytes >= 1024 && maxBytes % 1024 == 0) {
            return (maxBytes / 1024) + " KB";
        }
        return maxBytes + " bytes";
    }

    /**
     * Decodes strictly: a lenient decoder would silently turn a Latin-1 file into replacement
     * characters, and the article's identity (a hash of its text) would then depend on the accident.
     */
    static Decoded decodeUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, content.length + 1L));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, "not valid UTF-8 at byte " + in.position()
                    + ": save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Decoded(null, "not valid UTF-8 at byte " + in.position() + ": save the file as UTF-8");
        }
        out.flip();
        String text = out.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a byte order mark is an encoding detail, not article text
        }
        return new Decoded(text, null);
    }

    /** Text with no visible character at all counts as empty. */
    static boolean isBlank(String text) {
        return text.isBlank();
    }

    /** True when the bytes look like a binary file (NUL bytes or many control characters). */
    static boolean looksBinary(byte[] content) {
        int sample = Math.min(content.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return sample > 0 && control * 20 > sample;
    }
}
