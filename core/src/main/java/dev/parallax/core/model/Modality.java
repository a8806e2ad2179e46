package dev.parallax.core.model;

public enum Modality { ASSERTED, HEDGED, EXPECTED, DENIED, CONDITIONAL }
