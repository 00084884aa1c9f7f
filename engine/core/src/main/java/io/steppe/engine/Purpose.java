package io.steppe.engine;

/**
 * What a policy is for, in terms of the government's objectives. A policy whose scenario entry says
 * {@code control: doctrine} is switched on while the government's doctrine seeks its purpose.
 */
public enum Purpose {
    /** No shortfalls and blackouts for households and industry. */
    ENERGY_SECURITY,
    /** Budget revenue from mining (fees, taxes). */
    REVENUE,
    /** Keeping investors and their jobs. */
    INVESTMENT,
    /** Public support and order. */
    LEGITIMACY;

    /** The lowerCamelCase name used in documentation and events. */
    public String label() {
        String[] parts = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
