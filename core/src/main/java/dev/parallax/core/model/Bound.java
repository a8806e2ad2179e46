package dev.parallax.core.model;

/**
 * How a stated number bounds the true one: "2 hours 45 minutes" is EXACT, "about three hours" ABOUT,
 * "over three hours" and "70-odd years" AT_LEAST, "nearly four and a half hours" AT_MOST. Lets a comparison
 * tell a conflict ("2 h 45 min" against "over three hours") from a rewording ("nearly 4 1/2" against
 * "nearly four-and-a-half").
 */
public enum Bound {
    EXACT, ABOUT, AT_LEAST, AT_MOST;

    /** True for every bound but EXACT: the number is not given as exact. */
    public boolean approximate() {
        return this != EXACT;
    }
}
