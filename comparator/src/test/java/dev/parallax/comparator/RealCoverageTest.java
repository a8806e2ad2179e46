package dev.parallax.comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parallax.comparator.report.ComparisonReport;
import dev.parallax.comparator.report.Discrepancy;
import dev.parallax.comparator.report.DiscrepancyType;
import dev.parallax.core.AnalyzerConfig;
import dev.parallax.core.ArticleAnalyzer;
import dev.parallax.core.model.AnalyzedArticle;
import dev.parallax.core.model.RawArticle;
import dev.parallax.core.model.SourceFormat;
import dev.parallax.meaning.MiniLmSentenceEncoder;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shapes real coverage takes, each with the real analyzer and sentence model: what must be found and
 * what must stay silent. Every account here is written for this test.
 */
class RealCoverageTest {
    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(AnalyzerConfig.defaults().withEncoder(MiniLmSentenceEncoder.shared()));

    private static AnalyzedArticle account(String outlet, String published, String text) {
        return account(outlet, published, null, text);
    }

    private static AnalyzedArticle account(String outlet, String published, String language, String text) {
        return ANALYZER.analyze(new RawArticle(outlet, null, null, published == null ? null : OffsetDateTime.parse(published + "T12:00:00Z"),
                null, language, text, SourceFormat.TEXT, outlet));
    }

    private static ComparisonReport oneEvent(AnalyzedArticle... accounts) {
        return Comparison.withDefaults().compareAsOneEvent(List.of(accounts));
    }

    private static List<Discrepancy> of(ComparisonReport r, DiscrepancyType type) {
        return Accounts.discrepancies(r, type);
    }

    private static String evidence(List<Discrepancy> found) {
        return String.join(" | ", found.stream().flatMap(d -> d.evidence().stream()).map(s -> s.text()).toList());
    }

    private static final String TALKS = "President Aurelio Vance of the United States met Prime Minister Tomas Reinholt in Washington on Tuesday for talks on trade and energy. ";

    @Test
    void aBoundedDurationConflictsWithAnExactOneButNotWithItsOwnRewording() {
        ComparisonReport r = oneEvent(
                account("Wire", "2031-03-11", TALKS + "Their meeting ran 2 hours 45 minutes, and a lunch followed."),
                account("Herald", "2031-03-11", TALKS + "Their meeting ran over three hours, and a lunch followed."),
                account("Courier", "2031-03-11", TALKS + "Their meeting ran nearly four and a half hours, and a lunch followed."),
                account("Gazette", "2031-03-11", TALKS + "Their meeting ran nearly 4 1/2 hours, and a lunch followed."));
        List<Discrepancy> numbers = of(r, DiscrepancyType.NUMBER);
        String ev = evidence(numbers);
        assertTrue(ev.contains("2 hours 45 minutes") && ev.contains("over three hours"), ev);
        assertFalse(numbers.stream().anyMatch(d -> d.evidence().stream().allMatch(s -> s.text().contains("nearly"))), ev);
    }

    @Test
    void aLeadersWordsOfTheDayBeforeInAReportOfTheTalksAreDatedButASpokesmansAreNot() {
        String talks = "Vladimir Putin and Alexander Lukashenko held talks in Minsk on Thursday, May 15, 2031, on the union's budget and gas prices. ";
        ComparisonReport r = oneEvent(
                account("Wire", "2031-05-15", talks + "A state channel cited Putin as saying Wednesday that Moscow \"will never abandon its ally\". "
                        + "The leaders also discussed a new rail link."),
                account("Herald", "2031-05-15", talks + "Kremlin spokesman Dmitry Peskov said on Wednesday that no documents would be signed. "
                        + "The leaders also discussed a new rail link."),
                account("Courier", "2031-05-16", "Vladimir Putin and Alexander Lukashenko met in Minsk on May 15, 2031, and spoke for three hours. "
                        + "In an interview on Tuesday, Lukashenko said he expected cheaper gas."));
        List<Discrepancy> dates = of(r, DiscrepancyType.DATE);
        String ev = evidence(dates);
        assertEquals(1, dates.size(), ev);
        assertTrue(ev.contains("Putin as saying Wednesday") && ev.contains("May 15, 2031"), ev);
        assertFalse(ev.contains("Peskov") || ev.contains("interview"), ev);
    }

    @Test
    void aShortGivenNameInAnotherScriptIsANameFormButATransliterationIsNot() {
        ComparisonReport r = oneEvent(
                account("Presidential Office", "2031-03-12", "U.S. President Joseph Biden received President Volodymyr Zelensky "
                        + "at the White House on Wednesday. The two leaders discussed air defence and winter aid."),
                account("Ukrainian Service", "2031-03-12", "uk", "Президент США Джо Байден прийняв президента України Володимира "
                        + "Зеленського у Білому домі в середу. Лідери обговорили протиповітряну оборону та допомогу на зиму."));
        List<Discrepancy> spelling = of(r, DiscrepancyType.SPELLING);
        String ev = evidence(spelling);
        assertTrue(ev.contains("Joseph Biden") && ev.contains("Джо Байден"), ev);
        assertFalse(ev.contains("Zelensk") || ev.contains("Зеленськ"), ev);
    }

    @Test
    void oneProcessAppliedToDifferentGroundIsAnEntityUnlessOneAccountNamesBoth() {
        String meeting = "Donald Trump and Kim Jong Un met in Singapore on Tuesday and signed a short document. ";
        ComparisonReport r = oneEvent(
                account("Wire", "2031-06-12", meeting + "Kim pledged to work toward full denuclearization of the Korean Peninsula."),
                account("Briefing", "2031-06-14", meeting + "The goal remains the full and verifiable denuclearization of North Korea, the secretary said."),
                account("Digest", "2031-06-13", meeting + "Talk of denuclearization of the Korean Peninsula, and in time the denuclearization of North Korea, "
                        + "filled the day."));
        List<Discrepancy> entities = of(r, DiscrepancyType.ENTITY);
        String ev = evidence(entities);
        assertTrue(ev.contains("denuclearization of the Korean Peninsula") && ev.contains("denuclearization of North Korea"), ev);
        // the digest names both grounds: it disagrees with no one, so only the wire's and the briefing's words are evidence
        assertEquals(1, entities.size(), ev);
        assertEquals(2, entities.get(0).evidence().size(), ev);
    }

