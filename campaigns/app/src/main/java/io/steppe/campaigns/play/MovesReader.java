package io.steppe.campaigns.play;

import io.steppe.campaigns.CampaignSections;
import io.steppe.engine.Problem;
import io.steppe.engine.ScenarioException;
import io.steppe.engine.scenario.Activation;
import io.steppe.engine.scenario.DocumentReader;
import io.steppe.engine.scenario.PolicyEntry;
import io.steppe.engine.scenario.Scenario;
import io.steppe.engine.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a player's moves file ({@code .yaml}, {@code .yml} or {@code .json}; see {@link Moves})
 * strictly and checks it against the campaign's {@link Seat}: every policy is valid as in a
 * scenario, sets only the seat's levers, acts within the term (not before {@code from}, not after
 * {@code until}), is switched by its dates and triggers rather than the doctrine, and there are no
 * more than {@code maxPolicies}. Every problem names the file, line and field path.
 */
public final class MovesReader {
    private static final String SHAPE = "'policies: [{type: minerCutoff, start: 2021-10-01}]'";

    private MovesReader() {
    }

    /** The moves in a file, checked against the campaign's seat. */
    public static Moves read(ScenarioLoader loader, Path file, Scenario campaign) {
        Seat seat = CampaignSections.seat(campaign);
        if (seat == null) {
            throw DocumentReader.single(file.toString(), "", "campaign '" + campaign.name() + "' has no seat, so there is nothing to play");
        }
        ScenarioLoader.Read<Moves> read = loader.readDocument(file, Moves.class, SHAPE);
        Moves moves = read.value();
        List<Problem> problems = new ArrayList<>(loader.checkPolicies(moves.policies(), "policies", read.document(), campaign));
        checkAgainstSeat(problems, moves, seat, campaign, read.document(), loader);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new ScenarioException(problems);
        }
        return moves;
    }

    private static void checkAgainstSeat(List<Problem> problems, Moves moves, Seat seat, Scenario campaign,
                                         DocumentReader.Document doc, ScenarioLoader loader) {
        String office = "the " + seat.title();
        if (seat.maxPolicies() != null && moves.policies().size() > seat.maxPolicies()) {
            problems.add(doc.problem("policies", moves.policies().size() + " policies; " + office + " may add at most "
                    + seat.maxPolicies()));
        }
        LocalDate termEnd = seat.until() != null ? seat.until() : campaign.end();
        for (int i = 0; i < moves.policies().size(); i++) {
            PolicyEntry entry = moves.policies().get(i);
            String prefix = "policies[" + i + "]";
            if (entry == null || entry.spec() == null) {
                continue;
            }
            String type = loader.typeName(entry.spec());
            for (String lever : entry.spec().levers()) {
                if (!seat.levers().contains(lever)) {
                    problems.add(doc.problem(prefix + ".type", type + " sets lever " + lever + ", not one of " + office + "'s levers: "
                            + String.join(", ", seat.levers())));
                }
            }
            Activation a = entry.activation();
            if (a.byDoctrine()) {
                problems.add(doc.problem(prefix + ".control", "'doctrine' hands a policy to the government;"
                        + " a player's policies are switched by their dates and triggers"));
            }
            if (a.start() != null && a.start().isBefore(seat.from())) {
                problems.add(doc.problem(prefix + ".start", a.start() + " is before " + office + " takes office (" + seat.from()
                        + "); leave start out to start then"));
            } else if (a.start() != null && a.start().isAfter(termEnd)) {
                problems.add(doc.problem(prefix + ".start", a.start() + " is after " + office + "'s term ends (" + termEnd + ")"));
            }
            if (a.end() != null && a.end().isBefore(seat.from())) {
                problems.add(doc.problem(prefix + ".end", a.end() + " is before " + office + " takes office (" + seat.from() + ")"));
            } else if (seat.until() != null && a.end() != null && a.end().isAfter(seat.until())) {
                problems.add(doc.problem(prefix + ".end", a.end() + " is after " + office + "'s term ends (" + seat.until() + ")"));
            }
        }
    }
}
