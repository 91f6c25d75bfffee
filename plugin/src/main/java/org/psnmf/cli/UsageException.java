package org.psnmf.cli;

/** A command-line mistake (unknown option, missing value); reported as one line, exit code 2. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
