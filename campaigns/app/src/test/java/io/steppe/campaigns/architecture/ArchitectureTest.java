package io.steppe.campaigns.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import ec.util.MersenneTwisterFast;
import io.steppe.engine.PolicySpec;
import io.steppe.engine.agent.AgentSpec;
import io.steppe.engine.doctrine.DoctrineSpec;
import io.steppe.engine.run.Levers;
import io.steppe.engine.run.SteppeWorld;
import org.junit.jupiter.api.Test;
import sim.engine.SimState;

/**
 * The architecture the kernel promises, checked over every module's main classes: dependencies
 * point toward the engine, the engine's packages have no cycles, levers are written only through
 * the policy runner and the doctrine gate, agents and policies keep no public or static mutable
 * state and draw randomness only from their own streams.
 */
class ArchitectureTest {
    private static final String ENGINE = "io.steppe.engine..";
    private static final String TESTKIT = "io.steppe.testkit..";
    private static final String AGENTS = "io.steppe.agents..";
    private static final String POLICIES = "io.steppe.policies..";
    private static final String CAMPAIGNS = "io.steppe.campaigns..";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ArchitectureTest::isMainCode)
            .importPackages("io.steppe");

    /** Main classes only: not test classes, not the engine's test jar. */
    private static boolean isMainCode(Location location) {
        return !location.contains("/test-classes/") && !location.contains("-tests.jar");
    }

    @Test
    void dependenciesPointTowardTheEngine() {
        noClasses().that().resideInAPackage(ENGINE).should().dependOnClassesThat().resideInAnyPackage(TESTKIT, AGENTS, POLICIES, CAMPAIGNS)
                .check(MAIN);
        noClasses().that().resideInAPackage(TESTKIT).should().dependOnClassesThat().resideInAnyPackage(AGENTS, POLICIES, CAMPAIGNS)
                .check(MAIN);
        noClasses().that().resideInAPackage(AGENTS).should().dependOnClassesThat().resideInAnyPackage(TESTKIT, POLICIES, CAMPAIGNS)
                .check(MAIN);
        noClasses().that().resideInAPackage(POLICIES).should().dependOnClassesThat().resideInAnyPackage(TESTKIT, CAMPAIGNS)
                .check(MAIN);
    }

    @Test
    void theEnginesPackagesHaveNoCycles() {
        slices().assignedFrom(ENGINE_PACKAGES).should().beFreeOfCycles().check(MAIN);
    }

    /** Each package of the engine is a slice, its root package (the shared vocabulary) included. */
    private static final SliceAssignment ENGINE_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String p = javaClass.getPackageName();
            if (!p.equals("io.steppe.engine") && !p.startsWith("io.steppe.engine.")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(p.equals("io.steppe.engine") ? "engine" : p.substring("io.steppe.engine.".length()).split("\\.")[0]);
        }

        @Override
        public String getDescription() {
            return "the packages of io.steppe.engine";
        }
    };

    @Test
    void populationsAndPoliciesUseTheKernelsApiNotTheRunsInternals() {
        noClasses().that().resideInAnyPackage(AGENTS, POLICIES).should().dependOnClassesThat().resideInAPackage("io.steppe.engine.run..")
                .because("a population gets everything through its AgentContext, a policy through its PolicyContext").check(MAIN);
    }

    @Test
    void onlyThePolicyRunnerAndTheDoctrineGateWriteLevers() {
        DescribedPredicate<JavaClass> gates = DescribedPredicate.describe("the policy runner or the doctrine gate",
                c -> c.getName().matches("io\\.steppe\\.engine\\.run\\.(PolicyRunner|DoctrineGate)(\\$.*)?"));
        noClasses().that(DescribedPredicate.not(gates))
                .should().callMethod(Levers.class, "set", String.class, double.class)
                .because("policies set levers through the runner and doctrines through the gate, each only its declared levers")
                .check(MAIN);
    }

    @Test
    void agentsAndPoliciesHaveNoPublicMutableFields() {
        fields().that().areDeclaredInClassesThat().resideInAnyPackage(AGENTS, POLICIES).and().arePublic()
                .should().beStatic().andShould().beFinal()
                .because("state shared between populations has one owner behind narrow methods").check(MAIN);
    }

    @Test
    void agentsAndPoliciesKeepNoStaticMutableState() {
        fields().that().areDeclaredInClassesThat().resideInAnyPackage(AGENTS, POLICIES).and().areStatic()
                .should().beFinal()
                .because("runs of a batch share the classes; a static that changes would leak from one run into another").check(MAIN);
    }

    @Test
    void randomnessComesOnlyFromTheWorldsNamedStreams() {
        noClasses().that().doNotBelongToAnyOf(SteppeWorld.class)
                .should().accessField(SimState.class, "random").orShould().accessField(SteppeWorld.class, "random")
                .because("MASON's generator would tie every population's numbers to every other's").check(MAIN);
        noClasses().that().doNotBelongToAnyOf(SteppeWorld.class).and().resideInAnyPackage(ENGINE, AGENTS, POLICIES)
                .should().callConstructorWhere(DescribedPredicate.describe("a new MersenneTwisterFast",
                        call -> call.getTargetOwner().isEquivalentTo(MersenneTwisterFast.class)))
                .because("a population or policy takes its streams from its context, seeded by the world").check(MAIN);
        noClasses().that().resideInAnyPackage(ENGINE, AGENTS, POLICIES)
                .should().callMethod(Math.class, "random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .because("same scenario and seed must give the same bytes").check(MAIN);
    }

    @Test
    void modelCodeNeverReadsTheWallClock() {
        noClasses().that().resideInAnyPackage(ENGINE, AGENTS, POLICIES)
                .should().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethodWhere(DescribedPredicate.describe("a now() of java.time",
                        call -> call.getName().equals("now") && call.getTargetOwner().getPackageName().equals("java.time")))
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
                .because("a run's days are the scenario's, never today's; timing belongs to the application").check(MAIN);
    }

    @Test
    void specsAreRecordsSoTheyReadAndWriteAsScenarioEntries() {
        classes().that().implement(AgentSpec.class).or().implement(PolicySpec.class).or().implement(DoctrineSpec.class)
                .should().beAssignableTo(Record.class).check(MAIN);
    }
}