    @Test
    void undatedPagesOfOneOutletJoinTheEventTheirClosestAccountIsClearlyPartOf() {
        // two transcripts from one outlet's media page, neither dated: one shares a decision with the leaders' joint
        // statement, the other only its questions with the first; the same leaders' meeting a year later is far from both
        AnalyzedArticle statement = account("The White House", "2031-10-22",
                "Joint Statement of the Leaders of the United States and Australia\n\nPresident Joe Biden welcomed "
                + "Prime Minister Anthony Albanese to Washington today for an Official Visit and State Dinner. The two "
                + "leaders launched a new compact on critical minerals and clean energy, agreed to build a submarine "
                + "repair yard in Perth, and set up a joint space tracking station at Exmouth. They condemned the "
                + "attack on the Red Sea shipping lanes and pledged support to Ukraine. The leaders announced a "
                + "student exchange named after Senator Fulbright and a climate fund for Pacific island nations.");
        AnalyzedArticle conference = account("Prime Minister of Australia", null,
                "Press conference\n\nPRIME MINISTER: Thank you all for coming. Today President Biden and I agreed to "
                + "build a submarine repair yard. I want to say a few words about my family, who came with me on this "
                + "trip. Our officials in Canberra will keep working on the details.\nJOURNALIST: Prime Minister, what "
                + "did the President say about tariffs on steel and aluminium?\nPRIME MINISTER: We talked about trade "
                + "in general terms, and about the farmers of Queensland.\nJOURNALIST: Will you visit Fiji and Samoa "
                + "next month?\nPRIME MINISTER: I will travel to the Pacific in November.");
        AnalyzedArticle doorstop = account("Prime Minister of Australia", null,
                "Doorstop interview\n\nPRIME MINISTER: Good morning. It was good to see President Biden again. I "
                + "thank the First Lady for her hospitality. Our officials in Canberra will keep working on the "
                + "details.\nJOURNALIST: Prime Minister, what did the President say about tariffs on steel and "
                + "aluminium?\nPRIME MINISTER: We talked about trade in general terms, and about the farmers of "
                + "Queensland.\nJOURNALIST: Will you visit Fiji and Samoa next month?\nPRIME MINISTER: I will travel "
                + "to the Pacific in November.");
        AnalyzedArticle readout = account("The White House", "2032-09-21",
                "Biden and Albanese talk shipping lanes in Wilmington\n\nJoe Biden and Anthony Albanese sat down "
                + "in Wilmington before the Quad Leaders' Summit opened. Their talk covered maritime security in the "
                + "Indo-Pacific, a new coast guard exercise and the Quad's work on cancer.");
        AnalyzedArticle release = account("Prime Minister of Australia", "2032-09-21",
                "Prime Minister Anthony Albanese met President Joe Biden in Wilmington ahead of the Quad Leaders' "
                + "Summit. They discussed maritime security, a coast guard exercise in the Indo-Pacific and cancer "
                + "research under the Quad.");
        ComparisonReport r = Comparison.withDefaults().compare(Accounts.withOtherMeetings(RealCoverageTest::account, statement, conference, doorstop, readout, release));
        assertEquals(List.of(Set.of(statement.id(), conference.id(), doorstop.id()), Set.of(readout.id(), release.id())),
                r.events().stream().map(e -> Set.copyOf(e.articles())).sorted(java.util.Comparator.comparing(x -> -x.size())).toList());
    }

    @Test
    void oneStructureHeldInCommonAgainstEachSidesOwnIsAnEntity() {
        ComparisonReport r = oneEvent(
                account("Wire", "2031-03-11", TALKS + "The two leaders agreed to set up a joint command for their air defence forces."),
                account("Herald", "2031-03-11", TALKS + "The two leaders agreed to modernize their respective commands for air defence forces."),
                // a second account that also says joint disagrees with no one
                account("Courier", "2031-03-11", TALKS + "The leaders agreed on a joint command to run their air defence forces."));
        List<Discrepancy> entities = of(r, DiscrepancyType.ENTITY);
        String ev = evidence(entities);
        assertTrue(ev.contains("joint command") && ev.contains("respective commands"), ev);
        assertEquals(1, entities.size(), ev);
    }

    @Test
    void aWordOfANameMistypedAgainstThePhraseOthersWriteIsASpelling() {
        ComparisonReport r = oneEvent(
                account("Listing", "2031-03-11", TALKS + "Vance recalled the Climate and Alean Energy Compact they signed in May."),
                account("Statement", "2031-03-11", TALKS + "They will widen their clean energy work, and clean energy trade will grow."),
                // a word written twice is a word of its own, not a slip ("Lower House" / "power house")
                account("Wire", "2031-03-11", TALKS + "The Lower House must approve it; the Lower House meets in May. One aide called the plant a power house."));
        List<Discrepancy> spelling = of(r, DiscrepancyType.SPELLING);
        String ev = evidence(spelling);
        assertTrue(ev.contains("Alean Energy") && ev.contains("clean energy"), ev);
        assertFalse(ev.contains("Lower House") || ev.contains("power house"), ev);
    }

    @Test
    void aNameWrittenFamilyNameFirstIsAFormOfTheNameButAFormOfAddressIsNot() {
        ComparisonReport r = oneEvent(
                account("Cabinet Office", "2031-03-11", "Prime Minister KISHIDA Fumio held talks in Washington with President Joe Biden on trade."),
                account("Wire", "2031-03-11", "Prime Minister Fumio Kishida held talks in Washington with President Joe Biden on trade. "
                        + "\"Thank you, Fumio,\" Biden said."));
        List<Discrepancy> spelling = of(r, DiscrepancyType.SPELLING);
        String ev = evidence(spelling);
        assertTrue(ev.contains("KISHIDA Fumio") && ev.contains("Fumio Kishida"), ev);
    }

