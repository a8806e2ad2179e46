package dev.parallax.web.service;

import dev.parallax.core.model.CleanedArticle;
import dev.parallax.core.model.RawArticle;

/** An article read and cleaned, with its id (SHA-256 of the cleaned text), ready to store. */
public record PreparedArticle(String id, RawArticle raw, CleanedArticle cleaned) {}
