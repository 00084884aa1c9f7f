package io.steppe.engine.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.steppe.engine.Describe;
import io.steppe.engine.Scale;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.market.DataSources;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario: everything a run depends on besides the code. Read from YAML or JSON (same schema)
 * by {@link ScenarioLoader}; written back, fully resolved, as {@code scenario.yaml} of every run.
 * Besides the fields the engine reads, a scenario holds the sections registered by modules (the
 * campaign application's {@code seat}, {@code objectives}, {@code facts}, {@code report}...),
 * each read into its module's type and fetched with {@link #section}.
 *
 * @param name campaign or scenario id, used in output names
 * @param description one line for {@code steppe campaigns}
 * @param start first simulated day
 * @param end last simulated day (inclusive)
 * @param seed the seed of the run's random streams
 * @param scale what one agent stands for
 * @param data exogenous data files
 * @param agents agent populations, by registered type
 * @param policies policy modules with their activation, by registered type
 * @param sections the registered sections the scenario gives, by name, in registration order
 */
@JsonPropertyOrder({"name", "description", "start", "end", "seed", "scale", "data", "agents", "policies"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Scenario(
        @Describe("Campaign or scenario id, used in output names")
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "must be lower-case letters, digits, '.', '_' or '-'") String name,
        @Describe("One-line description") String description,
        @Describe("First simulated day") @NotNull LocalDate start,
        @Describe("Last simulated day (inclusive)") @NotNull LocalDate end,
        @Describe("Seed of the run's random streams") Long seed,
        @Valid Scale scale,
        @Valid DataSources data,
        List<AgentSpec> agents,
        List<PolicyEntry> policies,
        @JsonIgnore Map<String, Object> sections) {

    /** Fills in defaults and freezes the lists. */
    public Scenario {
        seed = seed == null ? 1L : seed;
        scale = scale == null ? Scale.defaults() : scale;
        data = data == null ? DataSources.defaults() : data;
        agents = agents == null ? List.of() : List.copyOf(agents);
        policies = policies == null ? List.of() : List.copyOf(policies);
        sections = sections == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** A section's value, or null when the scenario does not give it. */
    public <T> T section(String name, Class<T> type) {
        return type.cast(sections.get(name));
    }

    /** Number of simulated days. */
    public int days() {
        return (int) (end.toEpochDay() - start.toEpochDay()) + 1;
    }

    /** This scenario with another seed. */
    public Scenario withSeed(long newSeed) {
        return new Scenario(name, description, start, end, newSeed, scale, data, agents, policies, sections);
    }

    /** This scenario with other policies, e.g. the campaign's own followed by a player's. */
    public Scenario withPolicies(List<PolicyEntry> newPolicies) {
        return new Scenario(name, description, start, end, seed, scale, data, agents, newPolicies, sections);
    }
}
