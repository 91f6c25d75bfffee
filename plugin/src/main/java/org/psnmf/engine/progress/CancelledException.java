package org.psnmf.engine.progress;

/** Thrown by engine work when {@link Progress#isCancelled()} turned true. No partial result is returned. */
public final class CancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled by the user.");
    }
}
