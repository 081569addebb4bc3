package org.layerpress.application.users;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

/**
 * Checks the second person of a four-eyes check: known by name or badge, a different person from
 * the one who entered what is witnessed, their own PIN (wrong PINs count toward the lockout and are
 * audited, as at login), and a permission that lets them vouch for it. Refusals are audited too.
 * Call it inside a transaction, so the PIN count and the audit rows commit together.
 */
public final class WitnessVerifier {

    /** Either the witness as the store has them now, or why they were not accepted (in words for the screen). */
    public record Outcome(Optional<User> witness, String refusal) {

        public boolean accepted() {
            return witness.isPresent();
        }

        static Outcome refused(String refusal) {
            return new Outcome(Optional.empty(), refusal);
        }
    }

    private final UserStore users;
    private final PinVerifier verifier;
    private final Auditor auditor;

    public WitnessVerifier(UserStore users, PinVerifier verifier, Auditor auditor) {
        this.users = users;
        this.verifier = verifier;
        this.auditor = auditor;
    }

    /**
     * @param enteredBy who entered the witnessed value: never accepted as their own witness
     * @param anyOf the witness must hold at least one of these
     * @param purpose what is witnessed, for the audit rows (e.g. "witness of B-20261125-0001 step 3")
     */
    public Outcome verify(Witness witness, User enteredBy, Set<Permission> anyOf, String purpose) {
        Optional<User> found = witness.badge() ? users.byBadge(witness.identifier()) : users.byLogin(witness.identifier());
        if (found.isEmpty()) {
            auditor.recordAnonymous(witness.badge() ? "badge:" + witness.identifier() : witness.identifier(), AuditActions.WITNESS_REFUSED,
                    AuditActions.ENTITY_USER, witness.identifier(), "unknown " + (witness.badge() ? "badge" : "user") + " (" + purpose + ")");
            return Outcome.refused(witness.badge() ? "The witness's badge is not known." : "The witness is not a known user.");
        }
        User w = found.get();
        if (w.id() == enteredBy.id()) {
            // Checked before the PIN: a second check by the same person is no check, whatever the PIN.
            auditor.record(w, AuditActions.WITNESS_REFUSED, AuditActions.ENTITY_USER, w.login(), "", "same person as who entered it (" + purpose + ")", "");
            return Outcome.refused("The witness must be a second person: " + w.fullName() + " entered the value.");
        }
        PinVerifier.Verification v = verifier.verify(w, witness.pin(), purpose);
        if (!v.accepted()) {
            return Outcome.refused(w.fullName() + ": " + v.message());
        }
        if (anyOf.stream().noneMatch(w::has)) {
            String needed = words(anyOf.stream().flatMap(p -> p.grantedTo().stream()).collect(Collectors.toSet()), " or ");
            auditor.record(w, AuditActions.WITNESS_REFUSED, AuditActions.ENTITY_USER, w.login(), "", "role " + w.roles() + " may not witness (" + purpose + ")", "");
            return Outcome.refused("A witness needs the " + needed + " role; " + w.fullName() + " is " + words(w.roles(), ", ") + ".");
        }
        // Re-read: a correct PIN may just have reset the wrong-PIN count.
        return new Outcome(Optional.of(users.byId(w.id()).orElse(w)), "");
    }

    private static String words(Set<Role> roles, String separator) {
        return roles.stream().sorted().map(r -> r == Role.QA ? "QA" : r.name().charAt(0) + r.name().substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(separator));
    }
}
