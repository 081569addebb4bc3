package org.layerpress.application.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.application.users.Witness;
import org.layerpress.application.users.WitnessVerifier;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.InputRefusedException;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.MassSource;
import org.layerpress.domain.batch.StepResult.Answer;
import org.layerpress.domain.batch.StepResult.Checked;
import org.layerpress.domain.batch.StepResult.Ejected;
import org.layerpress.domain.batch.StepResult.Inspected;
import org.layerpress.domain.batch.StepResult.LayerLoaded;
import org.layerpress.domain.batch.StepResult.Scanned;
import org.layerpress.domain.batch.StepResult.Witnessed;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.domain.units.Force;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * The steps an operator confirms at the screen: a checklist, a scan, a weighed layer (with a
 * second person's witness where the recipe asks for one), the ejection, the inspection. Each is
 * one durable transaction before the call returns; a refusal writes nothing.
 */
final class StepConfirmations {

    /** Who may witness a weighing: someone who may run batches, or review them. */
    static final Set<Permission> WITNESS_PERMISSIONS = Set.of(Permission.RUN_BATCH, Permission.REVIEW_BATCH);

    private final Authorizer authorizer;
    private final Auditor auditor;
    private final WitnessVerifier witnesses;
    private final Transactions tx;
    private final OpenBatch batch;
    private final StepFlow flow;
    private final LivePressState live;
    private final CoolGate coolGate;
    private final AtmosphereGate atmosphere;
    private volatile Optional<String> balanceId = Optional.empty();

    StepConfirmations(Authorizer authorizer, Auditor auditor, WitnessVerifier witnesses, Transactions tx, OpenBatch batch, StepFlow flow,
                      LivePressState live, CoolGate coolGate, AtmosphereGate atmosphere) {
        this.atmosphere = atmosphere;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.witnesses = witnesses;
        this.tx = tx;
        this.batch = batch;
        this.flow = flow;
        this.live = live;
        this.coolGate = coolGate;
    }

    BatchRun confirmCheck(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "confirm a check");
        synchronized (batch.lock()) {
            boolean loadVessel = batch.run().currentStep().map(s -> s.step().kind() == StepKind.LOAD_VESSEL).orElse(false);
            StepRun step = flow.expect(loadVessel ? StepKind.LOAD_VESSEL : StepKind.CHECK);
            if (loadVessel) {
                // The vessel's guard door: loaded means closed and locked, as the PLC reads it.
                if (live.latest(StandardSignal.LID_LOCKED).isPresent() && !live.isTrue(StandardSignal.LID_LOCKED)) {
                    throw new BatchRefusedException("the vessel's lid is not locked: close and lock it, then confirm");
                }
                RecipeStep.LoadVessel load = (RecipeStep.LoadVessel) step.step();
                return flow.finish(user.login(), step.number(), BatchEventKind.STEP_CONFIRMED, StepResultCodec.encode(new Checked(load.items())));
            }
            RecipeStep.Check check = (RecipeStep.Check) step.step();
            Map<String, String> values = new LinkedHashMap<>(atmosphere.check(step));
            values.putAll(StepResultCodec.encode(new Checked(check.items())));
            return flow.finish(user.login(), step.number(), BatchEventKind.STEP_CONFIRMED, values);
        }
    }

    BatchRun confirmScan(Session session, String code) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "confirm a scan");
        // Before the lock and the transaction: an over-long or garbled scan is refused in a short message and writes nothing.
        String scanned = within(InputLimits.SCAN, code);
        synchronized (batch.lock()) {
            StepRun step = flow.expect(StepKind.SCAN);
            if (scanned.isEmpty()) {
                throw new BatchRefusedException("nothing was scanned");
            }
            RecipeStep.Scan scan = (RecipeStep.Scan) step.step();
            String dieId = batch.run().dieId();
            // The die was chosen at start and is in the record's header; this scan is the physical
            // check that the die in the press is that one, so another die is refused, never recorded.
            if (scan.target() == RecipeStep.ScanTarget.DIE_ID && !scanned.equals(dieId)) {
                throw BatchRefusedException.dieMismatch(scanned, dieId);
            }
            return flow.finish(user.login(), step.number(), BatchEventKind.STEP_CONFIRMED, StepResultCodec.encode(new Scanned(scan.target(), scanned)));
        }
    }

    /** Set once a station weighs on a balance: from then on a mass is taken from it, or typed only as a deviation. */
    void weighOn(String balanceId) {
        this.balanceId = Optional.of(balanceId);
    }

    /** See {@link BatchSequencer#loadLayer(Session, double, String, Optional, Optional)} and {@link BatchSequencer#loadWeighed}. */
    BatchRun loadLayer(Session session, double massMg, String lot, Optional<String> deviationReason, Optional<Witness> witness,
                       MassSource source) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "load a layer");
        requireAllowed(source);
        if (!(massMg > 0) || !(massMg <= InputLimits.WEIGHED_MASS_MAX_MG)) {
            throw new BatchRefusedException(String.format(Locale.ROOT, "the mass must be above 0 and at most %s mg, was %s",
                    num(InputLimits.WEIGHED_MASS_MAX_MG), Double.isFinite(massMg) ? num(massMg) + " mg" : "not a number"));
        }
        String powderLot = within(InputLimits.LOT, lot);
        Optional<String> given = deviationReason.map(r -> within(InputLimits.REASON, r)).filter(r -> !r.isEmpty());
        synchronized (batch.lock()) {
            StepRun step = flow.expect(StepKind.LOAD_LAYER);
            RecipeStep.LoadLayer load = (RecipeStep.LoadLayer) step.step();
            if (powderLot.isEmpty()) {
                throw new BatchRefusedException("the powder lot is missing");
            }
            Map<String, String> atmosphereNow = atmosphere.check(step);
            Optional<String> reason = Optional.empty();
            if (!load.accepts(massMg)) {
                reason = given;
                if (reason.isEmpty()) {
                    throw new BatchRefusedException(String.format(Locale.ROOT,
                            "%s mg is outside %s ± %s mg: give a reason to record the deviation, or weigh again",
                            num(massMg), num(load.target().milligrams()), num(load.tolerance().milligrams())));
                }
            }
            if (source instanceof MassSource.TypedBalanceOffline typed) {
                // A typed mass on a station with a balance is itself a deviation, with the reason the balance was not used.
                reason = Optional.of("balance offline: " + typed.reason() + reason.map(r -> "; " + r).orElse(""));
            }
            LayerLoaded loaded = new LayerLoaded(load.layerName(), load.material(), massMg, load.target().milligrams(),
                    load.tolerance().milligrams(), powderLot, reason, Optional.empty(), source);
            BatchEventKind kind = reason.isEmpty() ? BatchEventKind.STEP_CONFIRMED : BatchEventKind.STEP_DEVIATED;
            if (!load.secondPersonCheck()) {
                return flow.finish(user.login(), step.number(), kind, withAtmosphere(StepResultCodec.encode(loaded), atmosphereNow));
            }
            // Checked last, so a PIN is only spent on a weighing that could be recorded.
            User by = witnessed(step, user, witness.orElseThrow(() -> new BatchRefusedException(String.format(Locale.ROOT,
                    "step %d (%s) needs a second person to witness the mass and lot: they pick their name or scan their badge and enter their PIN",
                    step.number(), step.step().title()))));
            LayerLoaded witnessed = loaded.witnessedBy(new Witnessed(by.login(), by.fullName(), batch.now()));
            String what = String.format(Locale.ROOT, "step %d (%s): %s mg of %s, lot %s, entered by %s", step.number(), step.step().title(),
                    num(massMg), load.material(), powderLot, user.login());
            String batchId = batch.run().batchId();
            return flow.finish(user.login(), step.number(), kind, withAtmosphere(StepResultCodec.encode(witnessed), atmosphereNow),
                    () -> auditor.record(by, AuditActions.STEP_WITNESSED, AuditActions.ENTITY_BATCH, batchId, "", what, ""));
        }
    }

    /**
     * On a station with a balance a mass comes from it, stable, or is typed as a deviation with a
     * reason; on one without, it is typed. Anything else is refused before anything is written.
     */
    private void requireAllowed(MassSource source) {
        if (source instanceof MassSource.Weighed w) {
            if (balanceId.isEmpty() || !balanceId.get().equals(w.balanceId())) {
                throw new BatchRefusedException("this station does not weigh on balance " + w.balanceId());
            }
            if (!w.stable()) {
                throw new BatchRefusedException("Not stable yet: wait");
            }
        } else if (source instanceof MassSource.Typed && balanceId.isPresent()) {
            throw new BatchRefusedException("this station weighs on balance " + balanceId.get()
                    + ": tap Take weight, or type the mass as a deviation with the reason the balance cannot be used");
        } else if (source instanceof MassSource.TypedBalanceOffline && balanceId.isEmpty()) {
            throw new BatchRefusedException("this station has no balance: type the mass");
        }
    }

    /** The source of a mass typed on a station with a balance; refused without a reason, or with one past its limit. */
    static MassSource typedWithoutBalance(String whyNoBalance) {
        String reason = within(InputLimits.REASON, whyNoBalance);
        if (reason.isEmpty()) {
            throw new BatchRefusedException("give the reason the balance cannot be used (e.g. balance offline)");
        }
        return new MassSource.TypedBalanceOffline(reason);
    }

    /** The accepted witness, or a refusal; the PIN check commits on its own, so a wrong PIN counts even though nothing else is written. */
    private User witnessed(StepRun step, User operator, Witness witness) {
        String purpose = "witness of " + batch.run().batchId() + " step " + step.number();
        WitnessVerifier.Outcome outcome = tx.inTransaction(() -> witnesses.verify(witness, operator, WITNESS_PERMISSIONS, purpose));
        return outcome.witness().orElseThrow(() -> new BatchRefusedException("Not witnessed. " + outcome.refusal()));
    }

    /** Confirms the pellet was ejected; refused while the press still holds force, or the platens are above a COOL's limit. */
    BatchRun eject(Session session) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "confirm the ejection");
        synchronized (batch.lock()) {
            StepRun step = flow.expect(StepKind.EJECT);
            Optional<Force> force = live.force();
            if (force.isPresent() && force.get().kiloNewtons() >= BatchSequencer.RELEASED_KILONEWTONS) {
                throw new BatchRefusedException(String.format(Locale.ROOT, "the press still holds %.1f kN: release first", force.get().kiloNewtons()));
            }
            coolGate.require(step);
            return flow.finish(user.login(), step.number(), BatchEventKind.STEP_CONFIRMED, StepResultCodec.encode(new Ejected()));
        }
    }

    /**
     * Pass/fail answers to every question of the INSPECT step; any fail ends the step DEVIATED with the
     * reason the person chose (refused without one), kept beside the failed answers.
     */
    BatchRun inspect(Session session, Map<String, Boolean> answers, String reason) {
        User user = authorizer.require(session, Permission.RUN_BATCH, "record the inspection");
        String why = within(InputLimits.REASON, reason);
        synchronized (batch.lock()) {
            StepRun step = flow.expect(StepKind.INSPECT);
            RecipeStep.Inspect inspect = (RecipeStep.Inspect) step.step();
            List<String> missing = inspect.questions().stream().filter(q -> !answers.containsKey(q)).toList();
            if (!missing.isEmpty()) {
                throw new BatchRefusedException("unanswered: " + String.join("; ", missing));
            }
            Inspected inspected = new Inspected(inspect.questions().stream().map(q -> new Answer(q, answers.get(q))).toList());
            if (inspected.failed().isEmpty()) {
                return flow.finish(user.login(), step.number(), BatchEventKind.STEP_CONFIRMED, StepResultCodec.encode(inspected));
            }
            if (why.isEmpty()) {
                throw new BatchRefusedException("a failed inspection needs a reason: tap one");
            }
            Map<String, String> values = new LinkedHashMap<>(StepResultCodec.encode(inspected));
            values.put(BatchRun.REASON, why);
            return flow.finish(user.login(), step.number(), BatchEventKind.STEP_DEVIATED, values);
        }
    }

    /** A step's values with the glovebox readings taken when it was confirmed. */
    private static Map<String, String> withAtmosphere(Map<String, String> values, Map<String, String> atmosphereNow) {
        Map<String, String> out = new LinkedHashMap<>(atmosphereNow);
        out.putAll(values);
        return out;
    }

    /** A text within its limit (trimmed), or a refusal in words that names the limit; checked before anything is written. */
    static String within(InputLimits.TextLimit limit, String value) {
        try {
            return limit.accept(value);
        } catch (InputRefusedException e) {
            throw new BatchRefusedException(e.getMessage());
        }
    }

    private static String num(double v) {
        return EvidenceNumbers.text(v);
    }
}
