package io.steppe.campaigns.cli;

import io.steppe.campaigns.CampaignSections;
import io.steppe.campaigns.Campaigns;
import io.steppe.engine.plugin.PluginRegistry;
import io.steppe.engine.scenario.ScenarioLoader;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code steppe campaigns}: list the built-in campaigns and the seat a player can take in each. */
@Command(name = "campaigns", mixinStandardHelpOptions = true, description = "List the built-in campaigns; those with a seat can be played (steppe play CAMPAIGN --show).")
final class CampaignsCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioLoader loader = new ScenarioLoader(PluginRegistry.discover((java.nio.file.Path) null));
        var out = spec.commandLine().getOut();
        for (String name : Campaigns.names()) {
            var s = Campaigns.load(loader, name, List.of()).scenario();
            out.printf("%-28s %s to %s  %s%s%n", name, s.start(), s.end(), s.description() == null ? "" : s.description(),
                    CampaignSections.seat(s) == null ? "" : " [play as " + CampaignSections.seat(s).title() + " from " + CampaignSections.seat(s).from() + "]");
        }
        out.flush();
        return 0;
    }
}
