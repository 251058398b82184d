package org.softkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a password comes from: a file (its first line) or the environment variable
 * {@value #ENV}; never the command line, where other users of the machine could read it.
 */
final class PasswordSource {

    /** The environment variable read when no password file is given. */
    static final String ENV = "SOFTKG_PASSWORD";

    private PasswordSource() {
    }

    /** The password from {@code file} when given, else from the environment; empty when neither has one. */
    static Optional<String> read(Path file, Map<String, String> env) {
        if (file != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserException(file + ": cannot read the password file: " + e.getMessage(), e);
            }
            if (lines.isEmpty() || lines.get(0).isEmpty()) {
                throw new UserException(file + ":1: the password file is empty (put the password on its first line)");
            }
            return Optional.of(lines.get(0));
        }
        String fromEnv = env.get(ENV);
        return fromEnv == null || fromEnv.isEmpty() ? Optional.empty() : Optional.of(fromEnv);
    }
}
