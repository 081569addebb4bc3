package org.layerpress.application.users;

import org.layerpress.domain.user.Pin;
import org.layerpress.domain.user.UserNames;

/** The first Admin, created on an empty database: there are no default credentials. */
public record SetupFirstAdminCommand(String login, String fullName, Pin pin) {

    public SetupFirstAdminCommand(String login, String fullName, Pin pin, Pin confirmation) {
        this(login, fullName, pin);
        if (!java.util.Arrays.equals(pin.digits(), confirmation.digits())) {
            throw new IllegalArgumentException("the two PINs differ");
        }
    }

    public SetupFirstAdminCommand {
        login = UserNames.login(login);
        fullName = UserNames.fullName(fullName);
        java.util.Objects.requireNonNull(pin, "pin");
    }
}
