package org.layerpress.application.balance;

import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.MassSource;
import org.layerpress.domain.user.Permission;

/**
 * The operator's balance buttons on a LOAD_LAYER step: Tare, Zero and Take weight. Take weight
 * asks the balance for a stable reading and hands it back as the {@link MassSource.Weighed} the
 * batch records ({@code BatchSequencer.loadFromBalance}); an unsettled balance, or any other
 * failure, is a {@link BalanceException} in words and never a number. Each call talks to the
 * balance, so callers keep it off the FX thread.
 */
public final class WeighingUseCase {

    private final Authorizer authorizer;
    private final BalancePort balance;

    public WeighingUseCase(Authorizer authorizer, BalancePort balance) {
        this.authorizer = authorizer;
        this.balance = balance;
    }

    public String balanceId() {
        return balance.balanceId();
    }

    /** Tares the empty weighing boat; the tare weight the balance took. */
    public BalanceReading tare(Session session) {
        authorizer.require(session, Permission.RUN_BATCH, "tare the balance");
        return balance.tare();
    }

    public void zero(Session session) {
        authorizer.require(session, Permission.RUN_BATCH, "zero the balance");
        balance.zero();
    }

    /** The stable net weight on the pan, as the record will keep it; refused when not stable or not in g, mg or kg. */
    public MassSource.Weighed takeWeight(Session session) {
        authorizer.require(session, Permission.RUN_BATCH, "take a weight from the balance");
        BalanceReading r = balance.stable();
        if (!r.stable()) {
            throw new BalanceException(BalanceFailure.NOT_STABLE, "");
        }
        r.milligrams(); // refuses a unit that is not a mass the station takes, before it is shown or recorded
        return new MassSource.Weighed(r.balanceId(), r.serialNumber(), r.value(), r.unit(), true, r.at());
    }
}
