package dev.parallax.web.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The event a discrepancy belongs to: its public id, label and the day it happened. */
public record EventRef(@Schema(required = true) String id, String label, LocalDate date) {}
