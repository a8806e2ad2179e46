package dev.parallax.core.model;

/** How an article arrived. */
public enum SourceFormat { TEXT_WITH_HEADER, TEXT, HTML, JSON, JSON_LINES }
