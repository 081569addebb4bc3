package org.layerpress.application;

import org.layerpress.application.users.DemoUsers;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Pin;

/** How the demo seeds act as a demo person: a real login with the person's own PIN, so the trail names them. */
public final class DemoLogin {

    private DemoLogin() {
    }

    /** The demo person with this login. */
    public static DemoUsers.Demo demo(String login) {
        return DemoUsers.USERS.stream().filter(u -> u.login().equals(login)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo user " + login));
    }

    /** Logs the demo person in; refused in words on a database seeded without {@code --demo}. */
    public static Session login(StationServices station, DemoUsers.Demo who) {
        return station.login().login(LoginCommand.byLogin(who.login(), Pin.of(who.pin()))).session()
                .orElseThrow(() -> new IllegalStateException("demo user " + who.login() + " cannot log in; was the database seeded without --demo?"));
    }
}
