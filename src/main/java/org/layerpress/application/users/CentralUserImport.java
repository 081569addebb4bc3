package org.layerpress.application.users;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.domain.user.UserNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adopts the people the site's user home published (docs/central.md, ADR 0014). Only the newest publication of
 * each login counts. It is adopted when its login, printed name, badge and roles keep this station's input
 * limits, no other local user holds its badge, and the station keeps at least one active Admin of its own (a
 * local Admin is never changed from central, so a broken central copy cannot lock the station out). The change
 * is sealed with the user's row and audited ({@code USER_ADOPTED_FROM_CENTRAL}, before and after in words), in
 * one transaction. A PIN hash is taken only when this station's site setting shares them too; without it a
 * person new here gets no usable PIN until this station's Admin gives a one-time PIN. Wrong-PIN counts,
 * lock-outs, language and demo flags stay local. Anything else is refused in words and audited once. The
 * station is the actor: the home's Admin published the change.
 */
public final class CentralUserImport {

    public static final String ADOPTED = "USER_ADOPTED_FROM_CENTRAL";
    public static final String REFUSED = "USER_REFUSED_FROM_CENTRAL";

    /** What an adopted person new here has until an Admin gives a PIN: no PIN matches it ({@link PinHasher} checks the algorithm). */
    static final PinHash NO_PIN = new PinHash("NONE", 0, "-", "-");

    private static final Logger LOG = LoggerFactory.getLogger(CentralUserImport.class);

    private final UserStore users;
    private final SettingsStore settings;
    private final CentralUserLedger ledger;
    private final Auditor auditor;
    private final Transactions tx;
    private final Clock clock;
    private final String source;

    /** @param source where the publications come from, in words for the audit trail (the central URL without its query) */
    public CentralUserImport(UserStore users, SettingsStore settings, CentralUserLedger ledger, Auditor auditor, Transactions tx, Clock clock,
                             String source) {
        this.users = users;
        this.settings = settings;
        this.ledger = ledger;
        this.auditor = auditor;
        this.tx = tx;
        this.clock = clock;
        this.source = source;
    }

    /** What one pass did: the logins adopted now, and each refusal in words. */
    public record Outcome(List<String> adopted, List<String> refusals) {
    }

    /**
     * Deals with the newest publication of each login, if not dealt with before, oldest publication first.
     *
     * @param central the identity of the central database they were read from ("" for one without), whose numbers they are
     */
    public synchronized Outcome receive(String central, List<PublishedUser> published) {
        tx.inTransaction(() -> {
            ledger.claimUnmarked(central);
            return null;
        });
        Map<String, PublishedUser> newest = new LinkedHashMap<>();
        for (PublishedUser p : published) {
            newest.merge(p.login(), p, (a, b) -> a.id() >= b.id() ? a : b);
        }
        List<String> adopted = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (PublishedUser p : newest.values().stream().sorted(Comparator.comparingLong(PublishedUser::id)).toList()) {
            Optional<String> refusal = tx.inTransaction(() -> {
                if (ledger.dealtWith(central, p.id())) {
                    return Optional.<String>empty();
                }
                Optional<String> why = whyNot(p);
                if (why.isEmpty()) {
                    adopt(central, p);
                    adopted.add(p.login());
                }
                return why;
            });
            refusal.ifPresent(why -> {
                if (tx.inTransaction(() -> refuse(central, p, why))) {
                    refusals.add(refusalText(p, why));
                }
            });
        }
        return new Outcome(adopted, refusals);
    }

