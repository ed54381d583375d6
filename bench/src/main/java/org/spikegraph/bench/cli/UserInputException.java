package org.spikegraph.bench.cli;

/** Bad input or usage that the user can fix: exit code 2, the message, no stack trace. */
final class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
