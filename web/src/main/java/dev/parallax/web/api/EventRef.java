package dev.parallax.web.api;

import java.time.LocalDate;

/** The event a discrepancy belongs to: its public id, label and the day it happened. */
public record EventRef(String id, String label, LocalDate date) {}
