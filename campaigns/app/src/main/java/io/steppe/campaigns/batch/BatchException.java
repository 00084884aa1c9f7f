package io.steppe.campaigns.batch;

/** A batch that cannot go on as asked: an output directory in the way, another plan, a missing shard. */
public final class BatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message for the user. */
    public BatchException(String message) {
        super(message);
    }
}
