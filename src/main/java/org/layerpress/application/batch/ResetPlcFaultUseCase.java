package org.layerpress.application.batch;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.press.FaultResetBy;
import org.layerpress.application.press.LinkState;
import org.layerpress.application.press.LivePressState;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.PressPort;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;

/**
 * "Reset PLC fault" (docs/plc-interface.md, section 5): pulses the PLC's {@code reset} command and
 * waits, bounded, for {@code faultCode} to change. Only RESET clears a latched fault, and only once
 * its cause is gone (T14, T15); RELEASE and STOP never do (T16). Allowed to Supervisors, and to
 * Operators as well when the mapping says {@code faultResetBy: operator}; refused while no fault is
 * latched, without a mapped {@code reset} (then the fault is reset at the press's own panel), or
 * without the link. Every attempt that passes the authority check is audited and, while a batch is
 * open, recorded in it as a PLC_FAULT_RESET event in the same transaction; a denial is audited by
 * the {@link Authorizer}.
 *
 * <p>{@link #reset} blocks its caller for the pulse and the wait: never on the FX thread.
 */
public final class ResetPlcFaultUseCase {

    /** How long the PLC may take to clear the fault: a few scans, the faultCode sampling and publishing, and room for a busy machine. */
    static final Duration CLEAR_WAIT = Duration.ofSeconds(3);
    private static final long POLL_NANOS = Duration.ofMillis(20).toNanos();

    public static final String FAULT_CODE = PressWatcher.FAULT_CODE;
    public static final String FAULT = "fault";
    public static final String OUTCOME = "outcome";
    public static final String CLEARED = "cleared";

    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Transactions tx;
    private final OpenBatch batch;
    private final PressPort port;
    private final LivePressState live;

    ResetPlcFaultUseCase(Authorizer authorizer, Auditor auditor, Transactions tx, OpenBatch batch, PressPort port, LivePressState live) {
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.tx = tx;
        this.batch = batch;
        this.port = port;
        this.live = live;
    }

    /**
     * Why this person may not reset a PLC fault now, in words; empty when they may. Asked by screens
     * to show or hide the button, so it reads the session's roles and audits nothing; {@link #reset}
     * checks again, for real.
     */
    public Optional<String> whyNot(Session session) {
        Optional<Integer> code = latchedCode();
        if (code.isEmpty()) {
            return Optional.of("no PLC fault is latched");
        }
        if (session == null) {
            return Optional.of("log in first to reset a PLC fault");
        }
        if (!allowed(session.user().roles())) {
            return Optional.of("resetting a PLC fault needs a " + whoMay());
        }
        return refusal(code.get());
    }

    /** Who may reset, in words: "Supervisor", or "Supervisor or an Operator" when the mapping says so. */
    public String whoMay() {
        return port.faultResetBy() == FaultResetBy.OPERATOR ? "Supervisor or an Operator" : "Supervisor";
    }

    /**
     * Resets the latched fault: the words of the fault now cleared, or a refusal in words
     * ({@link BatchRefusedException}) when there is nothing to reset, the mapping has no reset, the
     * PLC did not take the command, or the PLC kept the fault because its cause is still present.
     */
    public String reset(Session session) {
        User user = authorizer.require(session, permissionFor(session), "reset a PLC fault");
        Optional<Integer> latched = latchedCode();
        if (latched.isEmpty()) {
            throw refused(user, 0, "no PLC fault is latched");
        }
        int code = latched.get();
        Optional<String> refusal = refusal(code);
        if (refusal.isPresent()) {
            throw refused(user, code, refusal.get());
        }
        try {
            port.command(StandardSignal.RESET);
        } catch (PressLinkException e) {
            throw refused(user, code, "the PLC did not take the reset: " + e.getMessage());
        }
        if (!clearedWithin(code, CLEAR_WAIT)) {
            throw refused(user, code, "the PLC kept the fault: its cause is still present (door, e-stop, force not yet released,"
                    + " heartbeat, or the sensor); remove the cause, then reset again");
        }
        String words = port.faultTexts().describe(code);
        record(user, code, CLEARED, AuditActions.PLC_FAULT_RESET);
        return words + ": reset";
    }

    /** Why the station cannot reset this fault now (mapping, link), in words; empty when it can. */
    private Optional<String> refusal(int code) {
        String words = port.faultTexts().describe(code);
        if (!port.isMapped(StandardSignal.RESET)) {
            return Optional.of(words + ": the mapping has no reset; reset the fault at the press's own panel");
        }
        if (live.link().state() != LinkState.CONNECTED) {
            return Optional.of(words + ": PLC link not connected");
        }
        return Optional.empty();
    }

    private Optional<Integer> latchedCode() {
        return live.latest(StandardSignal.FAULT_CODE).filter(PressSample::good).map(s -> (int) s.value()).filter(c -> c != 0);
    }

    private boolean allowed(java.util.Set<Role> roles) {
        return Permission.RESET_PLC_FAULT.grantedToAnyOf(roles)
                || (port.faultResetBy() == FaultResetBy.OPERATOR && Permission.RUN_BATCH.grantedToAnyOf(roles));
    }

    /** What the authority check asks of this person: RUN_BATCH of an Operator where the mapping lets Operators reset, else RESET_PLC_FAULT. */
    private Permission permissionFor(Session session) {
        boolean supervisor = session != null && Permission.RESET_PLC_FAULT.grantedToAnyOf(session.user().roles());
        return !supervisor && port.faultResetBy() == FaultResetBy.OPERATOR ? Permission.RUN_BATCH : Permission.RESET_PLC_FAULT;
    }

    /** Waits (bounded, off the FX thread) until a good faultCode sample says something other than {@code code}. */
    private boolean clearedWithin(int code, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<PressSample> now = live.latest(StandardSignal.FAULT_CODE).filter(PressSample::good);
            if (now.isPresent() && (int) now.get().value() != code) {
                return true;
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return false;
    }

    private BatchRefusedException refused(User user, int code, String why) {
        record(user, code, "refused: " + why, AuditActions.PLC_FAULT_RESET_REFUSED);
        return new BatchRefusedException(why);
    }

    /** The audit row, and in the open batch a PLC_FAULT_RESET event, in one transaction. */
    private void record(User user, int code, String outcome, String action) {
        String fault = port.faultTexts().describe(code);
        synchronized (batch.lock()) {
            Optional<BatchRun> open = batch.current();
            String entity = open.map(r -> AuditActions.ENTITY_BATCH).orElse(AuditActions.ENTITY_PRESS);
            String entityId = open.map(BatchRun::batchId).orElse(port.endpoint());
            Runnable audit = () -> auditor.record(user, action, entity, entityId, fault, outcome, "");
            if (open.isPresent()) {
                int step = open.get().currentStep().map(StepRun::number).orElse(0);
                batch.append(List.of(batch.event(BatchEventKind.PLC_FAULT_RESET, step, user.login(),
                        Map.of(FAULT_CODE, Integer.toString(code), FAULT, fault, OUTCOME, outcome))), null, audit);
            } else {
                tx.inTransaction(() -> {
                    audit.run();
                    return null;
                });
            }
        }
    }
}
