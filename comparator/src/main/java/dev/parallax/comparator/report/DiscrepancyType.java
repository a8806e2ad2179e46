package dev.parallax.comparator.report;

/** The vocabulary the API, pages and tests share; declaration order is the ranking order within a severity. */
public enum DiscrepancyType { ATTRIBUTION, NUMBER, ENTITY, DATE, PLACE, HEDGE, QUOTE_WORDING, OMISSION, SPELLING }
