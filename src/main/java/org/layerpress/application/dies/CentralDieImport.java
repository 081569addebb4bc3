package org.layerpress.application.dies;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Clocks;
import org.layerpress.domain.press.DieStatus;
import org.layerpress.domain.press.RegisteredDie;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Force;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adopts the dies a Supervisor published centrally (docs/dies.md, "Dies on many stations"; ADR 0014). Only the
 * newest publication of each die id counts. It is adopted when it keeps this station's limits for a die and, when
 * the station already holds that die id, has the same bore and rated force: a die with another bore or rating
 * under the same id is another part, or a slip, and is refused in words, audited once. A status out of use wins:
 * a published RETIRED or OUT_FOR_REPAIR takes an IN_USE die out of use here, and a published IN_USE never puts back
 * a die this station took out of use itself (its Supervisor does, under Dies). A retired die is never changed.
 * The counts are never taken from a publication: they are this station's own, and the site's sum is kept beside
 * them from the pull ({@link DieStore#replaceSiteCycles}). The station is the actor: the Supervisor published it.
 */
public final class CentralDieImport {

    public static final String ADOPTED = "DIE_ADOPTED_FROM_CENTRAL";
    public static final String REFUSED = "DIE_REFUSED_FROM_CENTRAL";

    /** Rated forces closer than this are the same rating (a unit's rounding), kN. */
    private static final double SAME_RATING_KN = 1e-6;

    private static final Logger LOG = LoggerFactory.getLogger(CentralDieImport.class);

    private final DieStore dies;
    private final CentralDieLedger ledger;
    private final Auditor auditor;
    private final Transactions tx;
    private final Clock clock;
    private final String source;

    /** @param source where the publications come from, in words for the audit trail (the central URL without its query) */
    public CentralDieImport(DieStore dies, CentralDieLedger ledger, Auditor auditor, Transactions tx, Clock clock, String source) {
        this.dies = dies;
        this.ledger = ledger;
        this.auditor = auditor;
        this.tx = tx;
        this.clock = clock;
        this.source = source;
    }

    /** What one pass did: the die ids adopted (changed here) now, and each refusal in words. */
    public record Outcome(List<String> adopted, List<String> refusals) {
    }

    /**
     * Deals with the newest publication of each die id, if not dealt with before, oldest publication first, then keeps
     * central's sums of cycles for the dies this station holds.
     *
     * @param central the identity of the central database they were read from ("" for one without), whose numbers they are
     * @param siteCycles each die's press steps over every station, as central counts its forwarded die uses
     */
    public synchronized Outcome receive(String central, List<PublishedDie> published, Map<String, Long> siteCycles) {
        tx.inTransaction(() -> {
            ledger.claimUnmarked(central);
            return null;
        });
        Map<String, PublishedDie> newest = new LinkedHashMap<>();
        for (PublishedDie p : published) {
            newest.merge(p.dieId(), p, (a, b) -> a.id() >= b.id() ? a : b);
        }
        List<String> adopted = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (PublishedDie p : newest.values().stream().sorted(Comparator.comparingLong(PublishedDie::id)).toList()) {
            Optional<String> refusal = tx.inTransaction(() -> {
                if (ledger.dealtWith(central, p.id())) {
                    return Optional.<String>empty();
                }
                Optional<RegisteredDie> mine = dies.byId(p.dieId());
                RegisteredDie after;
                try {
                    after = adopted(p, mine);
                } catch (IllegalArgumentException e) {
                    return Optional.of(e.getMessage());
                }
                if (adopt(central, p, mine, after)) {
                    adopted.add(p.dieId());
                }
                return Optional.<String>empty();
            });
            refusal.ifPresent(why -> {
                if (tx.inTransaction(() -> refuse(central, p, why))) {
                    refusals.add(refusalText(p, why));
                }
            });
        }
        // After the adoptions, so a die new here gets its site's count in the same pull.
        Instant now = Clocks.now(clock);
        tx.inTransaction(() -> {
            dies.replaceSiteCycles(siteCycles, now);
            return null;
        });
        return new Outcome(adopted, refusals);
    }

    /** The die as this station would hold it after adopting {@code p}; refused in words by an IllegalArgumentException. */
    private static RegisteredDie adopted(PublishedDie p, Optional<RegisteredDie> mine) {
        DieCommands.AddDie checked;
        DieStatus status;
        try {
            checked = new DieCommands.AddDie(p.dieId(), p.boreMillimetres(), Force.kiloNewtons(p.ratedForceKiloNewtons()), p.material(),
                    p.ratedCycles());
            status = DieStatus.valueOf(p.status());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it breaks this station's limits for a die: " + e.getMessage(), e);
        }
        if (mine.isEmpty()) {
            return new RegisteredDie(checked.die(), checked.material(), checked.ratedCycles(), 0, Optional.empty(), status);
        }
        RegisteredDie here = mine.get();
        if (!here.die().hasBore(p.boreMillimetres())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "this station holds %s with a %.2f mm bore, the publication has %.2f mm",
                    here.id(), here.die().bore().millimetres(), p.boreMillimetres()));
        }
        if (Math.abs(here.die().rating().kiloNewtons() - p.ratedForceKiloNewtons()) > SAME_RATING_KN) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "this station holds %s rated %s kN, the publication rates it %s kN",
                    here.id(), EvidenceNumbers.text(here.die().rating().kiloNewtons()), EvidenceNumbers.text(p.ratedForceKiloNewtons())));
        }
        RegisteredDie after = new RegisteredDie(here.die(), checked.material(), checked.ratedCycles(), here.cycles(), here.highestForce(),
                furtherOutOfUse(here.status(), status));
        if (here.status() == DieStatus.RETIRED && !after.equals(here)) {
            throw new IllegalArgumentException("this station retired " + here.id() + ", and a retired die is never changed");
        }
        return after;
    }

    /** Out of use wins, in either direction: RETIRED over OUT_FOR_REPAIR over IN_USE. */
    static DieStatus furtherOutOfUse(DieStatus here, DieStatus published) {
        return rank(published) > rank(here) ? published : here;
    }

    private static int rank(DieStatus s) {
        return switch (s) {
            case IN_USE -> 0;
            case OUT_FOR_REPAIR -> 1;
            case RETIRED -> 2;
        };
    }

    /** True when the die changed here (added or changed, audited); a publication that changes nothing is only noted. */
    private boolean adopt(String central, PublishedDie p, Optional<RegisteredDie> mine, RegisteredDie after) {
        ledger.record(central, p.id(), p.dieId(), CentralDieLedger.Outcome.ADOPTED, Clocks.now(clock));
        if (mine.isPresent() && mine.get().equals(after)) {
            return false;
        }
        if (mine.isEmpty()) {
            dies.insert(after);
        } else {
            dies.update(after);
        }
        auditor.recordByStation(ADOPTED, AuditActions.ENTITY_DIE, after.id(), mine.map(RegisteredDie::describe).orElse(""), after.describe(),
                from(p));
        LOG.info("die {} adopted from central ({})", p.dieId(), from(p));
        return true;
    }

    private String from(PublishedDie p) {
        return "central publication " + p.id() + " by " + p.publishedBy() + " on " + p.fromStation() + " through " + source;
    }

    /** True when refused now; false when another pass dealt with it meanwhile. */
    private boolean refuse(String central, PublishedDie p, String why) {
        if (ledger.dealtWith(central, p.id())) {
            return false;
        }
        String id = shortId(p);
        ledger.record(central, p.id(), id, CentralDieLedger.Outcome.REFUSED, Clocks.now(clock));
        auditor.recordByStation(REFUSED, AuditActions.ENTITY_DIE, id, "", "refused — not adopted", refusalText(p, why) + "; " + from(p));
        LOG.warn(refusalText(p, why));
        return true;
    }

    static String refusalText(PublishedDie p, String why) {
        return "die " + shortId(p) + " from central refused: " + why;
    }

    /** A die id as the audit row's entity can hold it, even one that breaks the limits. */
    private static String shortId(PublishedDie p) {
        return p.dieId().length() <= 32 ? p.dieId() : p.dieId().substring(0, 31) + "…";
    }
}
