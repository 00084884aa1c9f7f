package io.steppe.campaigns.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.steppe.campaigns.CampaignSections;
import io.steppe.engine.Describe;
import io.steppe.engine.SectionContext;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.agent.Declaration;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.plugin.TypeKind;
import io.steppe.engine.plugin.TypeRegistration;
import io.steppe.engine.scenario.Scenario;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A campaign's {@code report} section: what its reports show. {@code report.html} of a run draws
 * the {@code charts} with the events of {@code markers} on their time axis; batch and validation
 * reports draw the {@code fans} (5-95% over the runs), which are also a sweep's default band
 * metrics. Without the section, a run's report draws one chart per population and unit of the
 * metrics it writes.
 *
 * @param charts the key charts, each a title and the metrics it draws
 * @param fans the series drawn as fans over many runs; absent = every metric of the charts
 * @param markers the event types marked on the charts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportSpec(
        @Describe("Key charts of report.html: a title and the metrics each draws") @Valid List<Chart> charts,
        @Describe("Series drawn as fans in batch and validation reports (and a sweep's default band metrics); absent = every chart's metrics")
        List<String> fans,
        @Describe("Event types marked on the charts") @Valid Markers markers) {

    /**
     * One chart.
     *
     * @param title what it shows
     * @param metrics the metrics it draws, in order
     */
    public record Chart(@Describe("What the chart shows") @NotBlank String title,
                        @Describe("The metrics it draws") @NotEmpty List<String> metrics) {
        /** Freezes the list. */
        public Chart {
            metrics = metrics == null ? null : List.copyOf(metrics);
        }
    }

    /**
     * The events marked on the charts' time axis.
     *
     * @param starts event types marked on the days they start ({@code state: start})
     * @param each event types marked every time they happen
     * @param monthly event types marked once a month, on the month's first one, with the month's count and totals
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Markers(@Describe("Event types marked on the days they start (state: start)") List<String> starts,
                          @Describe("Event types marked every time they happen") List<String> each,
                          @Describe("Event types marked once a month with the month's count and totals") List<String> monthly) {
        /** Absent lists are empty. */
        public Markers {
            starts = starts == null ? List.of() : List.copyOf(starts);
            each = each == null ? List.of() : List.copyOf(each);
            monthly = monthly == null ? List.of() : List.copyOf(monthly);
        }
    }

    /** Absent lists are empty; no markers when absent. */
    public ReportSpec {
        charts = charts == null ? List.of() : List.copyOf(charts);
        fans = fans == null ? null : List.copyOf(fans);
        markers = markers == null ? new Markers(null, null, null) : markers;
    }

    /**
     * The scenario's report section, or the default layout: one chart per population and unit of
     * the metrics it writes (in scenario order), the start of every event type with a start and
     * an end marked, and the policies switching.
     */
    public static ReportSpec of(Scenario scenario, PluginRegistry registry) {
        ReportSpec given = scenario.section(CampaignSections.REPORT, ReportSpec.class);
        if (given != null) {
            return given;
        }
        Map<String, String> units = new LinkedHashMap<>();
        registry.metrics().forEach(m -> units.put(m.name(), m.unit()));
        Map<String, List<String>> byTitle = new LinkedHashMap<>();
        Set<String> starts = new LinkedHashSet<>();
        for (AgentSpec agent : scenario.agents()) {
            Declaration d = agent.declaration();
            for (String metric : d.writesMetrics()) {
                byTitle.computeIfAbsent(registry.typeName(agent) + " (" + units.getOrDefault(metric, "") + ")", t -> new ArrayList<>())
                        .add(metric);
            }
            for (String type : d.emitsEvents()) {
                TypeRegistration r = registry.ofKind(TypeKind.EVENT).get(type);
                if (r != null && r.event().fields().contains("state")) {
                    starts.add(type);
                }
            }
        }
        List<Chart> charts = new ArrayList<>();
        byTitle.forEach((title, metrics) -> charts.add(new Chart(title, metrics)));
        return new ReportSpec(charts, null, new Markers(new ArrayList<>(starts), List.of("policyOn", "policyOff"), null));
    }

    /** The fans: as given, else every chart's metrics in order. */
    public List<String> fanMetrics() {
        if (fans != null) {
            return fans;
        }
        Set<String> all = new LinkedHashSet<>();
        charts.forEach(c -> all.addAll(c.metrics()));
        return new ArrayList<>(all);
    }

    /** Every metric and event type named is one the scenario makes available. */
    public static void check(ReportSpec report, SectionContext context) {
        for (int c = 0; c < report.charts().size(); c++) {
            Chart chart = report.charts().get(c);
            for (int m = 0; chart != null && chart.metrics() != null && m < chart.metrics().size(); m++) {
                metric(context, "charts[" + c + "].metrics[" + m + "]", chart.metrics().get(m));
            }
        }
        if (report.fans() != null) {
            for (int m = 0; m < report.fans().size(); m++) {
                metric(context, "fans[" + m + "]", report.fans().get(m));
            }
        }
        events(context, "markers.starts", report.markers().starts());
        events(context, "markers.each", report.markers().each());
        events(context, "markers.monthly", report.markers().monthly());
    }

    private static void metric(SectionContext context, String path, String name) {
        context.requireMetric(path, name);
    }

    private static void events(SectionContext context, String path, List<String> types) {
        for (int i = 0; i < types.size(); i++) {
            context.requireEvent(path + "[" + i + "]", types.get(i));
        }
    }
}
