package io.steppe.engine.run;

import io.steppe.engine.LeverInfo;
import io.steppe.engine.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's lever values. Every lever returns to its baseline at the start of each day's policy
 * phase ({@link #reset}); then the active policies and the doctrine set them through the policy
 * runner's gates, combining by each lever's rule. Only this package writes levers; agents read
 * them through handles that {@link #slot} resolves once.
 */
public final class Levers {
    private final List<LeverInfo> infos;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[] values;
    private final boolean[] touched;

    /** The registered levers, at their baselines. */
    Levers(List<LeverInfo> infos) {
        this.infos = List.copyOf(infos);
        for (LeverInfo info : this.infos) {
            index.put(info.name(), index.size());
        }
        values = new double[infos.size()];
        touched = new boolean[infos.size()];
        reset();
    }

    /** Every lever, in registration order. */
    public List<LeverInfo> infos() {
        return infos;
    }

    /** Today's value of the lever at a slot from {@link #slot}. */
    double value(int slot) {
        return values[slot];
    }

    /** Resets every lever to its baseline. */
    void reset() {
        for (int i = 0; i < values.length; i++) {
            values[i] = infos.get(i).baseline();
            touched[i] = false;
        }
    }

    /** Sets a lever for today, combining with what was set before today by the lever's rule. */
    void set(String name, double value) {
        int slot = slot(name);
        values[slot] = touched[slot] ? infos.get(slot).combine().apply(values[slot], value) : value;
        touched[slot] = true;
    }

    /** The slot of a lever, for handles that read it every day. */
    int slot(String name) {
        Integer slot = index.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("unknown lever '" + name + "'" + Names.suggest(name, index.keySet(), "levers"));
        }
        return slot;
    }
}
