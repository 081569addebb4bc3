package org.layerpress.domain.user;

import java.util.regex.Pattern;

/** Rules for logins and printed names: short, unambiguous, printable. */
public final class UserNames {

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    private UserNames() {
    }

    public static String login(String login) {
        String l = login == null ? "" : login.strip();
        if (!LOGIN.matcher(l).matches()) {
            throw new IllegalArgumentException("a login is 2–32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter; got '" + l + "'");
        }
        return l;
    }

    public static String fullName(String fullName) {
        String f = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (f.length() < 2 || f.length() > 80) {
            throw new IllegalArgumentException("a full name (printed on signatures) has 2–80 characters; got '" + f + "'");
        }
        return f;
    }
}
