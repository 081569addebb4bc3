package org.layerpress.application.mapping;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Who the HMI is to the PLC. A password is never written in the mapping: it is read from an
 * environment variable or a file (kept out of version control) when the link opens.
 */
public record Identity(Kind kind, String username, Optional<String> passwordEnv, Optional<Path> passwordFile) {

    public enum Kind { ANONYMOUS, USERNAME }

    public static Identity anonymous() {
        return new Identity(Kind.ANONYMOUS, "", Optional.empty(), Optional.empty());
    }

    public char[] resolvePassword() {
        if (passwordEnv.isPresent()) {
            String value = System.getenv(passwordEnv.get());
            if (value == null) {
                throw new IllegalStateException("PLC password: environment variable " + passwordEnv.get() + " is not set");
            }
            return value.toCharArray();
        }
        if (passwordFile.isPresent()) {
            try {
                return Files.readString(passwordFile.get()).strip().toCharArray();
            } catch (IOException e) {
                throw new IllegalStateException("PLC password: cannot read " + passwordFile.get() + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalStateException("PLC password: neither passwordEnv nor passwordFile is set for user " + username);
    }
}
