package dev.parallax.core.model;

import java.time.OffsetDateTime;

/**
 * One article as a reader found it, before cleaning.
 *
 * @param outlet    who published it (required for storage; readers fill it from the header, a flag or the folder)
 * @param url       where it was published, or null
 * @param title     headline, or null
 * @param published publication time, or null when unknown (a date alone is read as midnight UTC)
 * @param byline    author line, or null
 * @param language  BCP 47 tag such as "en", or null
 * @param text      the body as plain text: paragraphs separated by blank lines (HTML already reduced to text)
 * @param format    how it was read
 * @param source    where it was read from (a path, an upload name, "api"), for messages and the report
 * @param recordMark what the input says of it being the official record of its event (a transcript, a readout, a
 *                  joint statement that the other accounts' quotations are checked against): TRUE for
 *                  {@code "record": true}, FALSE for an outright {@code "record": false}, null when it says nothing
 */
public record RawArticle(
        String outlet,
        String url,
        String title,
        OffsetDateTime published,
        String byline,
        String language,
        String text,
        SourceFormat format,
        String source,
        Boolean recordMark) {

    /** An article its input does not mark as a record. */
    public RawArticle(String outlet, String url, String title, OffsetDateTime published, String byline, String language,
                      String text, SourceFormat format, String source) {
        this(outlet, url, title, published, byline, language, text, format, source, null);
    }

    /** The input marks it as its event's record. */
    public boolean record() {
        return Boolean.TRUE.equals(recordMark);
    }

    /** The input says outright it is not a record (importing it again clears a mark it had). */
    public boolean notRecord() {
        return Boolean.FALSE.equals(recordMark);
    }

    public RawArticle withOutlet(String newOutlet) {
        return new RawArticle(newOutlet, url, title, published, byline, language, text, format, source, recordMark);
    }

    public RawArticle withText(String newText) {
        return new RawArticle(outlet, url, title, published, byline, language, newText, format, source, recordMark);
    }

    /** The same article marked as its event's record (or not). */
    public RawArticle withRecord(boolean isRecord) {
        return new RawArticle(outlet, url, title, published, byline, language, text, format, source, isRecord);
    }
}
