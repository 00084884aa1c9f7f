package io.steppe.engine.plugin;

/** A plugin set that cannot start: a duplicate type name, a jar that does not load. */
public final class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message meant for the user. */
    public PluginException(String message) {
        super(message);
    }

    /** Creates the exception with a message meant for the user and its cause. */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
