package io.steppe.campaigns.batch;

/** CSV fields as RFC 4180 has them: quoted when they hold a comma, a quote or a line break. */
final class Csv {
    private Csv() {
    }

    /** The field as written. */
    static String field(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
