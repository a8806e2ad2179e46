package dev.parallax.web.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrentImportTest {
    @Inject
    ArticleImportService imports;

    @Inject
    ArticleQueryService queries;

    @Test
    void twoImportsOfTheSameNewArticlesAtOnceStoreEachOnceAndBothSucceed() throws Exception {
        String outlet = "Race Register " + UUID.randomUUID();
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(new RawArticle(outlet, null, "Race " + i, null, null, "en",
                    "Report number " + i + " on the regatta, " + outlet + ".", SourceFormat.TEXT, "race-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<ImportReport> first = pool.submit(() -> imports.importArticles(articles, List.of()));
            Future<ImportReport> second = pool.submit(() -> imports.importArticles(articles, List.of()));
            ImportReport a = first.get();
            ImportReport b = second.get();

            assertEquals(40, a.created().size() + a.existing().size());
            assertEquals(40, b.created().size() + b.existing().size());
            assertEquals(40, a.created().size() + b.created().size());
        } finally {
            pool.shutdown();
        }
        assertEquals(40, queries.list(new dev.parallax.db.ArticleFilter(outlet, null, null, null), 0, 100).total());
    }
}
