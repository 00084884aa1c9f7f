package io.steppe.engine;

/**
 * One thing wrong with a scenario.
 *
 * @param file the file it was read from (or {@code --set} for an override), may be null
 * @param line 1-based line in the file, or 0 when unknown
 * @param path field path such as {@code policies[2].rateKztPerKwh}; empty for the whole document
 * @param message what is wrong and what is allowed
 */
public record Problem(String file, int line, String path, String message) {
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
            if (line > 0) {
                b.append(':').append(line);
            }
            b.append(": ");
        }
        if (path != null && !path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message).toString();
    }
}
