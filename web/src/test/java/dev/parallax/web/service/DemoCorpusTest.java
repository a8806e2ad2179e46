package dev.parallax.web.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoCorpusTest {
    @Inject
    DemoCorpus demo;

    @Test
    void loadingTwiceStoresEachArticleOnce() {
        ImportReport first = demo.load("demo-test");
        ImportReport second = demo.load("demo-test");

        assertEquals(4, first.created().size() + first.existing().size(), first.failed().toString());
        assertTrue(first.failed().isEmpty(), first.failed().toString());
        assertEquals(0, second.created().size());
        assertEquals(4, second.existing().size());
    }

    @Test
    void theShippedDemoCorpusLoadsWhole() throws Exception {
        long listed;
        try (var index = getClass().getClassLoader().getResourceAsStream("demo/index.txt")) {
            listed = new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).count();
        }
        ImportReport report = demo.load("demo");

        assertTrue(report.failed().isEmpty(), report.failed().toString());
        assertTrue(listed > 0);
        assertEquals(listed, report.created().size() + report.existing().size());
    }

    @Test
    void aMissingCorpusIsReportedNotThrown() {
        ImportReport report = demo.load("no-such-corpus");
        assertEquals(1, report.failed().size());
        assertTrue(report.failed().get(0).message().contains("missing"));
    }
}