    @Test
    void oneDocumentNamedTwoWaysIsAnEntityButItsShortFormIsNot() {
        ComparisonReport r = oneEvent(
                account("Cabinet Office", "2031-03-11", TALKS + "The leaders issued the Joint Declaration on Support for Energy Security. "
                        + "The Joint Declaration takes effect at once."),
                account("Wire", "2031-03-11", TALKS + "The leaders issued the Joint Declaration of Support for Energy Security. "
                        + "The Joint Declaration takes effect at once."));
        List<Discrepancy> entities = of(r, DiscrepancyType.ENTITY);
        String ev = evidence(entities);
        assertEquals(1, entities.size(), ev);
        assertTrue(ev.contains("Declaration on Support") && ev.contains("Declaration of Support"), ev);
    }

    @Test
    void anotherOfficeForOnePersonIsAnEntityButTheGenericLeaderIsNot() {
        ComparisonReport r = oneEvent(
                account("Wire", "2024-05-17", "Vladimir Putin met Vice President Han Zheng in Harbin on Friday to discuss trade."),
                account("Aggregator", "2024-05-17", "Vladimir Putin met Premier Han Zheng in Harbin on Friday to discuss trade."),
                account("Agency", "2024-05-17", "Vladimir Putin met Chinese leader Xi Jinping and then Vice President Han Zheng in Harbin on Friday to discuss trade."),
                account("Paper", "2024-05-17", "Vladimir Putin met President Xi Jinping and then Vice President Han Zheng in Harbin on Friday to discuss trade."));
        List<Discrepancy> entities = of(r, DiscrepancyType.ENTITY);
        String ev = evidence(entities);
        assertTrue(ev.contains("Premier") && ev.contains("Vice President"), ev);
        assertFalse(ev.contains("Chinese leader"), ev);
    }

    @Test
    void aSubjectThreeOutletsTakeUpAndOneLeavesOutIsAnOmission() {
        ComparisonReport r = oneEvent(
                account("Wire", "2031-03-11", "Aurelio Marsh and Tomas Reinholt held talks in Berlin on Tuesday. They discussed the war in Ukraine "
                        + "and ways to end the fighting. Rail links came up as well. A second round is planned for the autumn. Bilateral trade "
                        + "grew last year, officials said. The meeting ran for two hours. Aides called the mood warm."),
                account("Herald", "2031-03-11", "Tomas Reinholt received Aurelio Marsh in Berlin for a working meeting. The war in Ukraine took up "
                        + "much of the session. The two sides also looked at freight routes. They intend to meet again later in the year. "
                        + "Commerce between the countries rose in the past twelve months. Both delegations praised the tone."),
                account("Courier", "2031-03-11", "Berlin hosted talks between Aurelio Marsh and Tomas Reinholt on Tuesday. The leaders spoke at length "
                        + "about support for Ukraine. Railway projects were on the table too. A follow-up visit is foreseen. "
                        + "Exports in both directions have been climbing. The atmosphere was described as cordial."),
                account("Gazette", "2031-03-11", "Aurelio Marsh flew to Berlin for talks with Tomas Reinholt on Tuesday. The two spoke at length about "
                        + "energy prices and the coming winter. Train connections were discussed. Another meeting may follow in the autumn. "
                        + "Trade figures improved last year. The visit ended with a joint lunch."));
        List<Discrepancy> omissions = of(r, DiscrepancyType.OMISSION);
        assertTrue(omissions.stream().anyMatch(d -> d.summary().contains("Ukraine") && d.summary().contains("Gazette")), omissions.toString());
    }

    /**
     * The same talks in Berlin told by a wire, a daily and a weekly in six or seven sentences each, with one sentence
     * of the caller's in the fourth place: where an omission is judged, past the opening that names the event's own.
     */
    private static List<AnalyzedArticle> berlinTalks(String wire, String herald, String gazette) {
        return List.of(
                account("Wire", "2031-03-11", "Aurelio Marsh and Tomas Reinholt held talks in Berlin on Tuesday. Rail links came up. A second "
                        + "round is planned for the autumn. " + wire + " Bilateral trade grew last year, officials said. The meeting ran "
                        + "for two hours. Aides called the mood warm."),
                account("Herald", "2031-03-11", "Tomas Reinholt received Aurelio Marsh in Berlin for a working meeting. The two sides looked "
                        + "at freight routes. They intend to meet again later in the year. " + herald + " Commerce rose in the past "
                        + "twelve months. Both delegations praised the tone."),
                account("Gazette", "2031-03-11", "Aurelio Marsh flew to Berlin for talks with Tomas Reinholt on Tuesday. Train connections "
                        + "were discussed. Another meeting may follow in the autumn. " + gazette + " Trade figures improved last year. "
                        + "The visit ended with a joint lunch."));
    }

    private static ComparisonReport oneEvent(List<AnalyzedArticle> accounts, AnalyzedArticle... more) {
        List<AnalyzedArticle> all = new java.util.ArrayList<>(accounts);
        all.addAll(List.of(more));
        return oneEvent(all.toArray(AnalyzedArticle[]::new));
    }

    @Test
    void anOutletNamingAPlaceAnywhereOrAPlaceWithinItHasNotLeftItOut() {
        ComparisonReport r = oneEvent(
                berlinTalks("They backed the denuclearization of the Korean Peninsula for its security. They want security in the "
                                + "Indo-Pacific.",
                        "Both sought the denuclearization of the Korean Peninsula for peace. They spoke of security across the "
                                + "Indo-Pacific.",
                        // names the region only as where a visit goes, in another piece of the same outlet (below)
                        "Both men spoke to reporters afterwards."),
                // names North Korea, which lies in the Korean Peninsula: the ground differs (the scope finding), nothing is left out
                account("Courier", "2031-03-11", "Berlin hosted talks between Aurelio Marsh and Tomas Reinholt on Tuesday. Railway projects "
                        + "were on the table. A follow-up visit is foreseen. The goal, the leaders said, is the denuclearization of North "
                        + "Korea. Exports in both directions have been climbing. The atmosphere was described as cordial."),
                account("Gazette", "2031-03-12", "Tomas Reinholt will travel on to the Indo-Pacific next week, his office said."));
        List<Discrepancy> omissions = of(r, DiscrepancyType.OMISSION);
        assertFalse(omissions.stream().anyMatch(d -> d.summary().contains("'Korean Peninsula' left out") && d.summary().contains("Courier")),
                omissions.toString());
        assertFalse(omissions.stream().anyMatch(d -> d.summary().contains("'Indo-Pacific' left out") && d.summary().contains("Gazette")),
                omissions.toString());
        assertTrue(of(r, DiscrepancyType.ENTITY).stream().anyMatch(d -> d.summary().contains("denuclearization of what")), r.events().toString());
    }

