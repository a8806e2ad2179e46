package dev.parallax.web.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How an outlet's quotations stand against the official records of the events it covered.
 *
 * @param events           events with an account of the outlet
 * @param eventsWithRecord of those, the ones with an official record its quotations were checked against
 * @param quotes           its quotations checked, all verdicts together
 * @param byEvent          the same counts per event with a record, latest event first
 */
@Schema(example = """
        {"outlet": 3, "name": "Northwire", "events": 5, "eventsWithRecord": 1, "quotes": 4,
         "verbatim": 1, "faithful": 1, "altered": 1, "notInRecord": 1,
         "byEvent": [{"event": "e-4c1d2b7a9e0f1a2b", "label": "Putin and Lukashenko in Minsk, 2022-12-19",
                      "date": "2022-12-19", "verbatim": 1, "faithful": 1, "altered": 1, "notInRecord": 1}]}""")
public record OutletFidelity(@Schema(required = true) long outlet, @Schema(required = true) String name,
                             @Schema(required = true) long events, @Schema(required = true) long eventsWithRecord,
                             @Schema(required = true) long quotes, @Schema(required = true) long verbatim,
                             @Schema(required = true) long faithful, @Schema(required = true) long altered,
                             @Schema(required = true) long notInRecord,
                             @Schema(required = true) List<EventFidelity> byEvent) {

    /** An outlet's quotations in one event, by verdict. */
    public record EventFidelity(@Schema(required = true) String event, @Schema(required = true) String label,
                                @Schema(nullable = true) String date, @Schema(required = true) long verbatim,
                                @Schema(required = true) long faithful, @Schema(required = true) long altered,
                                @Schema(required = true) long notInRecord) {}
}
