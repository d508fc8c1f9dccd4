package io.alephmonitor.model;

import java.util.Locale;

/**
 * The look at the credit balance before a batch starts: a warning when rows × the estimated cost of one looks
 * more than the balance, or when either is unknown. It never blocks: kie.ai's prices change and only kie.ai
 * knows the real cost.
 */
public final class BatchCreditCheck {

    private BatchCreditCheck() {
    }

    /**
     * @param balance    the account's credits, or null when they could not be read
     * @param rows       how many tasks the batch creates
     * @param costPerRow the estimated credits of one task, or null when unknown
     * @return a sentence to show before Start, or null when the balance looks enough
     */
    public static String warning(Double balance, int rows, Double costPerRow) {
        if (balance == null) {
            return "The credit balance could not be read, so it is unknown whether " + rows
                    + " tasks are covered — check it on kie.ai before starting.";
        }
        if (costPerRow == null) {
            return "The cost of one task of this kind is unknown here; you have " + number(balance) + " credits for "
                    + rows + " tasks — check kie.ai's pricing before starting.";
        }
        double needed = rows * costPerRow;
        if (needed > balance) {
            return rows + " tasks at about " + number(costPerRow) + " credits each need about " + number(needed)
                    + " credits, more than your " + number(balance) + " — the last ones may be refused (not enough credits).";
        }
        return null;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
