package dev.parallax.comparator.detect;

import java.util.List;

/** The one place detectors are registered; the order here does not matter, the ranker orders findings. */
public final class Detectors {
    private Detectors() {}

    public static List<DiscrepancyDetector> standard() {
        return List.of(
                new NumberDetector(),
                new EntityDetector(),
                new NamedThingDetector(),
                new ScopeDetector(),
                new SharedOrOwnDetector(),
                new BodyNameDetector(),
                new OfficeTitleDetector(),
                new ContestedOfficeDetector(),
                new OfficeHolderDetector(),
                new AddressedOfficeDetector(),
                new ConflictNameDetector(),
                new DateDetector(),
                new TimeZoneDayDetector(),
                new PlaceDetector(),
                new AttributionDetector(),
                new ReportedSpeechAttributionDetector(),
                new QuoteWordingDetector(),
                new OmissionDetector(),
                new TopicOmissionDetector(),
                new ClauseOmissionDetector(),
                new RepeatedFactOmissionDetector(),
                new ReducedRemarksDetector(),
                new HedgeDetector(),
                new SpellingDetector());
    }
}
