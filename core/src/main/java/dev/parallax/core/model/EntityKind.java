package dev.parallax.core.model;

public enum EntityKind { PERSON, PLACE, ORGANIZATION, WEAPON, BODY, EVENT, OTHER }
