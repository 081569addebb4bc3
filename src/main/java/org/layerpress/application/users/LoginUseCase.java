package org.layerpress.application.users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.user.Language;
import org.layerpress.domain.user.User;

/** Logs a person in with two components (identity + PIN, 21 CFR 11.200(a)(1)). */
public final class LoginUseCase {

    private final UserStore users;
    private final PinVerifier verifier;
    private final SessionManager sessions;
    private final Auditor auditor;
    private final Transactions tx;
    private final Clock clock;

    public LoginUseCase(UserStore users, PinVerifier verifier, SessionManager sessions, Auditor auditor, Transactions tx, Clock clock) {
        this.users = users;
        this.verifier = verifier;
        this.sessions = sessions;
        this.auditor = auditor;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Whom the login screen lists, before anyone is logged in: the active users, ordered by full name.
     * Names only help pick; the PIN is the check.
     */
    public List<User> loginChoices() {
        return tx.inTransaction(() -> users.all().stream().filter(User::active).toList());
    }

    public LoginResult login(LoginCommand command) {
        LoginResult result = tx.inTransaction(() -> attempt(command));
        // Only a committed login opens a session.
        result.session().ifPresent(sessions::begin);
        return result;
    }

    /**
     * A language tapped on the login screen is the person's from now on: stored and audited in the
     * login's transaction, only once the PIN is accepted (nobody changes another person's language).
     */
    private void rememberLanguage(User user, LoginCommand command) {
        Optional<Language> chosen = command.language().filter(l -> !user.language().equals(Optional.of(l)));
        if (chosen.isPresent()) {
            users.updateLanguage(user.id(), chosen.get());
            auditor.record(user, AuditActions.LANGUAGE_CHANGED, AuditActions.ENTITY_USER, user.login(),
                    user.language().map(Language::tag).orElse(""), chosen.get().tag(), "chosen at login");
        }
    }

    private LoginResult attempt(LoginCommand command) {
        {
            Optional<User> found = command.badge() ? users.byBadge(command.identifier()) : users.byLogin(command.identifier());
            if (found.isEmpty()) {
                auditor.recordAnonymous(command.badge() ? "badge:" + command.identifier() : command.identifier(),
                        AuditActions.LOGIN_REFUSED, AuditActions.ENTITY_USER, command.identifier(), "unknown " + (command.badge() ? "badge" : "user"));
                return new LoginResult(Optional.empty(), PinVerifier.Outcome.WRONG_PIN,
                        command.badge() ? "Badge not known. Pick your name instead, or ask an Admin." : "Unknown user.");
            }
            User user = found.get();
            PinVerifier.Verification v = verifier.verify(user, command.pin(), "login");
            if (!v.accepted()) {
                return new LoginResult(Optional.empty(), v.outcome(), v.message());
            }
            rememberLanguage(user, command);
            Session session = new Session(users.byId(user.id()).orElse(user), Clocks.now(clock));
            auditor.record(user, AuditActions.LOGIN, AuditActions.ENTITY_USER, user.login(), "",
                    command.badge() ? "badge + PIN" : "name + PIN", "");
            return new LoginResult(Optional.of(session), v.outcome(),
                    session.mustChangePin() ? "Choose a new PIN before you go on." : "Welcome, " + user.fullName() + ".");
        }
    }
}
