package dev.parallax.web.api;

import static dev.parallax.web.api.Stories.createdIds;
import static dev.parallax.web.api.Stories.importAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.comparator.report.SideBySide;
import dev.parallax.web.api.EventViews.Diff;
import dev.parallax.web.service.AnalysisService;
import dev.parallax.web.service.DiffForms;
import dev.parallax.web.service.DiffService;
import dev.parallax.web.service.EventQueryService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A diff made from the few parts of stored analyses a diff reads (or from forms kept in memory) is the
 * diff of the whole analyses, byte for byte; a re-analysis makes an account's form again.
 */
@QuarkusTest
class DiffFormsTest {
    @Inject
    DiffForms forms;
    @Inject
    AnalysisService analysis;
    @Inject
    EventQueryService events;
    @Inject
    DiffService diffs;
    @Inject
    ObjectMapper json;

    private List<String> accounts() {
        Stories.Talks talks = new Stories.Talks(Stories.unusedDay(), Stories.word(), Stories.word());
        String month = talks.day().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        List<Map<String, Object>> accounts = new ArrayList<>(List.of(talks.account(0), talks.account(1), talks.account(2)));
        // not plain ASCII: accents, curly quotes, a dash and a character outside the BMP move code points off chars
        accounts.add(Articles.article("Gazette " + talks.tag() + " É", "Talks in Minsk on the " + talks.topic() + " bridge",
                talks.day() + "T19:30:00Z", "MINSK, " + month + " " + talks.day().getDayOfMonth() + " — Vladimir Putin and "
                        + "Aleksandr Lukashenko met in Minsk to talk about the " + talks.topic() + " railway bridge 🚆 and grain.\n\n"
                        + "Their meeting at the Palace of Independence took about five hours, aides said.\n\n"
                        + "“Nobody will drive a wedge between our two peoples,” Putin said afterwards.\n\n"
                        + "Café owners near the palace said the streets were closed all afternoon."));
        List<String> ids = createdIds(importAll(accounts));
        Stories.runJobs();
        return ids;
    }

    @Test
    void aDiffFromStoredPartsIsTheDiffOfTheWholeAnalyses() throws Exception {
        List<String> ids = accounts();
        Map<String, AnalysisService.DiffParts> parts = analysis.diffParts(ids);
        assertEquals(ids.size(), parts.size());
        for (String l : ids) {
            for (String r : ids) {
                if (l.equals(r)) {
                    continue;
                }
                // what GET /api/diff answered when every diff was made from the whole analyses
                String whole = new String(json.writeValueAsBytes(events.diff(l, r)), StandardCharsets.UTF_8);
                DiffForms.Form a = forms.of(parts.get(l)), b = forms.of(parts.get(r));
                SideBySide view = forms.comparison().sideBySide(a.prepared(), b.prepared());
                assertEquals(whole, new String(json.writeValueAsBytes(new Diff(a.account(), b.account(), view.rows(),
                        view.warnings())), StandardCharsets.UTF_8));
                assertEquals(whole, new String(diffs.diff(l, r), StandardCharsets.UTF_8));
                assertEquals(whole, new String(diffs.diff(l, r), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void aFormIsKeptUntilItsAccountIsAnalyzedAgain() {
        String id = accounts().get(3);
        DiffForms.Form kept = forms.form(id);
        assertSame(kept, forms.form(id));
        analysis.analyses(List.of(id), true, n -> { });
        DiffForms.Form again = forms.form(id);
        assertNotSame(kept, again);
        assertEquals(kept.account(), again.account());
    }
}