    @Test
    void aTopicOfTheTalksInOrdinaryWordsThatOneAccountLeavesOutIsAnOmissionInAnyLanguage() {
        // artificial intelligence is an ordinary phrase, written in lower case, as "AI", or in Korean: one subject, which the
        // finding calls by the gazetteer's name whatever the first account wrote
        ComparisonReport r = oneEvent(berlinTalks("They agreed to work together on AI.",
                        "Both leaders want common rules for artificial intelligence.",
                        "Climate change was mentioned only once."),
                account("Seoul Daily", "2031-03-11", "ko", "마시 대통령과 라인홀트 총리가 화요일 베를린에서 회담했다. 철도 연결도 논의했다. "
                        + "인공지능 협력에 합의했다. 가을에 다시 만날 예정이다. 무역이 지난해 늘었다. 분위기는 따뜻했다."));
        List<Discrepancy> omissions = of(r, DiscrepancyType.OMISSION);
        assertTrue(omissions.stream().anyMatch(d -> d.summary().contains("'artificial intelligence' left out by Gazette")
                        && d.summary().contains("named by 3 of 4")),
                omissions.toString());
        // climate change: named by one source only, not a subject the others left out
        assertFalse(omissions.stream().anyMatch(d -> d.summary().toLowerCase(java.util.Locale.ROOT).contains("climate")), omissions.toString());
    }

    @Test
    void anOmittedSubjectIsCalledByTheGazetteersNameNotByTheWordsOfTheFirstAccount() {
        ComparisonReport r = oneEvent(berlinTalks("They agreed to work together on AI.", "Both leaders want common rules for AI.",
                "The two spoke at length about the crisis in the Ukraine."),
                account("Courier", "2031-03-11", "Berlin hosted talks between Aurelio Marsh and Tomas Reinholt on Tuesday. Railway "
                        + "projects were on the table. A follow-up visit is foreseen. They also condemned the war in the Ukraine. "
                        + "Exports in both directions have been climbing. The atmosphere was described as cordial."));
        List<String> summaries = of(r, DiscrepancyType.OMISSION).stream().map(Discrepancy::summary).toList();
        assertTrue(summaries.stream().anyMatch(t -> t.startsWith("'artificial intelligence' left out by")), summaries.toString());
        assertTrue(summaries.stream().anyMatch(t -> t.startsWith("'Ukraine' left out by")), summaries.toString());
    }

    @Test
    void accountsThatNameNoOutletAreCalledByTheirFilesNotByOneAnother() {
        // articles saved without a header, several in one folder: many sources, each known by its file
        String talks = " and Vladimir Putin held talks in Minsk on Friday, May 16, 2031, on gas prices and the union budget.";
        ComparisonReport r = oneEvent(
                ANALYZER.analyze(new RawArticle(null, null, null, null, null, null, "Alexander Lukashenko" + talks, SourceFormat.TEXT,
                        "saved/first.txt")),
                ANALYZER.analyze(new RawArticle(null, null, null, null, null, null, "Aleksandr Lukashenko" + talks, SourceFormat.TEXT,
                        "saved/second.txt")));
        List<Discrepancy> spelling = of(r, DiscrepancyType.SPELLING);
        assertEquals(1, spelling.size(), r.toString());
        assertTrue(spelling.get(0).summary().contains("first.txt") && spelling.get(0).summary().contains("second.txt"), spelling.toString());
    }

    @Test
    void aNameATranscriptWritesInCapitalsIsLabelledInTitleCase() {
        ComparisonReport r = oneEvent(
                account("Transcript", "2031-06-08", "PRESIDENT BIDEN: Welcome to the White House. PRIME MINISTER SUNAK: Thank you. "
                        + "PRESIDENT BIDEN: We will talk about trade. PRIME MINISTER SUNAK: And about energy. PRIME MINISTER SUNAK: Thanks."),
                account("Herald", "2031-06-08", "Joe Biden received Rishi Sunak at the White House on Thursday. Sunak said trade came first."));
        String label = r.events().get(0).label();
        assertTrue(label.contains("Sunak") && !label.contains("SUNAK") && !label.contains("BIDEN"), label);
    }

    @Test
    void anAccountThatSpeaksOfTheRegionACountryLiesInHasNotLeftTheCountryOut() {
        // the gazetteer puts Israel in the Middle East: the Gazette has taken the matter up, in broader words
        ComparisonReport r = oneEvent(berlinTalks("They condemned the attack on Israel.", "Both leaders condemned the attack on Israel.",
                "The two spoke at length about the crisis in the Middle East."));
        List<Discrepancy> omissions = of(r, DiscrepancyType.OMISSION);
        assertFalse(omissions.stream().anyMatch(d -> d.summary().contains("'Israel' left out")), omissions.toString());
    }

    @Test
    void anAccountThatNamesWhatASubjectIsToldWithHasNotLeftItOut() {
        // the Gazette speaks of Hamas, which the others name in the same sentence as Israel: it has not left the attack out
        ComparisonReport r = oneEvent(berlinTalks("They condemned the attack on Israel by Hamas.", "Both condemned Hamas for its attack on Israel.",
                "The two spoke at length about the terror of Hamas and the hostages it holds."));
        List<Discrepancy> omissions = of(r, DiscrepancyType.OMISSION);
        assertFalse(omissions.stream().anyMatch(d -> d.summary().contains("'Israel' left out")), omissions.toString());
    }

