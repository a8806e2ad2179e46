/** Schema (Flyway), entities and repositories. */
package dev.parallax.db;
