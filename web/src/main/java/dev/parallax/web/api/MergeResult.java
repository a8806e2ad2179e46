package dev.parallax.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a merge changed.
 *
 * @param mentionsRelinked stored mentions of {@code from} now pointing at {@code into}
 * @param aliasesAdded     spellings of {@code from} that {@code into} is now linked by
 * @param articles         articles that mentioned {@code from}, queued for analysis again (their events are
 *                         compared again, so discrepancies are recomputed)
 * @param job              the re-analysis job, or null when no article mentioned {@code from}
 */
@Schema(example = """
        {"into": "person:lukashenko", "from": "unknown:alexandr-lukashenka", "mentionsRelinked": 3,
         "aliasesAdded": ["Alexandr Lukashenka"], "articles": 2, "job": 201}""")
public record MergeResult(String into, String from, int mentionsRelinked, List<String> aliasesAdded, int articles,
                          Long job) {}
