package dev.parallax.comparator.detect;

import java.util.List;

/** One kind of discrepancy: looks at an event's aligned claims and says what differs. Never throws for odd input. */
public interface DiscrepancyDetector {
    List<Finding> detect(EventContext context);
}
