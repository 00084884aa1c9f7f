package io.steppe.policies.enforcement;

import io.steppe.agents.SocietyLevers;
import io.steppe.engine.Describe;
import io.steppe.engine.Policy;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.Purpose;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * An audit campaign of the financial monitoring agency against hidden mining: audit teams check
 * large consumers with anomalous draws; exposed mines shut down (unless protected) and, with
 * {@code seizeMachines}, their machines are seized.
 *
 * @param auditTeams audit teams deployed
 * @param seizeMachines whether machines at exposed mines are seized
 */
@Describe("Audit campaign against hidden mining: audit teams check anomalous consumers; exposed mines close and their machines may be seized")
public record AuditCampaignPolicySpec(
        @Describe(value = "Audit teams deployed", unit = "teams",
                source = "assumption: the FMA inventoried all farms in ~5 weeks (8 Feb to 15 Mar 2022, kz_global_timeline.csv)")
        @PositiveOrZero(message = "must be ≥ 0") Double auditTeams,
        @Describe(value = "Whether machines at exposed mines are seized", unit = "true/false", source = "BRIEF: equipment was seized in 2022")
        Boolean seizeMachines) implements PolicySpec {

    /** Fills in defaults. */
    public AuditCampaignPolicySpec {
        auditTeams = auditTeams == null ? 20.0 : auditTeams;
        seizeMachines = seizeMachines == null ? Boolean.TRUE : seizeMachines;
    }

    @Override
    public Policy create() {
        return today -> {
            today.set(SocietyLevers.AUDIT_TEAMS, auditTeams);
            if (seizeMachines) {
                today.set(SocietyLevers.SEIZE_EXPOSED_MACHINES, 1);
            }
        };
    }

    @Override
    public List<String> levers() {
        return List.of(SocietyLevers.AUDIT_TEAMS, SocietyLevers.SEIZE_EXPOSED_MACHINES);
    }

    @Override
    public Purpose purpose() {
        return Purpose.LEGITIMACY;
    }
}
