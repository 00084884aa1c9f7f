package io.steppe.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario that cannot be run; carries every problem found. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** Creates the exception from its problems. */
    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in file order where known. */
    public List<Problem> problems() {
        return problems;
    }
}