    @Test
    void aPreviewsExpectationIsNotHedgingTheReportAfterTheFact() {
        ComparisonReport r = oneEvent(
                account("Wire", "2031-03-10", "Aurelio Vance and Tomas Reinholt are expected to sign a gas agreement in Berlin on Tuesday."),
                account("Herald", "2031-03-11", "Aurelio Vance and Tomas Reinholt signed a gas agreement in Berlin on Tuesday."),
                account("Courier", "2031-03-11", "Aurelio Vance and Tomas Reinholt signed the gas agreement in Berlin on Tuesday."));
        assertTrue(of(r, DiscrepancyType.HEDGE).isEmpty(), of(r, DiscrepancyType.HEDGE).toString());
    }

    @Test
    void anAccountInAnotherLanguageIsLabelledAndNeverDiffedAgainstEnglish() {
        ComparisonReport r = oneEvent(
                account("Wire", "2024-05-16", "Vladimir Putin and Xi Jinping held talks in Beijing on Thursday. \"We will deepen our partnership,\" Putin said."),
                account("Herald", "2024-05-16", "Vladimir Putin and Xi Jinping held talks in Beijing on Thursday. \"We shall strengthen our partnership,\" Putin said."),
                account("Vestnik", "2024-05-16", "Владимир Путин и Си Цзиньпин провели переговоры в Пекине в четверг. "
                        + "«Мы будем укреплять наше партнёрство», — сказал Путин."));
        assertEquals("ru", r.articles().stream().filter(a -> "Vestnik".equals(a.outlet())).findFirst().orElseThrow().language());
        for (Discrepancy d : r.events().get(0).discrepancies()) {
            if (d.type() == DiscrepancyType.OMISSION) continue;
            long languages = d.evidence().stream().map(s -> r.articles().stream().filter(a -> a.id().equals(s.article()))
                    .findFirst().orElseThrow().language()).distinct().count();
            assertEquals(1, languages, "diffed across languages: " + d);
        }
        assertFalse(of(r, DiscrepancyType.QUOTE_WORDING).isEmpty(), "the two English renderings differ");
    }

    @Test
    void aWeekdayAndTheDateItFallsOnAreOneDay() {
        ComparisonReport r = oneEvent(
                account("Wire", "2024-05-26", "Vladimir Putin and Alexander Lukashenko met in Minsk on Sunday to discuss gas prices."),
                account("Herald", "2024-05-27", "Vladimir Putin and Alexander Lukashenko met in Minsk on May 26 to discuss gas prices."));
        assertTrue(of(r, DiscrepancyType.DATE).isEmpty(), of(r, DiscrepancyType.DATE).toString());
    }

    @Test
    void theCutOffLastWordOfAnExcerptIsNoSpellingOfAName() {
        ComparisonReport r = oneEvent(
                account("Wire", "2024-06-13", "Volodymyr Zelensky signed a security accord with Fumio Kishida in Apulia on Thursday. Kishida thanked Zelensky."),
                account("Listing", "2024-06-13", "Volodymyr Zelensky signed a security accord with Fumio Kishida in Apulia on Thursday. Kishida thanked Zelens"));
        assertTrue(of(r, DiscrepancyType.SPELLING).isEmpty(), of(r, DiscrepancyType.SPELLING).toString());
    }

    @Test
    void twoRemarksOfOneSpeakerInTranscriptsAreNotOneQuoteRenderedTwice() {
        ComparisonReport r = oneEvent(
                account("Ceremony transcript", "2031-03-11", "PRESIDENT VANCE: I trust this comes as no shock to you, Mr. Prime Minister.\n\n"
                        + "PRIME MINISTER REINHOLT: Thank you."),
                account("Bilateral transcript", "2031-03-11", "PRESIDENT VANCE: Well, Mr. Prime Minister, welcome to Washington.\n\n"
                        + "PRIME MINISTER REINHOLT: Thank you, Mr. President."));
        assertTrue(of(r, DiscrepancyType.QUOTE_WORDING).isEmpty(), of(r, DiscrepancyType.QUOTE_WORDING).toString());
    }

    @Test
    void aWrapUpFiledFromAnotherCityOfTheVisitJoinsTheVisit() {
        ComparisonReport r = Comparison.withDefaults().compare(List.of(
                account("Wire", "2024-05-16", "BEIJING, May 16 (Wire) - Vladimir Putin and Xi Jinping held talks in Beijing on the second day of a state visit about trade and energy."),
                account("Herald", "2024-05-16", "Vladimir Putin and Xi Jinping held talks in Beijing on Thursday about trade and energy during the state visit."),
                account("Wire", "2024-05-17", "HARBIN, May 17 (Wire) - Vladimir Putin ended his state visit to China in Harbin on Friday after talks with Xi Jinping on trade and energy.")));
        assertEquals(1, r.events().size(), r.toString());
        assertEquals(3, r.events().get(0).articles().size(), r.toString());
    }

    @Test
    void aTranslationThatHasTheLateLeaderAtTheSummitNamesTheWrongPerson() {
        ComparisonReport r = oneEvent(
                account("Wire", "2018-06-12", "President Donald Trump met Kim Jong Un on Sentosa island in Singapore on Tuesday. "
                        + "Trump and Kim Jong Un signed a short joint statement after the talks."),
                account("Herald", "2018-06-12", "Donald Trump and Kim Jong Un shook hands in Singapore on Tuesday and signed a joint statement."),
                account("Korean desk", "2018-06-12", "ko", "트럼프 대통령이 화요일 싱가포르에서 김정일 위원장을 만났다. "
                        + "트럼프 대통령과 김정일 위원장은 회담이 끝난 뒤 짧은 공동성명에 서명했다."));
        List<Discrepancy> entity = of(r, DiscrepancyType.ENTITY).stream().filter(d -> d.summary().contains("Kim Jong Il")).toList();
        assertEquals(1, entity.size(), of(r, DiscrepancyType.ENTITY).toString());
        assertEquals(dev.parallax.comparator.report.Severity.HIGH, entity.get(0).severity());
        String ev = evidence(entity);
        assertTrue(ev.contains("김정일") && ev.contains("Kim Jong Un"), ev);
    }

