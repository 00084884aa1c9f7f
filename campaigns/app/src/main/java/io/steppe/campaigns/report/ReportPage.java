package io.steppe.campaigns.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.steppe.engine.run.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTML report page: a title, then headings, paragraphs, tables and charts in the order they
 * are added. {@link #html()} gives one self-contained document: the charting library (uPlot, read
 * from its WebJar on the classpath), the page's own script and styles, and every chart's data as
 * one JSON block are inlined, so the file opens offline and fetches nothing.
 *
 * <pre>{@code
 * ReportPage.titled("kazakhstan-2017, seed 1")
 *         .text("2017-01-01 to 2023-12-31")
 *         .section("Key series")
 *         .add(ReportTimeChart.daily("Hash-rate share", start, days).line("kzHashShare", "1", share))
 *         .add(ReportTable.of("KPI", "value").row("blackoutDays", "35"))
 *         .write(dir.resolve("report.html"));
 * }</pre>
 */
public final class ReportPage {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?");
    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");
    private static final Pattern STYLE_END = Pattern.compile("(?i)</(style)");

    private record Heading(String text) {
    }

    private record Text(String text) {
    }

    private final String title;
    private final List<Object> blocks = new ArrayList<>();

    private ReportPage(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** An empty page with this title (also the first heading). */
    public static ReportPage titled(String title) {
        return new ReportPage(title);
    }

    /** Starts a section with this heading. */
    public ReportPage section(String heading) {
        blocks.add(new Heading(Objects.requireNonNull(heading, "heading")));
        return this;
    }

    /** A paragraph of plain text. */
    public ReportPage text(String paragraph) {
        blocks.add(new Text(Objects.requireNonNull(paragraph, "paragraph")));
        return this;
    }

    /** A table. */
    public ReportPage add(ReportTable table) {
        blocks.add(Objects.requireNonNull(table, "table"));
        return this;
    }

    /** A chart over dates. */
    public ReportPage add(ReportTimeChart chart) {
        blocks.add(Objects.requireNonNull(chart, "chart"));
        return this;
    }

    /** A chart of one value per run (set side by side with the next ones). */
    public ReportPage add(ReportSeedChart chart) {
        blocks.add(Objects.requireNonNull(chart, "chart"));
        return this;
    }

    /** The page as one self-contained HTML document. */
    public String html() {
        Assets assets = Assets.INSTANCE;
        StringBuilder body = new StringBuilder(4096);
        ObjectNode data = ReportJson.NODES.objectNode();
        body.append("<h1>").append(escape(title)).append("</h1>\n");
        boolean inGrid = false;
        for (Object block : blocks) {
            boolean seed = block instanceof ReportSeedChart;
            if (seed != inGrid) {
                body.append(seed ? "<div class=\"grid\">\n" : "</div>\n");
                inGrid = seed;
            }
            if (block instanceof Heading h) {
                body.append("<h2>").append(escape(h.text())).append("</h2>\n");
            } else if (block instanceof Text t) {
                body.append("<p>").append(escape(t.text())).append("</p>\n");
            } else if (block instanceof ReportTable t) {
                table(body, t);
            } else if (block instanceof ReportTimeChart c) {
                figure(body, data, "time", c.title(), c.note(), c.spec());
            } else if (block instanceof ReportSeedChart c) {
                figure(body, data, "seeds", c.title(), c.note(), c.spec());
            }
        }
        if (inGrid) {
            body.append("</div>\n");
        }
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Steppe report with uPlot " + escape(assets.version) + "\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>\n" + style(assets.libraryCss) + "</style>\n"
                + "<style>\n" + style(assets.pageCss) + "</style>\n"
                + "</head>\n<body>\n<main>\n" + body
                + "<noscript><p>The charts need JavaScript; the tables do not.</p></noscript>\n"
                + "</main>\n"
                + "<script type=\"application/json\" id=\"report-data\">" + ReportJson.write(data) + "</script>\n"
                + "<script id=\"report-library\">\n" + script(assets.libraryJs) + "\n</script>\n"
                + "<script id=\"report-script\">\n" + script(assets.pageJs) + "\n</script>\n"
                + "</body>\n</html>\n";
    }

    /** Writes the page to a file, replacing it atomically (a temporary sibling moved into place). */
    public Path write(Path file) throws IOException {
        return AtomicFiles.writeString(file, html());
    }

    private static void figure(StringBuilder body, ObjectNode data, String kind, String title, String note, ObjectNode spec) {
        String id = "chart-" + (data.size() + 1);
        data.set(id, spec);
        body.append("<figure class=\"chart ").append(kind).append("\" id=\"").append(id).append("\">\n<figcaption>")
                .append(escape(title)).append("</figcaption>\n<div class=\"plot\"></div>\n");
        if (note != null) {
            body.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
        }
        body.append("</figure>\n");
    }

    private static void table(StringBuilder body, ReportTable table) {
        body.append("<table>\n<thead><tr>");
        for (String column : table.columns()) {
            body.append("<th>").append(escape(column)).append("</th>");
        }
        body.append("</tr></thead>\n<tbody>\n");
        for (ReportTable.Row row : table.rows()) {
            body.append(switch (row.tone()) {
                case GOOD -> "<tr class=\"good\">";
                case BAD -> "<tr class=\"bad\">";
                case PLAIN -> "<tr>";
            });
            for (String cell : row.cells()) {
                body.append(NUMBER.matcher(cell).matches() ? "<td class=\"num\">" : "<td>").append(escape(cell)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
    }

    /** Text with the HTML special characters escaped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Script text that cannot end its element early ({@code </script} becomes {@code <\/script}, {@code <!--} becomes {@code <\!--}). */
    static String script(String js) {
        return SCRIPT_END.matcher(js).replaceAll(Matcher.quoteReplacement("<\\/") + "$1").replace("<!--", "<\\!--");
    }

    private static String style(String css) {
        return STYLE_END.matcher(css).replaceAll(Matcher.quoteReplacement("<\\/") + "$1");
    }

    /** The inlined library (with its licence) and the page's own script and styles, read once from the classpath. */
    private static final class Assets {
        static final Assets INSTANCE = new Assets();
        final String version;
        final String libraryJs;
        final String libraryCss;
        final String pageJs;
        final String pageCss;

        private Assets() {
            Properties props = new Properties();
            try (InputStream in = resource("steppe/report.properties")) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            version = props.getProperty("uplot.version");
            String dist = "META-INF/resources/webjars/uplot/" + version + "/dist/";
            String license = text("META-INF/resources/webjars/uplot/" + version + "/LICENSE").replace("*/", "* /");
            libraryJs = "/* uPlot " + version + "\n\n" + license + "*/\n" + text(dist + "uPlot.iife.min.js");
            libraryCss = text(dist + "uPlot.min.css");
            pageJs = text("io/steppe/campaigns/report/report.js");
            pageCss = text("io/steppe/campaigns/report/report.css");
        }

        private static String text(String name) {
            try (InputStream in = resource(name)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException("report asset missing from the classpath: " + name);
            }
            return in;
        }
    }
}
