package io.steppe.engine.scenario;

import io.steppe.engine.agent.Declaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * How a scenario's populations connect: who provides each service, and the order they install in,
 * providers before the populations that require or use what they provide (otherwise in scenario
 * order). Installing in this order lets a population reach its services while it installs; it does
 * not change the order populations act in within a day, which is always scenario order.
 */
public final class Wiring {
    private Wiring() {
    }

    /** The index of the population providing each service (the first, if several do). */
    public static Map<Class<?>, Integer> providers(List<Declaration> populations) {
        Map<Class<?>, Integer> providers = new HashMap<>();
        for (int i = 0; i < populations.size(); i++) {
            for (Class<?> service : populations.get(i).provides()) {
                providers.putIfAbsent(service, i);
            }
        }
        return providers;
    }

    /**
     * The install order: repeatedly the first population in scenario order whose providers have all
     * installed.
     *
     * @throws IllegalArgumentException naming the populations of a cycle
     */
    public static List<Integer> installOrder(List<Declaration> populations) {
        Map<Class<?>, Integer> providers = providers(populations);
        List<TreeSet<Integer>> needs = new ArrayList<>();
        for (int i = 0; i < populations.size(); i++) {
            TreeSet<Integer> mine = new TreeSet<>();
            List<Class<?>> wanted = new ArrayList<>(populations.get(i).requires());
            wanted.addAll(populations.get(i).uses());
            for (Class<?> service : wanted) {
                Integer p = providers.get(service);
                if (p != null && p != i) {
                    mine.add(p);
                }
            }
            needs.add(mine);
        }
        List<Integer> order = new ArrayList<>();
        boolean[] done = new boolean[populations.size()];
        while (order.size() < populations.size()) {
            int next = -1;
            for (int i = 0; i < populations.size() && next < 0; i++) {
                if (!done[i] && needs.get(i).stream().allMatch(p -> done[p])) {
                    next = i;
                }
            }
            if (next < 0) {
                List<String> waiting = new ArrayList<>();
                for (int i = 0; i < populations.size(); i++) {
                    if (!done[i]) {
                        waiting.add("agents[" + i + "]");
                    }
                }
                throw new IllegalArgumentException("the populations " + String.join(", ", waiting)
                        + " need each other's services in a cycle; one of them must provide without requiring");
            }
            done[next] = true;
            order.add(next);
        }
        return List.copyOf(order);
    }
}
