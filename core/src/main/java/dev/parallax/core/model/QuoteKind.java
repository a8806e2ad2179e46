package dev.parallax.core.model;

public enum QuoteKind { DIRECT, INDIRECT }
