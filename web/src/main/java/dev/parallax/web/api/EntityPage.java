package dev.parallax.web.api;

import java.util.List;

/** One page of entities; {@code total} counts every match, not just this page. */
public record EntityPage(List<EntityView> items, long total, int offset, int limit) {}
