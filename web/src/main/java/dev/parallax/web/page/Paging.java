package dev.parallax.web.page;

/** Page links of a listing; pages count from 1 and every link keeps the filter's query string. */
public record Paging(int page, int pages, long total, String previous, String next) {

    static int number(String page) {
        try {
            return page == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    static Paging of(int page, int size, long total, String path, String query) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        String base = path + "?" + (query.isEmpty() ? "" : query + "&") + "page=";
        return new Paging(page, pages, total, page > 1 ? base + (page - 1) : null, page < pages ? base + (page + 1) : null);
    }
}