    @Test
    void aPastLeaderNamedAsHistoryOrAFormerPresidentInHisPresentOfficeIsNoWrongPerson() {
        ComparisonReport r = oneEvent(
                account("Wire", "2018-06-12", "President Donald Trump met Kim Jong Un, whose father Kim Jong Il led the country until 2011, "
                        + "in Singapore on Tuesday. Trump and Kim Jong Un, son of Kim Jong Il, signed a joint statement."),
                account("Herald", "2018-06-12", "Donald Trump and Kim Jong Un shook hands in Singapore on Tuesday and signed a joint statement."));
        assertTrue(of(r, DiscrepancyType.ENTITY).stream().noneMatch(d -> d.summary().contains("Kim Jong Il")), r.toString());
        ComparisonReport minsk = oneEvent(
                account("Wire", "2024-05-24", "Alexander Lukashenko met Dmitry Medvedev in Minsk on Friday before talks with Vladimir Putin. "
                        + "Lukashenko and Medvedev discussed the union state."),
                account("Herald", "2024-05-24", "Vladimir Putin and Alexander Lukashenko held talks in Minsk on Friday."));
        assertTrue(of(minsk, DiscrepancyType.ENTITY).stream().noneMatch(d -> d.summary().contains("Medvedev")), minsk.toString());
    }

    @Test
    void anAgreementRenderedAsAHopeIsAHedgeButTwoWordsOfOneDegreeAreNot() {
        ComparisonReport r = oneEvent(
                account("Wire", "2031-03-11", TALKS + "The two leaders agreed to open the energy charter to other countries next year."),
                account("Herald", "2031-03-11", TALKS + "The two leaders hope to open the energy charter to other countries next year."));
        List<Discrepancy> hedges = of(r, DiscrepancyType.HEDGE);
        assertEquals(1, hedges.size(), r.toString());
        assertTrue(hedges.get(0).summary().contains("'agreed'") && hedges.get(0).summary().contains("'hope'"), hedges.toString());
        ComparisonReport same = oneEvent(
                account("Wire", "2031-03-11", TALKS + "Reinholt said he expects many other countries to sign the energy charter."),
                account("Herald", "2031-03-11", TALKS + "Reinholt said he expected many other countries would sign the energy charter."));
        assertTrue(of(same, DiscrepancyType.HEDGE).isEmpty(), of(same, DiscrepancyType.HEDGE).toString());
    }

    @Test
    void sentencesInALanguageTheModelDoesNotReadAlignThoughTheirParticlesDiffer() {
        ComparisonReport r = oneEvent(
                account("Seoul desk", "2018-06-12", "ko", "트럼프 대통령과 김정은 위원장은 싱가포르에서 정상회담을 열었다. "
                        + "두 정상은 한반도의 완전한 비핵화를 위한 공동성명에 서명했다."),
                account("Busan desk", "2018-06-12", "ko", "김정은 위원장과 트럼프 대통령이 싱가포르에서 만났다. "
                        + "두 정상이 한반도 완전 비핵화에 관한 공동성명을 서명했다."));
        var groups = r.events().get(0).claimGroups();
        assertTrue(groups.stream().anyMatch(g -> g.members().size() == 2 && g.members().stream().allMatch(m -> m.text().contains("비핵화"))),
                groups.toString());
    }

    @Test
    void aKoreanWordMistypedByOneLetterIsASpellingFinding() {
        ComparisonReport r = oneEvent(
                account("Seoul desk", "2018-06-12", "ko", "트럼프 대통령과 김정은 위원장은 싱가포르에서 정상회담을 열었다. "
                        + "트럼프 대통령은 북한에 안전 보장을 약속했고 김정은 위원장은 비핵화 의지를 다시 밝혔다."),
                account("Busan desk", "2018-06-12", "ko", "트럼프 대통령과 김정은 위원장은 싱가포르에서 정상회담을 열었다. "
                        + "트럼프 대통령은 븍한에 안보 보장을 제공하고 김정은 위원장은 비핵화 약속을 재확인했다."));
        List<Discrepancy> spelling = of(r, DiscrepancyType.SPELLING);
        String ev = evidence(spelling);
        assertTrue(ev.contains("븍한에") && ev.contains("북한에"), spelling.toString());
        assertFalse(ev.contains("위원장"), ev);
    }

    @Test
    void aConditionOrAnAddedClauseOneRenderingDropsIsAnOmission() {
        ComparisonReport r = oneEvent(
                account("Wire", "2031-03-11", TALKS + "The partners will consult within 24 hours if either is attacked, Vance said. "
                        + "Dockworkers in Rotterdam staged a brief strike over pensions the same morning."),
                account("Herald", "2031-03-11", "Aurelio Vance hosted Tomas Reinholt at the White House on Tuesday, their first meeting since the election. "
                        + "The partners will consult if either is attacked, Vance said. Reinholt praised the new grain corridor."));
        String ev = evidence(of(r, DiscrepancyType.OMISSION));
        assertTrue(ev.contains("within 24 hours") && ev.contains("The partners will consult if either is attacked"), r.events().toString());
        ComparisonReport budget = oneEvent(
                account("Transcript", "2031-03-11", TALKS + "We will strengthen our forces, including through new radar stations and by raising the budget for coastal defence. "
                        + "I thank the President for his hospitality."),
                account("Summary", "2031-03-11", "The Prime Minister arrived in Washington on Tuesday for a two-day official visit. "
                        + "We will strengthen our forces, including through new radar stations. The leaders later toured a shipyard."));
        assertTrue(evidence(of(budget, DiscrepancyType.OMISSION)).contains("by raising the budget for coastal defence"), budget.events().toString());
    }

