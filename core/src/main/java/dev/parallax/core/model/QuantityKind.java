package dev.parallax.core.model;

public enum QuantityKind { PERCENT, COUNT, MONEY, DISTANCE, DURATION, ORDINAL, OTHER }
