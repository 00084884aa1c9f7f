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
     * The valid names closest to an unknown one (at most three, nearest first), or none: a name
     * within a third of its length in edits (at least two), or one that contains it or is contained
     * in it, ignoring case.
     */
    public static List<String> closest(String unknown, Collection<String> valid) {
        if (unknown == null) {
            return List.of();
        }
        String u = unknown.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, u.length() / 3);
        List<String[]> scored = new ArrayList<>();
        for (String name : new TreeSet<>(valid)) {
            String v = name.toLowerCase(Locale.ROOT);
            int d = distance(u, v);
            boolean near = d <= limit || u.length() >= 4 && (v.contains(u) || u.contains(v) && v.length() >= 4);
            if (near) {
                scored.add(new String[] {String.format(Locale.ROOT, "%05d", d), name});
            }
        }
        scored.sort((a, b) -> a[0].compareTo(b[0]) != 0 ? a[0].compareTo(b[0]) : a[1].compareTo(b[1]));
        return scored.stream().limit(3).map(s -> s[1]).toList();
    }

    /**
     * The message tail for an unknown name: {@code "; did you mean x? Valid metrics: a, b"} with the
     * closest names, or {@code "; metrics: a, b"} when none is close; {@code kind} is the plural
     * ("metrics").
     */
    public static String suggest(String unknown, Collection<String> valid, String kind) {
        List<String> close = closest(unknown, valid);
        String listed = valid.isEmpty() ? "no " + kind + " are available" : kind + ": " + String.join(", ", new TreeSet<>(valid));
        return close.isEmpty() ? "; " + listed : "; did you mean " + String.join(" or ", close) + "? Valid " + listed;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
