package dev.parallax.web.service;

import dev.parallax.web.config.ParallaxConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** A first {@code serve} on an empty database shows something: it loads the demo corpus. */
@Singleton
public class DemoOnFirstStart {
    private static final Logger LOG = Logger.getLogger(DemoOnFirstStart.class);

    private final DemoCorpus demo;
    private final ArticleQueryService queries;
    private final ParallaxConfig config;

    public DemoOnFirstStart(DemoCorpus demo, ArticleQueryService queries, ParallaxConfig config) {
        this.demo = demo;
        this.queries = queries;
        this.config = config;
    }

    void onStart(@Observes StartupEvent started) {
        if (!config.demo().loadOnEmptyStart() || !"serve".equals(config.launch()) || queries.articleCount() > 0) {
            return;
        }
        ImportReport report = demo.load();
        LOG.infof("empty database: loaded the demo corpus (%d articles, %d failed); "
                + "set parallax.demo.load-on-empty-start=false to start empty", report.created().size(),
                report.failed().size());
        report.failed().forEach(p -> LOG.warnf("demo corpus: %s", p));
    }
}
