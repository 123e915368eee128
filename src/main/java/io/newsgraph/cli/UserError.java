package io.newsgraph.cli;

/** A failure the user can act on, reported as one line with this exit code and no stack trace. */
final class UserError extends RuntimeException {
    private final int exitCode;

    UserError(String message) {
        this(message, 1);
    }

    UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
