package dev.parallax.web.api;

/** @param name what the token is for, e.g. "nightly export" */
public record TokenInput(String name) {}
