package dev.parallax.core.clean;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Notices a listing page: a news index or media page that glues several items together (each a title
 * line and the opening of its story), of which only some may be about the event being compared. The
 * signs: an address of an index ({@code ?page=79}, {@code /node}, {@code /news/last}), or at least three
 * short title lines each followed by a paragraph, two of them titled the way index pages title their items
 * ("Press conference - City", "Statement | Topic"). An article with plain subheads has the same shape
 * without such titles and is not a listing. The page is kept whole; the cleaner says so in a warning.
 * Stateless.
 */
final class ListingPageDetector {
    private static final Pattern INDEX_ADDRESS = Pattern.compile(
            "(?i)[?&](?:page|p|offset|start)=\\d+|/(?:node|news|last|latest|archive|archives|media|press|listing|index)/?(?:[?#].*)?$");
    private static final int MIN_ITEM_TITLES = 3;
    /** "Press conference - The White House", "Statement | Energy": what an index puts between an item's kind and subject. */
    private static final Pattern ITEM_TITLE = Pattern.compile("\\S\\s+[-–|]\\s+\\S");
    private static final int MAX_TITLE_WORDS = 12;
    private static final int MIN_ITEM_WORDS = 15;

    /** The warning for a listing page, or null. */
    String warning(String url, List<Line> body) {
        int titles = 0;
        int itemTitles = 0;
        Line previous = null;
        for (Line line : body) {
            if (line.isBlank()) {
                continue;
            }
            if (previous != null && isTitle(previous.text()) && words(line.text()) >= MIN_ITEM_WORDS) {
                titles++;
                if (ITEM_TITLE.matcher(previous.text()).find()) {
                    itemTitles++;
                }
            }
            previous = line;
        }
        boolean index = url != null && INDEX_ADDRESS.matcher(url).find();
        if (titles >= MIN_ITEM_TITLES && itemTitles >= 2 || index && titles >= 1) {
            return "listing page: several items glued together (" + titles + " item titles"
                    + (index ? ", an index address" : "") + "); only part of it may be about one event";
        }
        return index ? "listing page: an index address; only part of it may be about one event" : null;
    }

    private static boolean isTitle(String text) {
        String t = text.strip();
        if (t.isEmpty() || ".!?…:;,\"”’»".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        int w = words(t);
        return w >= 2 && w <= MAX_TITLE_WORDS;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
