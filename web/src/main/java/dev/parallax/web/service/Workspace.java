package dev.parallax.web.service;

import dev.parallax.db.ArticleRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * Facts about the whole workspace that pages and imports tell people: whether it holds the fictional
 * demo corpus ({@code {inject:workspace.holdsDemo}} in Qute puts a label on every page), and the
 * one-line notice an import of real articles beside it gets.
 */
@ApplicationScoped
@Named("workspace")
public class Workspace {
    private final ArticleRepository articles;

    public Workspace(ArticleRepository articles) {
        this.articles = articles;
    }

    /** How long pages trust the last answer: a label on every page must not cost a query on every page. */
    private static final long FRESH_NANOS = 2_000_000_000L;
    private volatile boolean demo;
    private volatile long checkedAt = Long.MIN_VALUE;

    /**
     * True while any article of the demo corpus is stored (one indexed look-up, trusted for two
     * seconds; on an event-loop thread, where nothing may block, the last answer).
     */
    public boolean holdsDemo() {
        long now = System.nanoTime();
        if (checkedAt != Long.MIN_VALUE && (now - checkedAt < FRESH_NANOS || io.vertx.core.Context.isOnEventLoopThread())) {
            return demo;
        }
        if (io.vertx.core.Context.isOnEventLoopThread()) {
            return false;
        }
        demo = QuarkusTransaction.requiringNew().call(() -> !articles.getEntityManager()
                .createNativeQuery("select 1 from articles where fictional limit 1").getResultList().isEmpty());
        checkedAt = now;
        return demo;
    }

    /** Forgets the last answer: the demo was just loaded or removed. */
    public void changed() {
        checkedAt = Long.MIN_VALUE;
    }

    /**
     * Said once per import of real articles into a workspace that holds the demo: invented outlets
     * may otherwise end up in one event with real ones.
     */
    public Optional<String> demoNotice(ImportReport report) {
        changed();
        if (report.created().isEmpty() || !holdsDemo()) {
            return Optional.empty();
        }
        return Optional.of("this workspace also holds the fictional demo corpus; its invented outlets may be grouped "
                + "with your articles. Remove it with: " + DemoCorpus.REMOVE_COMMAND);
    }
}
