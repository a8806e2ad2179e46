package dev.parallax.web.api;

import dev.parallax.web.config.ParallaxConfig;

/** page/size (page from 1) or offset/limit, checked and turned into offset and limit. */
record Paging(int offset, int limit) {

    static Paging of(String page, String size, String offset, String limit, ParallaxConfig.Api api) {
        int max = api.maxPageSize();
        Integer pageNo = QueryParams.integer("page", page, 1, Integer.MAX_VALUE / max);
        Integer pageSize = QueryParams.integer("size", size, 1, max);
        Integer from = QueryParams.integer("offset", offset, 0, Integer.MAX_VALUE);
        Integer count = QueryParams.integer("limit", limit, 1, max);
        if ((pageNo != null || pageSize != null) && (from != null || count != null)) {
            throw ProblemException.badField("offset", "use either page/size or offset/limit, not both");
        }
        int take = pageSize != null ? pageSize : count != null ? count : api.defaultPageSize();
        int skip = pageNo != null ? (pageNo - 1) * take : from != null ? from : 0;
        return new Paging(skip, take);
    }
}
