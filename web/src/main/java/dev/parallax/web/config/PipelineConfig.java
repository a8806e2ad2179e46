package dev.parallax.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Background analysis and event upkeep ({@code parallax.jobs.*}) and the stateless compare endpoint; see docs/configuration.md. */
@ConfigMapping(prefix = "parallax.pipeline")
public interface PipelineConfig {

    Jobs jobs();

    Compare compare();

    interface Jobs {
        /** Worker threads of this instance; 0 runs no jobs here (another instance, or a test, does). Only {@code serve} runs workers. */
        @WithDefault("1")
        int workers();

        /** How often an idle worker looks for jobs queued by other instances. */
        @WithDefault("2s")
        Duration pollInterval();

        /** A running job whose heartbeat is older than this is taken over by another worker. */
        @WithDefault("60s")
        Duration staleAfter();

        /** A job claimed this many times without finishing is marked failed. */
        @WithDefault("3")
        int maxAttempts();

        /** Stored accounts published (or events dated) within this many days of a new account are candidates to share its event. */
        @WithDefault("3")
        int candidateWindowDays();

        /** Articles analyzed per transaction when their analyses are saved. */
        @WithDefault("100")
        int batchSize();

        /** Analyses kept in memory (for diffs and recomputation); articles never change, so entries never go stale. */
        @WithDefault("2000")
        int analysisCacheSize();
    }

    interface Compare {
        /** Most articles one POST /api/compare may carry. */
        @WithDefault("50")
        int maxArticles();
    }
}
