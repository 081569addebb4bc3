package org.layerpress.domain.user;

import java.util.regex.Pattern;
import org.layerpress.domain.InputLimits;

/** Rules for logins and printed names: short, unambiguous, printable. */
public final class UserNames {

    private static final Pattern LOGIN = Pattern.compile("[a-z][a-z0-9._-]{1,31}");

    private UserNames() {
    }

    public static String login(String login) {
        String l = InputLimits.LOGIN.accept(login);
        if (!LOGIN.matcher(l).matches()) {
            throw new IllegalArgumentException("a login is 2–" + InputLimits.LOGIN.maxChars()
                    + " characters: lower-case letters, digits, '.', '_' or '-', starting with a letter; got " + InputLimits.excerpt(l));
        }
        return l;
    }

    public static String fullName(String fullName) {
        String f = InputLimits.FULL_NAME.accept(fullName).replaceAll(" +", " ");
        if (f.length() < 2) {
            throw new IllegalArgumentException("a full name (printed on signatures) has 2–" + InputLimits.FULL_NAME.maxChars() + " characters; got "
                    + InputLimits.excerpt(f));
        }
        return f;
    }
}
