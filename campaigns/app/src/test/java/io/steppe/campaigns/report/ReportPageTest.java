package io.steppe.campaigns.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPageTest {
    private static final LocalDate START = LocalDate.of(2022, 1, 1);

    @TempDir
    Path tmp;

    private static ReportPage page() {
        return ReportPage.titled("A page")
                .text("Some words.")
                .section("Charts")
                .add(ReportTimeChart.daily("Load", START, 4)
                        .line("loadMw", "MW", new double[] {1.5, Double.NaN, 0.1 + 0.2, 1e9})
                        .line("share", "1", new double[] {0, 0.25, 0.5, 1})
                        .marker(START.plusDays(2), "policyOn", "fee on")
                        .marker(START.minusDays(1), "policyOn", "before the chart")
                        .window(START.plusDays(1), START.plusDays(2), "MW", 1.0, null, "T1"))
                .add(ReportSeedChart.perRun("Peak", new double[] {3, Double.NaN, 5}).unit("MW").accepted(4.0, 6.0))
                .add(ReportTable.of("name", "value").row("a", "1,234.5").row(ReportTable.Tone.BAD, "b", "x"));
    }

    @Test
    void thePageOpensOfflineWithTheChartLibraryInlined() throws IOException {
        ReportHtml html = ReportHtml.of(page().html());
        assertThat(html.references()).isEmpty();
        assertThat(html.doc().select("script").eachAttr("src")).isEmpty();
        assertThat(html.doc().select("link")).isEmpty();
        String library = html.doc().selectFirst("script#report-library").data();
        assertThat(library).contains("var uPlot=").contains("The MIT License").hasSizeGreaterThan(40_000);
        assertThat(html.doc().selectFirst("script#report-script").data()).contains("new uPlot(");
        assertThat(html.doc().select("style").stream().map(org.jsoup.nodes.Element::data)).anyMatch(css -> css.contains(".uplot"));
    }

    @Test
    void chartDataHoldsEachSeriesWithOneValuePerDayAndGapsAsNull() throws IOException {
        ReportHtml html = ReportHtml.of(page().html());
        JsonNode load = html.series("Load", "loadMw");
        assertThat(load).hasSize(4);
        assertThat(load.get(0).decimalValue()).isEqualByComparingTo("1.5");
        assertThat(load.get(1).isNull()).isTrue();
        assertThat(load.get(2).asText()).isEqualTo("0.3");
        assertThat(load.get(3).asText()).isEqualTo("1000000000");
        JsonNode chart = html.chart("Load");
        assertThat(chart.get("start").asLong()).isEqualTo(START.toEpochDay());
        assertThat(chart.get("days").asInt()).isEqualTo(4);
        assertThat(chart.get("series").findValuesAsText("unit")).containsExactly("MW", "1");
    }

    @Test
    void markersOutsideTheChartAreLeftOutAndWindowsKeepOpenBoundsOpen() throws IOException {
        JsonNode chart = ReportHtml.of(page().html()).chart("Load");
        assertThat(chart.get("markers")).hasSize(1);
        assertThat(chart.get("markers").get(0).get("day").asLong()).isEqualTo(START.plusDays(2).toEpochDay());
        assertThat(chart.get("markers").get(0).get("label").asText()).isEqualTo("fee on");
        JsonNode window = chart.get("windows").get(0);
        assertThat(window.get("low").asDouble()).isEqualTo(1.0);
        assertThat(window.get("high").isNull()).isTrue();
        assertThat(window.get("label").asText()).isEqualTo("T1");
    }

    @Test
    void seedChartsAndTablesKeepTheirValuesAndMarks() throws IOException {
        ReportHtml html = ReportHtml.of(page().html());
        JsonNode seeds = html.chart("Peak");
        assertThat(seeds.get("axis").asText()).isEqualTo("run");
        assertThat(seeds.get("values").toString()).isEqualTo("[3,null,5]");
        assertThat(seeds.get("low").asDouble()).isEqualTo(4.0);
        assertThat(html.doc().select("div.grid > figure.chart")).hasSize(1);
        assertThat(html.rowsAfter("Charts")).containsExactly("a | 1,234.5", "b | x");
        assertThat(html.doc().select("tr.bad td").eachText()).containsExactly("b", "x");
        assertThat(html.doc().select("td.num").eachText()).containsExactly("1,234.5");
    }

    @Test
    void markupInTextOrDataCannotEscapeItsElement() throws IOException {
        String evil = "</script><script>alert(1)</script><!--";
        String html = ReportPage.titled(evil).text(evil)
                .add(ReportTimeChart.daily(evil, START, 1).line(evil, evil, new double[] {1}).marker(START, evil, evil))
                .add(ReportTable.of(evil).row(evil))
                .html();
        ReportHtml page = ReportHtml.of(html);
        assertThat(page.doc().select("script")).hasSize(3);
        assertThat(page.doc().title()).isEqualTo(evil);
        assertThat(page.doc().selectFirst("h1").text()).isEqualTo(evil);
        assertThat(page.seriesNames(evil)).containsExactly(evil);
        assertThat(page.chart(evil).get("markers").get(0).get("label").asText()).isEqualTo(evil);
        assertThat(page.doc().selectFirst("script#report-data").data()).doesNotContain("<");
    }

    @Test
    void inlinedScriptsCannotCloseTheirElementEarly() {
        assertThat(ReportPage.script("var s = \"</SCRIPT>\"; var t = \"<!--\";")).isEqualTo("var s = \"<\\/SCRIPT>\"; var t = \"<\\!--\";");
    }

    @Test
    void aFanDrawsTheOuterAndInnerBandsAndTheMedianInOneColour() throws IOException {
        double[][] runs = {{1, 10}, {2, 20}, {3, Double.NaN}, {4, 40}, {5, 50}};
        ReportBands bands = ReportBands.of(START, runs);
        assertThat(bands.p50()).containsExactly(3, 30);
        assertThat(bands.p5()).containsExactly(1.2, 11.5);
        assertThat(bands.p95()).containsExactly(4.8, 48.5);
        ReportHtml html = ReportHtml.of(ReportPage.titled("fan").add(ReportTimeChart.daily("Fan", START, 2).fan("x", "MW", bands)).html());
        assertThat(html.seriesNames("Fan")).containsExactly("x 5-95% low", "x 5-95% high", "x 25-75% low", "x 25-75% high", "x median");
        assertThat(html.series("Fan", "x median").toString()).isEqualTo("[3,30]");
        assertThat(html.chart("Fan").get("bands")).hasSize(2);
        assertThat(html.chart("Fan").get("series").findValuesAsText("colour")).containsOnly("0");
    }

    @Test
    void aDayWithoutValuesHasNoQuantiles() {
        ReportBands bands = ReportBands.of(START, new double[][] {{Double.NaN, 1}, {Double.NaN, 2}});
        assertThat(bands.p50()[0]).isNaN();
        assertThat(bands.p50()[1]).isEqualTo(1.5);
    }

    @Test
    void chartsRefuseDataThatDoesNotFit() {
        ReportTimeChart chart = ReportTimeChart.daily("c", START, 3);
        assertThatThrownBy(() -> chart.line("a", "MW", new double[2])).hasMessageContaining("has 2 values for 3 days");
        chart.line("a", "MW", new double[3]).line("b", "1", new double[3]);
        assertThatThrownBy(() -> chart.line("c", "MWh", new double[3])).hasMessageContaining("no room for MWh");
        assertThatThrownBy(() -> chart.fan("f", "MW", ReportBands.of(START, new double[][] {{1, 2}})))
                .hasMessageContaining("do not span");
        assertThatThrownBy(() -> ReportTable.of("a", "b").row("only one")).hasMessageContaining("1 cells for 2 columns");
    }

    @Test
    void theSamePageIsTheSameBytesAndIsReplacedWithoutLeftovers() throws IOException {
        Path file = tmp.resolve("report.html");
        page().write(file);
        byte[] first = Files.readAllBytes(file);
        page().write(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(first);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(file);
        }
    }
}
