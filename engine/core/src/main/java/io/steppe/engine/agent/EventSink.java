package io.steppe.engine.agent;

/** Emits events of one declared type ({@link AgentContext#event}), dated today. */
public interface EventSink {
    /** The event type. */
    String type();

    /**
     * Records an event today.
     *
     * @param agent who did it or where it happened, or null
     * @param keyValues alternating field names (registered with the type) and values: numbers,
     *     strings, booleans, dates, or lists and maps of those
     */
    void emit(String agent, Object... keyValues);
}
