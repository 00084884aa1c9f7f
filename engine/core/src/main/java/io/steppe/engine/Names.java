package io.steppe.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The rules for names (metrics, levers, events, KPIs, types) and the "did you mean" of every
 * message about an unknown one.
 */
public final class Names {
    private Names() {
    }

    /** Whether a name is a plain lowerCamelCase identifier (a safe CSV header and trigger operand). */
    public static boolean isIdentifier(String name) {
        return name != null && name.matches("[a-z][A-Za-z0-9]*");
    }

    /** Throws unless the name is a lowerCamelCase identifier; {@code what} names its kind in the message. */
    public static String requireIdentifier(String name, String what) {
        if (!isIdentifier(name)) {
            throw new IllegalArgumentException(what + " names are lowerCamelCase identifiers: " + name);
        }
        return name;
    }

    /**
     * The valid names closest to an unknown one (at most three, the nearest only), or none: a name
     * within a third of its length in edits (at least two), or one that contains it or is contained
     * in it, ignoring case.
     */
    public static List<String> closest(String unknown, Collection<String> valid) {
        if (unknown == null) {
            return List.of();
        }
        String u = unknown.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, u.length() / 3);
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String name : new TreeSet<>(valid)) {
            String v = name.toLowerCase(Locale.ROOT);
            int d = distance(u, v);
            boolean contained = u.length() >= 4 && (v.contains(u) || u.contains(v) && v.length() >= 4);
            if (d > limit && !contained) {
                continue;
            }
            int score = contained ? Math.min(d, limit) : d;
            if (score < best) {
                best = score;
                nearest.clear();
            }
            if (score == best) {
                nearest.add(name);
            }
        }
        return nearest.stream().limit(3).toList();
    }

    /**
     * The message tail for an unknown name: {@code "; did you mean x? Valid metrics: a, b"} with the
     * closest names, or {@code "; valid metrics: a, b"} when none is close; {@code kind} is the
     * plural ("metrics").
     */
    public static String suggest(String unknown, Collection<String> valid, String kind) {
        List<String> close = closest(unknown, valid);
        String listed = valid.isEmpty() ? "no " + kind + " are available" : "valid " + kind + ": " + String.join(", ", new TreeSet<>(valid));
        return close.isEmpty() ? "; " + listed : "; did you mean " + String.join(" or ", close) + "? " + Character.toUpperCase(listed.charAt(0))
                + listed.substring(1);
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