    @Test
    void whoSaidItAnAppositionOrAnExcerptsCutIsNoDroppedClause() {
        ComparisonReport r = oneEvent(
                account("Wire", "2031-03-11", TALKS + "The partners will consult if either is attacked, Vance told reporters after the 90-minute talks. "
                        + "Reinholt, his Dutch counterpart since 2029, thanked him. Dockworkers in Rotterdam staged a brief strike the same morning. "
                        + "The two leaders also agreed to open a joint office in Rotterdam next year with 40 staff."),
                account("Herald", "2031-03-11", "Aurelio Vance hosted Tomas Reinholt at the White House on Tuesday, their first meeting since the election. "
                        + "The partners will consult if either is attacked. Reinholt thanked him. Grain prices rose in Chicago. "
                        + "The two leaders also agreed to open a joint office"));
        List<Discrepancy> clauses = of(r, DiscrepancyType.OMISSION).stream().filter(d -> d.summary().contains("same statement")).toList();
        assertTrue(clauses.isEmpty(), clauses.toString());
        ComparisonReport moved = oneEvent(
                account("Transcript", "2031-03-11", TALKS + "The alliance will keep standing by the islands. Our commitment will never waver. "
                        + "I thank the President for his hospitality."),
                account("Readout", "2031-03-11", "Aurelio Vance hosted Tomas Reinholt at the White House on Tuesday, their first meeting since the election. "
                        + "The alliance will keep standing by the islands, and our commitment will never waver."));
        List<Discrepancy> movedClauses = of(moved, DiscrepancyType.OMISSION).stream().filter(d -> d.summary().contains("same statement")).toList();
        assertTrue(movedClauses.isEmpty(), movedClauses.toString());
        ComparisonReport commented = oneEvent(
                account("Wire", "2031-03-11", TALKS + "The alliance will keep standing by the islands, in a line that will reassure no one in the north. "
                        + "Dockworkers in Rotterdam staged a brief strike the same morning."),
                account("Herald", "2031-03-11", "Aurelio Vance hosted Tomas Reinholt at the White House on Tuesday, their first meeting since the election. "
                        + "The alliance will keep standing by the islands. Grain prices rose in Chicago."));
        List<Discrepancy> commentary = of(commented, DiscrepancyType.OMISSION).stream().filter(d -> d.summary().contains("same statement")).toList();
        assertTrue(commentary.isEmpty(), commentary.toString());
    }

    @Test
    void aWarOneAccountCallsACrisisIsNamedDifferently() {
        ComparisonReport r = oneEvent(
                account("Readout", "2024-05-16", "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday. "
                        + "The two heads of state exchanged views on the Ukraine crisis and on trade."),
                account("Wire", "2024-05-16", "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday. "
                        + "Russia invaded Ukraine in 2022, and the war has cost tens of thousands of lives."));
        List<Discrepancy> named = of(r, DiscrepancyType.ENTITY).stream().filter(d -> d.summary().contains("is called")).toList();
        assertEquals(1, named.size(), r.events().toString());
        assertTrue(named.get(0).summary().contains("Ukraine") && evidence(named).contains("Ukraine crisis")
                && evidence(named).contains("invaded Ukraine"), named.toString());
        ComparisonReport same = oneEvent(
                account("Readout", "2024-05-16", "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday. "
                        + "They discussed the conflict in Ukraine, and Xi said the war in Ukraine must not spread."),
                account("Wire", "2024-05-16", "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday. "
                        + "The war in Ukraine and a drone attack on Ukraine overnight were on the agenda."));
        assertTrue(of(same, DiscrepancyType.ENTITY).stream().noneMatch(d -> d.summary().contains("is called")), same.events().toString());
        ComparisonReport loose = oneEvent(
                account("Readout", "2024-05-16", "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday. "
                        + "The two heads of state exchanged views on the situation in Ukraine and on trade."),
                account("Wire", "2024-05-16", "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday. "
                        + "Russia invaded Ukraine in 2022 and has since faced Western sanctions."));
        assertTrue(of(loose, DiscrepancyType.ENTITY).stream().noneMatch(d -> d.summary().contains("is called")), loose.events().toString());
        ComparisonReport quoted = oneEvent(
                account("Readout", "2024-05-16", "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday. "
                        + "The two heads of state exchanged views on the Ukraine crisis and on trade."),
                account("Wire", "2024-05-16", "Xi Jinping and Vladimir Putin held talks in Beijing on Thursday. "
                        + "\"The war in Ukraine must end soon,\" Xi told Putin, according to the Chinese side."));
        assertTrue(of(quoted, DiscrepancyType.ENTITY).stream().noneMatch(d -> d.summary().contains("is called")), quoted.events().toString());
    }

    @Test
    void aWarLaidAtALeadersDoorInOneAccountAndAPeoplesInAnotherIsNamedDifferently() {
        ComparisonReport r = oneEvent(
                account("Readout", "2031-03-11", TALKS + "The leaders pledged to keep backing Ukraine as it resists Putin's unlawful invasion."),
                account("Transcript", "2031-03-11", "PRESIDENT VANCE: Welcome, Mr. Prime Minister. Together we are helping Ukraine "
                        + "to resist a ruthless invasion by the Russians, and we will keep at it."));
        List<Discrepancy> whose = of(r, DiscrepancyType.ENTITY).stream().filter(d -> d.summary().startsWith("whose war")).toList();
        assertEquals(1, whose.size(), r.events().toString());
        assertTrue(evidence(whose).contains("Putin's unlawful invasion") && evidence(whose).contains("invasion by the Russians"), whose.toString());
        ComparisonReport both = oneEvent(
                account("Readout", "2031-03-11", TALKS + "The leaders pledged to keep backing Ukraine as it resists Putin's unlawful invasion, "
                        + "which they also called Russia's war of choice."),
                account("Transcript", "2031-03-11", "PRESIDENT VANCE: Welcome, Mr. Prime Minister. Together we are helping Ukraine "
                        + "to resist a ruthless invasion by the Russians, and we will keep at it."));
        assertTrue(of(both, DiscrepancyType.ENTITY).stream().noneMatch(d -> d.summary().startsWith("whose war")), both.events().toString());
    }

    @Test
    void aNegationAgainstAnAssertionOfAnotherWordIsOneThingSaidTwoWays() {
        ComparisonReport r = oneEvent(
                account("Wire", "2031-03-11", TALKS + "Chancellor Ilse Brandt greeted the two leaders at the door but did not join their talks."),
                account("Herald", "2031-03-11", TALKS + "Chancellor Ilse Brandt greeted the two leaders at the door and left them to talk alone."));
        assertTrue(of(r, DiscrepancyType.HEDGE).isEmpty(), of(r, DiscrepancyType.HEDGE).toString());
        ComparisonReport denied = oneEvent(
                account("Wire", "2031-03-11", TALKS + "Chancellor Ilse Brandt has signed the grain accord, her office said."),
                account("Herald", "2031-03-11", TALKS + "Chancellor Ilse Brandt has not signed the grain accord, her office said."));
        assertEquals(1, of(denied, DiscrepancyType.HEDGE).size(), denied.events().toString());
    }

