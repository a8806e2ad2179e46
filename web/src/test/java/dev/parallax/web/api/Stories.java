package dev.parallax.web.api;

import static dev.parallax.web.api.Articles.asAdmin;

import dev.parallax.web.service.JobWorker;
import io.quarkus.arc.Arc;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Invented accounts of invented meetings, so event tests read like the domain: {@code talks(day, topic)}
 * is one meeting; {@code account(i)} one outlet's version of it, with planted differences (how long
 * the talks lasted, how a quote was worded). Each test picks its own far-future day and topic word, so
 * its accounts never share an event with another test's.
 */
final class Stories {
    private Stories() {}

    /** Days handed out so far; each story gets its own, far enough from the others not to be grouped with them. */
    private static final java.util.concurrent.atomic.AtomicInteger DAYS_GIVEN = new java.util.concurrent.atomic.AtomicInteger();
    private static final LocalDate FIRST_DAY = LocalDate.of(2040, 1, 1)
            .plusDays(ThreadLocalRandom.current().nextInt(3650));
    /** Further apart than the pipeline's candidate window and the comparator's date tolerance. */
    private static final int DAYS_APART = 15;

    /**
     * A day no other test uses (the shared database keeps every test's articles). Days are handed
     * out in order, 15 days apart: random days collided now and then (two stories within a few days
     * of each other are one event), and a test then saw another test's accounts in its event.
     */
    static LocalDate unusedDay() {
        return FIRST_DAY.plusDays((long) DAYS_APART * DAYS_GIVEN.getAndIncrement());
    }

    static String word() {
        String letters = "bcdfghklmnprstvz", vowels = "aeiou";
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            b.append(letters.charAt(r.nextInt(letters.length()))).append(vowels.charAt(r.nextInt(vowels.length())));
        }
        return b.toString();
    }

    /** One meeting in Minsk between the Russian and Belarusian presidents. */
    record Talks(LocalDate day, String topic, String tag) {
        Map<String, Object> account(int i) {
            String outlet = "Courier " + tag + " " + (char) ('A' + i);
            String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            int hours = i % 3 == 2 ? 5 : 3;
            String quote = i % 2 == 0 ? "Nobody will drive a wedge between our two peoples"
                    : "No one will ever manage to divide our two nations";
            String text = "MINSK, " + month + " " + day.getDayOfMonth() + " (" + outlet + ") - Russian President "
                    + "Vladimir Putin and Belarusian President Alexander Lukashenko held talks in Minsk on "
                    + day.getDayOfMonth() + " " + month + " " + day.getYear() + " about the " + topic
                    + " railway bridge and grain deliveries.\n\n"
                    + "The meeting at the Palace of Independence lasted " + hours + " hours, the press service said.\n\n"
                    + "Lukashenko said the two governments would sign " + (i == 3 ? 12 : 9)
                    + " agreements on freight tariffs before the end of the year.\n\n"
                    + "\"" + quote + ",\" Putin told reporters after the talks.\n\n"
                    + "Correspondent " + i + " of " + outlet + " noted that the " + topic
                    + " bridge project was first proposed by engineers from both countries.";
            return Articles.article(outlet, "Putin and Lukashenko discuss the " + topic + " bridge",
                    day + "T18:00:00Z", text);
        }
    }

    /** Another meeting the same week with other people in another city: never the same event as {@link Talks}. */
    record Summit(LocalDate day, String topic, String tag) {
        Map<String, Object> account(int i) {
            String outlet = "Herald " + tag + " " + (char) ('A' + i);
            String month = day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String text = "WARSAW, " + month + " " + day.getDayOfMonth() + " (" + outlet + ") - Emmanuel Macron and "
                    + "Xi Jinping met in Warsaw on " + day.getDayOfMonth() + " " + month + " " + day.getYear()
                    + " to discuss tariffs on " + topic + " solar panels.\n\n"
                    + "Macron said Europe would review " + (i == 1 ? 40 : 30) + " percent of the duties by spring.\n\n"
                    + "Xi Jinping told journalists that the " + topic + " dispute could be settled within months.\n\n"
                    + "Reporter " + i + " of " + outlet + " wrote that the delegations dined together afterwards.";
            return Articles.article(outlet, "Macron and Xi talk " + topic + " tariffs", day + "T15:00:00Z", text);
        }
    }

    /** Posts accounts as one JSON Lines import; returns the import's answer. */
    static io.restassured.response.Response importAll(List<Map<String, Object>> accounts) {
        StringBuilder jsonl = new StringBuilder();
        for (Map<String, Object> a : accounts) {
            jsonl.append(toJson(a)).append('\n');
        }
        return asAdmin().multiPart("file", "accounts.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/articles/import");
    }

    /** The import's created article ids, in order. */
    static List<String> createdIds(io.restassured.response.Response response) {
        return response.then().statusCode(200).extract().path("created.id");
    }

    static int runJobs() {
        return Arc.container().instance(JobWorker.class).get().runUntilIdle();
    }

    static List<Map<String, Object>> accounts(Talks talks, int n) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(talks.account(i));
        }
        return list;
    }

    static String toJson(Map<String, Object> a) {
        Map<String, Object> copy = new HashMap<>(a);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(copy);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
