package io.steppe.campaigns.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A report page read back the way a browser sees it (jsoup), with its chart data parsed, for tests. */
public final class ReportHtml {
    private final Document doc;
    private final JsonNode data;

    private ReportHtml(String html) throws IOException {
        doc = Jsoup.parse(html);
        Element json = doc.selectFirst("script#report-data");
        if (json == null) {
            throw new IllegalStateException("no script#report-data in the page");
        }
        data = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(json.data());
    }

    /** Reads a page's HTML. */
    public static ReportHtml of(String html) throws IOException {
        return new ReportHtml(html);
    }

    /** Reads a page from a file. */
    public static ReportHtml read(Path file) throws IOException {
        return new ReportHtml(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The parsed document. */
    public Document doc() {
        return doc;
    }

    /** Every src or href attribute and CSS url(...) or @import in the page. */
    public List<String> references() {
        List<String> refs = new ArrayList<>();
        for (Element e : doc.select("[src], [href]")) {
            refs.add(e.hasAttr("src") ? e.attr("src") : e.attr("href"));
        }
        for (Element style : doc.select("style")) {
            var m = java.util.regex.Pattern.compile("url\\(|@import").matcher(style.data());
            while (m.find()) {
                refs.add(style.data().substring(m.start(), Math.min(style.data().length(), m.start() + 60)));
            }
        }
        return refs;
    }

    /** The data of the chart with this caption. */
    public JsonNode chart(String caption) {
        for (Element fig : doc.select("figure.chart")) {
            if (fig.selectFirst("figcaption").text().equals(caption)) {
                return data.get(fig.id());
            }
        }
        throw new AssertionError("no chart captioned '" + caption + "' among " + captions());
    }

    /** The captions of the charts, in order. */
    public List<String> captions() {
        return doc.select("figure.chart > figcaption").eachText();
    }

    /** The values of a chart's series of this name. */
    public JsonNode series(String caption, String name) {
        for (JsonNode s : chart(caption).get("series")) {
            if (s.get("name").asText().equals(name)) {
                return s.get("values");
            }
        }
        throw new AssertionError("chart '" + caption + "' has no series " + name);
    }

    /** The names of a chart's series. */
    public List<String> seriesNames(String caption) {
        List<String> names = new ArrayList<>();
        chart(caption).get("series").forEach(s -> names.add(s.get("name").asText()));
        return names;
    }

    /** The texts of a table's rows (cells joined by " | "), for the table after the heading with this text. */
    public List<String> rowsAfter(String heading) {
        Element h = doc.select("h2").stream().filter(e -> e.text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no heading " + heading));
        Element e = h.nextElementSibling();
        while (e != null && !e.tagName().equals("table")) {
            e = e.nextElementSibling();
        }
        if (e == null) {
            throw new AssertionError("no table after " + heading);
        }
        List<String> rows = new ArrayList<>();
        for (Element tr : e.select("tbody tr")) {
            rows.add(String.join(" | ", tr.select("td").eachText()));
        }
        return rows;
    }
}
