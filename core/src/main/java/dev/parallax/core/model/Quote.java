package dev.parallax.core.model;

/**
 * Words given to a speaker.
 *
 * @param start        start of the whole quotation (including quote marks; for split quotes the first part)
 * @param end          end of the whole quotation
 * @param text         the quoted words only, parts of a split quote joined with a single space
 * @param speakerId    entity id of the speaker, or null when unknown
 * @param speaker      the words that name the speaker ("the Belarusian president"), or null
 * @param speakerStart offset of those words, or -1
 * @param speakerEnd   end of those words, or -1
 * @param sourcing     who relayed it ("Interfax news agency", "the Kremlin"), or null
 */
public record Quote(int start, int end, String text, QuoteKind kind, String speakerId, String speaker,
                    int speakerStart, int speakerEnd, String sourcing) {}
