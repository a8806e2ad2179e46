package dev.parallax.db;

/**
 * What a discrepancy listing keeps; null means "any". {@code orphaned}: null lists both live
 * discrepancies and orphaned reviews, true only reviews whose discrepancy is gone, false only live ones.
 */
public record DiscrepancyFilter(String event, String type, String severity, String status, String outlet,
                                String assignee, Boolean orphaned) {

    public static DiscrepancyFilter ofEvent(String event) {
        return new DiscrepancyFilter(event, null, null, null, null, null, false);
    }

    public DiscrepancyFilter withStatus(String wanted) {
        return new DiscrepancyFilter(event, type, severity, wanted, outlet, assignee, orphaned);
    }

    public DiscrepancyFilter withOrphaned(Boolean wanted) {
        return new DiscrepancyFilter(event, type, severity, status, outlet, assignee, wanted);
    }
}
