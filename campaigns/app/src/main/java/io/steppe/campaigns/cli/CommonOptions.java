package io.steppe.campaigns.cli;

import io.steppe.engine.plugin.PluginRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by commands that read scenarios or list types. */
final class CommonOptions {
    @Option(names = "--plugins", paramLabel = "DIR", description = "Load extra plugin jars from DIR.")
    Path plugins;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override a scenario value, e.g. --set seed=7 --set policies[0].rateKztPerKwh=2. Repeatable.")
    List<String> sets = new ArrayList<>();

    /**
     * The registry with the plugins of {@code --plugins}; their class loader becomes the context
     * class loader of this thread (and of the worker threads it starts), so the {@code classpath:}
     * data and campaigns a plugin jar ships are found.
     */
    PluginRegistry registry() {
        PluginRegistry registry = PluginRegistry.discover(plugins);
        Thread.currentThread().setContextClassLoader(registry.classLoader());
        return registry;
    }

    /** The --set overrides, with {@code seed=N} last when a command's --seed was given (it then wins over a --set seed). */
    List<String> setsWithSeed(Long seed) {
        List<String> all = new ArrayList<>(sets);
        if (seed != null) {
            all.add("seed=" + seed);
        }
        return all;
    }
}