    /** Why this station does not adopt {@code p}, in words; empty when it does. */
    private Optional<String> whyNot(PublishedUser p) {
        try {
            UserNames.login(p.login());
            UserNames.fullName(p.fullName());
            p.badgeId().ifPresent(InputLimits.BADGE_ID::accept);
            roles(p);
        } catch (IllegalArgumentException e) {
            return Optional.of("it breaks this station's input limits: " + e.getMessage());
        }
        if (p.badgeId().isPresent()) {
            Optional<User> holder = users.byBadge(p.badgeId().get()).filter(u -> !u.login().equals(p.login()));
            if (holder.isPresent()) {
                return Optional.of("badge " + p.badgeId().get() + " belongs to " + holder.get().login() + " on this station");
            }
        }
        Set<String> managed = ledger.centrallyManaged();
        long localAdminsAfter = users.all().stream()
                .filter(u -> u.active() && u.holds(Role.ADMIN) && !managed.contains(u.login()) && !u.login().equals(p.login())).count();
        if (localAdminsAfter == 0) {
            return Optional.of(users.byLogin(p.login()).filter(u -> u.active() && u.holds(Role.ADMIN)).isPresent()
                    ? p.login() + " is this station's last active local Admin, who is never changed from central"
                    : "this station has no active local Admin to keep, and one is never changed from central");
        }
        return Optional.empty();
    }

    private static Set<Role> roles(PublishedUser p) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : p.roles().split(",")) {
            if (!name.isBlank()) {
                try {
                    roles.add(Role.valueOf(name.strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown role " + InputLimits.excerpt(name.strip()), e);
                }
            }
        }
        return UserCommands.requireRoles(roles);
    }

    private void adopt(String central, PublishedUser p) {
        Optional<PublishedUser.Pin> pin = p.pin().filter(x -> SitePins.shared(settings));
        Optional<User> mine = users.byLogin(p.login());
        String before = mine.map(FirstAdminSetupUseCase::describe).orElse("");
        long id;
        if (mine.isEmpty()) {
            id = users.insert(new NewUser(p.login(), UserNames.fullName(p.fullName()), p.badgeId(), roles(p),
                    pin.map(PublishedUser.Pin::mustChange).orElse(true), false), pin.map(PublishedUser.Pin::hash).orElse(NO_PIN));
        } else {
            User u = mine.get();
            id = u.id();
            String fullName = UserNames.fullName(p.fullName());
            if (!u.fullName().equals(fullName) || !u.badgeId().equals(p.badgeId())) {
                users.updateIdentity(id, fullName, p.badgeId());
            }
            if (!u.roles().equals(roles(p))) {
                users.updateRoles(id, roles(p));
            }
            pin.ifPresent(x -> users.updatePin(id, x.hash(), x.mustChange()));
        }
        if (users.byId(id).orElseThrow().active() != p.active()) {
            users.updateActive(id, p.active());
        }
        User after = users.byId(id).orElseThrow();
        ledger.record(central, p.id(), p.login(), CentralUserLedger.Outcome.ADOPTED, Clocks.now(clock));
        String pinWords = pin.isPresent() ? "; PIN hash taken from the user home"
                : mine.isEmpty() ? "; no usable PIN until an Admin of this station gives one" : "; PIN kept";
        auditor.recordByStation(ADOPTED, AuditActions.ENTITY_USER, after.login(), before, FirstAdminSetupUseCase.describe(after) + pinWords,
                from(p));
        LOG.info("user {} adopted from central ({})", p.login(), from(p));
    }

    private String from(PublishedUser p) {
        return "central publication " + p.id() + " by " + p.publishedBy() + " on " + p.fromStation() + " through " + source;
    }

    /** True when refused now; false when another pass dealt with it meanwhile. */
    private boolean refuse(String central, PublishedUser p, String why) {
        if (ledger.dealtWith(central, p.id())) {
            return false;
        }
        String login = shortLogin(p);
        ledger.record(central, p.id(), login, CentralUserLedger.Outcome.REFUSED, Clocks.now(clock));
        auditor.recordByStation(REFUSED, AuditActions.ENTITY_USER, login, "", "refused — not adopted", refusalText(p, why) + "; " + from(p));
        LOG.warn(refusalText(p, why));
        return true;
    }

    static String refusalText(PublishedUser p, String why) {
        return "user " + shortLogin(p) + " from central refused: " + why;
    }

    /** A login as the audit row's entity can hold it, even one that breaks the limits. */
    private static String shortLogin(PublishedUser p) {
        return p.login().length() <= 32 ? p.login() : p.login().substring(0, 31) + "…";
    }
}
