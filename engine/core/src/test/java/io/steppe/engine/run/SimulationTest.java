package io.steppe.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.steppe.engine.Event;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.SteppeWorld;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import io.steppe.engine.testing.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {
    private final PluginRegistry registry = TestRegistry.fixtures();
    private final ScenarioLoader loader = new ScenarioLoader(registry);

    private static final String SCENARIO = """
            name: walk
            start: 2021-01-01
            end: 2021-12-31
            seed: 5
            agents:
              - type: randomWalk
            policies:
              - type: testFee
                rateKztPerKwh: 2
                start: 2021-03-01
                end: 2021-03-31
              - type: testFee
                rateKztPerKwh: 10
                when: btcPriceUsd > 55000 for 5 days
                minDays: 20
            """;

    private SteppeWorld run(String... sets) {
        LoadedScenario loaded = new LoadedScenario(loader.parse(SCENARIO, "walk.yaml", false, null, List.of(sets)), "walk.yaml", null);
        return Simulation.run(loaded, registry);
    }

    private byte[][] outputs(SteppeWorld world, Path dir) throws Exception {
        RunWriter.write(dir, false, world, loader.toYaml(world.scenario()), registry, 0);
        return new byte[][] {Files.readAllBytes(dir.resolve("timeseries.csv")), Files.readAllBytes(dir.resolve("events.jsonl")),
                Files.readAllBytes(dir.resolve("summary.json")), Files.readAllBytes(dir.resolve("scenario.yaml"))};
    }

    @Test
    void oneRowPerDayFromStartToEnd() {
        SteppeWorld world = run();
        assertThat(world.metrics().rows()).hasSize(365);
    }

    @Test
    void sameSeedGivesByteIdenticalOutputs(@TempDir Path dir) throws Exception {
        byte[][] a = outputs(run(), dir.resolve("a"));
        byte[][] b = outputs(run(), dir.resolve("b"));
        for (int i = 0; i < a.length; i++) {
            assertThat(b[i]).isEqualTo(a[i]);
        }
    }

    @Test
    void anotherSeedChangesWhatRandomnessDrives() {
        double base = (double) run().kpis().all().get("testFinalPosition");
        assertThat((double) run("seed=6").kpis().all().get("testFinalPosition")).isNotEqualTo(base);
        assertThat(run("seed=6").kpis().all().get("meanHashpriceUsdPerPhDay"))
                .isEqualTo(run().kpis().all().get("meanHashpriceUsdPerPhDay"));
    }

    @Test
    void datedPolicyPullsItsLeverOnlyWithinItsDates() {
        SteppeWorld world = run("policies[1].rateKztPerKwh=0");
        int fee = world.metrics().indexOf("testFeeKztPerKwh");
        List<double[]> rows = world.metrics().rows();
        assertThat(rows.get(58)[fee]).isZero();
        assertThat(rows.get(59)[fee]).isEqualTo(2.0);
        assertThat(rows.get(89)[fee]).isEqualTo(2.0);
        assertThat(rows.get(90)[fee]).isZero();
    }

    @Test
    void triggeredPolicySwitchesOnAfterItsConditionHeldAndStaysForItsMinimum() {
        SteppeWorld world = run();
        List<Event> on = world.events().all().stream()
                .filter(e -> e.type().equals("policyOn") && e.agent().startsWith("policies[1]")).toList();
        assertThat(on).isNotEmpty();
        int btc = world.metrics().indexOf("btcPriceUsd");
        int fee = world.metrics().indexOf("testFeeKztPerKwh");
        List<double[]> rows = world.metrics().rows();
        int first = (int) (on.get(0).date().toEpochDay() - world.scenario().start().toEpochDay());
        for (int d = first - 5; d < first; d++) {
            assertThat(rows.get(d)[btc]).isGreaterThan(55000);
        }
        assertThat(rows.get(first - 6)[btc]).isLessThanOrEqualTo(55000);
        for (int d = first; d < first + 20; d++) {
            assertThat(rows.get(d)[fee]).isGreaterThanOrEqualTo(10.0);
        }
    }

    @Test
    void monthlyStepsRunOnTheFirstDayAndEachFirstOfTheMonth() {
        LoadedScenario loaded = new LoadedScenario(loader.parse(SCENARIO, "walk.yaml", false, null, List.of("start=2021-01-10")), "walk.yaml", null);
        SteppeWorld world = Simulation.create(loaded, registry);
        List<java.time.LocalDate> days = new java.util.ArrayList<>();
        world.start();
        world.scheduleMonthly(1, io.steppe.engine.Phase.MINERS, s -> days.add(world.date()));
        for (int d = 0; d < world.scenario().days(); d++) {
            world.schedule.step(world);
        }
        assertThat(days).hasSize(12).startsWith(java.time.LocalDate.of(2021, 1, 10), java.time.LocalDate.of(2021, 2, 1));
    }

    @Test
    void replacesAnEarlierRunOnlyWithForce(@TempDir Path dir) throws Exception {
        SteppeWorld world = run();
        RunWriter.write(dir.resolve("out"), false, world, "first", registry, 0);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> RunWriter.write(dir.resolve("out"), false, world, "second", registry, 0)).hasMessageContaining("--force");
        assertThat(dir.resolve("out/scenario.yaml")).hasContent("first");
        RunWriter.write(dir.resolve("out"), true, world, "second", registry, 0);
        assertThat(dir.resolve("out/scenario.yaml")).hasContent("second");
        assertThat(dir.resolve("out/" + OutputDirectory.MARKER)).isRegularFile();
    }

    @Test
    void furtherFilesOfTheCallerAreMovedIntoPlaceWithTheOutputsUnderPlainNamesOnly(@TempDir Path dir) throws Exception {
        SteppeWorld world = run();
        RunWriter.write(dir.resolve("out"), false, world, "", registry, 0, java.util.Map.of("report.html", "<p>ü</p>"));
        assertThat(dir.resolve("out/report.html")).hasContent("<p>ü</p>");
        assertThat(dir.resolve("out/summary.json")).isNotEmptyFile();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> RunWriter.write(dir.resolve("other"), false, world, "", registry, 0, java.util.Map.of("../escape.html", "")))
                .hasMessageContaining("not a plain file name: ../escape.html");
        assertThat(dir.resolve("other")).doesNotExist();
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }
}
