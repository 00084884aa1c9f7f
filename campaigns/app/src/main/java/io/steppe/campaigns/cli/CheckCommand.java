package io.steppe.campaigns.cli;

import io.steppe.campaigns.Campaigns;
import io.steppe.engine.market.MarketData;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.run.Simulation;
import io.steppe.engine.scenario.LoadedScenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code steppe check}: validate a scenario and its data without running it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a scenario file or campaign (fields, types, names, dates, data files) and install its agents without running it.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "CAMPAIGN|FILE")
    String target;

    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PluginRegistry registry = common.registry();
        LoadedScenario loaded = Campaigns.load(new ScenarioLoader(registry), target, common.sets);
        var s = loaded.scenario();
        MarketData market = MarketData.load(s.data(), s.start(), s.end(), loaded.baseDir());
        Simulation.create(s, market, registry).start();
        spec.commandLine().getOut().printf("%s: ok (%s, %s to %s, %d agent populations installed, %d policies)%n",
                loaded.source(), s.name(), s.start(), s.end(), s.agents().size(), s.policies().size());
        return 0;
    }
}
