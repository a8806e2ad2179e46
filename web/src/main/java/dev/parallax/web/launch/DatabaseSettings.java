package dev.parallax.web.launch;

/** Where Quarkus finds PostgreSQL; handed over as system properties before Quarkus starts. */
public record DatabaseSettings(String jdbcUrl, String username, String password) {

    public void applyAsSystemProperties() {
        System.setProperty("quarkus.datasource.jdbc.url", jdbcUrl);
        if (username != null) {
            System.setProperty("quarkus.datasource.username", username);
        }
        if (password != null) {
            System.setProperty("quarkus.datasource.password", password);
        }
    }
}
