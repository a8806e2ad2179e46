package dev.parallax.comparator.report;

/** How much a fact-checker should care; declaration order is ranking order. */
public enum Severity { HIGH, MEDIUM, LOW }
