package io.steppe.campaigns.validate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads a fact's bound: a number, or a date as its epoch day. */
public final class FactBounds {
    private FactBounds() {
    }

    /** Whether the bound is a date (YYYY-MM-DD). */
    public static boolean isDate(String text) {
        if (text == null) {
            return false;
        }
        try {
            LocalDate.parse(text.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The bound as a number (a date as its epoch day), or null if it is neither. */
    public static Double parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            try {
                return (double) LocalDate.parse(text.trim()).toEpochDay();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
