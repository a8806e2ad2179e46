package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.postAndId;
import static dev.parallax.web.api.Articles.uniqueOutlet;
import static dev.parallax.web.api.Findings.words;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Two outlets' accounts of a harbour strike, stored as articles, and one event with three
 * findings ranked NUMBER (0), DATE (1), SPELLING (2). Every call makes new outlets, articles,
 * event and fingerprints, so tests can assert exact counts on what they made.
 */
record Scenario(String event, String wire, String daily, String wireArticle, String dailyArticle, String number,
                String date, String spelling) {

    static final String WIRE_TEXT = "Harbour pilots stopped work on Tuesday morning. The port authority said "
            + "14 sailings were cancelled and that talks would resume on 12 March. Pilot Jonas Meyer "
            + "said the crews wanted \"safer night shifts, nothing more\".";
    static final String DAILY_TEXT = "Pilots at the harbour walked out on Tuesday. According to the port authority, "
            + "30 sailings were cancelled; talks resume on 13 March. Jonas Maier, a pilot, said the "
            + "crews wanted =SUM(A1) \"safer night shifts, nothing more\", and more pay.";

    static Scenario create(Findings findings) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String wire = uniqueOutlet("Northern Wire");
        String daily = uniqueOutlet("Capital Daily");
        String wireArticle = postAndId(wire, "Pilots strike, sailings cancelled " + tag, "2024-03-05T08:00:00Z", WIRE_TEXT);
        String dailyArticle = postAndId(daily, "Harbour walkout " + tag, "2024-03-05T09:30:00Z", DAILY_TEXT);
        String event = findings.event("Harbour pilots' strike " + tag, LocalDate.of(2024, 3, 5));
        String number = findings.discrepancy(event, "NUMBER", "HIGH", 0, "\"14 sailings\" vs \"30 sailings\"",
                words(wireArticle, "14 sailings"), words(dailyArticle, "30 sailings"));
        String date = findings.discrepancy(event, "DATE", "MEDIUM", 1, "talks resume \"12 March\" vs \"13 March\"",
                words(wireArticle, "12 March"), words(dailyArticle, "13 March"));
        String spelling = findings.discrepancy(event, "SPELLING", "LOW", 2, "=\"Meyer\" vs \"Maier\", quoted",
                words(wireArticle, "Jonas Meyer"), words(dailyArticle, "Jonas Maier"));
        return new Scenario(event, wire, daily, wireArticle, dailyArticle, number, date, spelling);
    }
}