    @Test
    void oneDayWrittenTwoWaysInAnUndatedAccountIsOneDay() {
        ComparisonReport r = oneEvent(
                account("Wire", "2022-12-25", "Vladimir Putin and Alexander Lukashenko held talks in Minsk on December 19 about gas prices and air defence."),
                account("Weekly", null, "Vladimir Putin and Alexander Lukashenko held talks in Minsk on Dec. 19 about gas prices and air defence."));
        assertTrue(of(r, DiscrepancyType.DATE).isEmpty(), of(r, DiscrepancyType.DATE).toString());
    }

    @Test
    void aListThatLostItsAndIsNoFusionAndAnAdjectiveIsNoSpellingOfItsCountry() {
        ComparisonReport r = oneEvent(
                account("Wire", "2022-12-27", TALKS + "Leaders of Armenia, Turkmenistan, and Uzbekistan sent their greetings. Germany's chancellor called too."),
                account("Herald", "2022-12-27", TALKS + "Leaders of Armenia, Turkmenistan, Uzbekistan sent their greetings. The German chancellor called too."));
        assertTrue(of(r, DiscrepancyType.ENTITY).isEmpty(), of(r, DiscrepancyType.ENTITY).toString());
        assertTrue(of(r, DiscrepancyType.SPELLING).stream().noneMatch(d -> d.summary().contains("German")), of(r, DiscrepancyType.SPELLING).toString());
    }

    @Test
    void aNameDeclinedByAPageThatAlsoWritesItPlainIsNoNameForm() {
        ComparisonReport r = oneEvent(
                account("Vechernyaya", "2022-12-27", "ru", "Владимир Путин встретился с Александром Лукашенко в Санкт-Петербурге. "
                        + "Путин поблагодарил Александра Лукашенко за приезд. Александр Лукашенко ответил, что рад встрече."),
                account("Obshchestvennaya", "2022-12-27", "ru", "Владимир Путин и Александр Лукашенко провели встречу в Санкт-Петербурге. "
                        + "Александр Лукашенко назвал переговоры полезными."));
        assertTrue(of(r, DiscrepancyType.SPELLING).stream().noneMatch(d -> d.summary().contains("Александра")), of(r, DiscrepancyType.SPELLING).toString());
    }

    @Test
    void theOneToldIsNoSpeaker() {
        ComparisonReport r = oneEvent(
                account("Wire", "2021-09-29", "Recep Tayyip Erdogan met Vladimir Putin in Sochi on Wednesday. "
                        + "\u201cCalm on the border depends on what our two countries do,\u201d Erdogan said to Putin."),
                account("Herald", "2021-09-29", "Recep Tayyip Erdogan met Vladimir Putin in Sochi on Wednesday for three hours. "
                        + "\u201cCalm on the border depends on what our two countries do,\u201d the visiting leader told Mr Putin."));
        assertTrue(of(r, DiscrepancyType.ATTRIBUTION).isEmpty(), of(r, DiscrepancyType.ATTRIBUTION).toString());
    }

    @Test
    void theOneCongratulatedIsNoSpeaker() {
        ComparisonReport r = oneEvent(
                account("Wire", "2025-10-17", "Volodymyr Zelensky met Donald Trump at the White House on Friday. "
                        + "\u201cYou now have the strength to stop this war,\u201d Zelensky said after praising the truce."),
                account("Herald", "2025-10-17", "Volodymyr Zelensky met Donald Trump at the White House on Friday for two hours. "
                        + "Zelensky congratulated Trump on the truce and said, \u201cYou now have the strength to stop this war.\u201d"));
        assertTrue(of(r, DiscrepancyType.ATTRIBUTION).isEmpty(), of(r, DiscrepancyType.ATTRIBUTION).toString());
    }

    @Test
    void aBylineInCapitalsIsNoTypoOfACountry() {
        ComparisonReport r = oneEvent(
                account("Wire", "2022-07-19", "Vladimir Putin met Recep Tayyip Erdogan in Tehran on Tuesday at a summit with Iran on Syria."),
                account("Herald", "2022-07-19", "IRINA KOVAL\n\nVladimir Putin met Recep Tayyip Erdogan in Tehran on Tuesday, their first talks in Iran this year."));
        assertTrue(of(r, DiscrepancyType.SPELLING).stream().noneMatch(d -> d.summary().contains("IRINA")), of(r, DiscrepancyType.SPELLING).toString());
    }

    @Test
    void aMinisterAndAMinistryAreTwoWordsNotTwoSpellings() {
        ComparisonReport r = oneEvent(
                account("Wire", "2021-05-28", "Vladimir Putin met Alexander Lukashenko in Sochi on Friday. The Foreign Minister joined them later."),
                account("Herald", "2021-05-28", "Vladimir Putin met Alexander Lukashenko in Sochi on Friday. The Foreign Ministry said the talks went well."));
        assertTrue(of(r, DiscrepancyType.SPELLING).stream().noneMatch(d -> d.summary().contains("Minist")), of(r, DiscrepancyType.SPELLING).toString());
    }

    @Test
    void anUndatedPreviewThatTellsTheMeetingAsStillToComeIsNoHedge() {
        ComparisonReport r = oneEvent(
                account("Preview", null, "Vladimir Putin will hold talks with Alexander Lukashenko in Minsk on Friday. "
                        + "The two leaders may sign a treaty on security guarantees at the end of the visit."),
                account("Wire", "2024-12-06", "Vladimir Putin and Alexander Lukashenko held talks in Minsk on Friday. "
                        + "The two leaders signed a treaty on security guarantees at the end of the visit."));
        assertTrue(of(r, DiscrepancyType.HEDGE).isEmpty(), of(r, DiscrepancyType.HEDGE).toString());
    }
}
