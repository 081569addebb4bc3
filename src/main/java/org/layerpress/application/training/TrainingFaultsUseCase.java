package org.layerpress.application.training;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.audit.AuditActions;
import org.layerpress.application.batch.TrainingNotes;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * A trainer injects a fault into the simulated press (docs/training.md). Only on the in-process simulated
 * press (a station on a real PLC has no {@link TrainingPort}: refused in words), only faults that press can
 * have, and only by a Supervisor or Admin, or by anyone on a demo station ({@code run --demo}). Every
 * injection is audited (who, what, when) and, while a batch is open, written into its record as a
 * TRAINING_FAULT event in the same transaction, before the simulator gets it: a fault that could not be
 * recorded is not injected.
 *
 * <p>{@link #inject} may block for the record's commit: never on the FX thread.
 */
public final class TrainingFaultsUseCase {

    static final String WHAT = "inject a training fault";
    static final String REAL_PRESS = "this station's press is a real PLC: training faults go only into the simulated press";
    private static final String SIMULATED_PRESS = "simulated press";
    /** Who a fault typed on a demo station's console is recorded as. */
    public static final String CONSOLE = "console";

    private final Optional<TrainingPort> port;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Transactions tx;
    private final TrainingNotes notes;
    private final boolean demoStation;

    /**
     * @param port the simulated press, empty on a real PLC
     * @param notes where an injection goes into the open batch's record
     * @param demoStation a station run with {@code --demo}: everyone logged in may train
     */
    public TrainingFaultsUseCase(Optional<TrainingPort> port, Authorizer authorizer, Auditor auditor, Transactions tx, TrainingNotes notes,
                                 boolean demoStation) {
        this.port = port;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.tx = tx;
        this.notes = notes;
        this.demoStation = demoStation;
    }

    /** Whether the station's press is the simulated one (the only one training faults go into). */
    public boolean simulated() {
        return port.isPresent();
    }

    /**
     * Why this person may not train now, in words; empty when they may. Asked by screens to show or hide the
     * Training section, so it reads the session's roles and audits nothing; {@link #inject} checks again, for real.
     */
    public Optional<String> whyNot(Session session) {
        if (port.isEmpty()) {
            return Optional.of(REAL_PRESS);
        }
        if (session == null) {
            return Optional.of("log in first to " + WHAT);
        }
        if (!demoStation && !session.user().has(Permission.INJECT_TRAINING_FAULT)) {
            return Optional.of("training faults are for a Supervisor or an Admin");
        }
        return Optional.empty();
    }

    /** The faults this press can have, in the panel's order; none on a real press. */
    public List<TrainingFault.Kind> offered() {
        return port.map(p -> Arrays.stream(TrainingFault.Kind.values()).filter(p.supported()::contains).toList()).orElse(List.of());
    }

    /**
     * Injects the fault: what was done and what to expect, in words; refused ({@link TrainingRefusedException},
     * or {@code AccessDeniedException} for who may not) on a real press, for a fault this press cannot have,
     * or for a person without the role. A refusal past the authority check is audited too.
     */
    public String inject(Session session, TrainingFault fault) {
        // On a demo station everyone trains; the check still refuses a stale session or a disabled person
        // (every role holds ACKNOWLEDGE_ALARM).
        User user = authorizer.require(session, demoStation ? Permission.ACKNOWLEDGE_ALARM : Permission.INJECT_TRAINING_FAULT, WHAT);
        if (port.isEmpty()) {
            throw refused(user, fault, REAL_PRESS);
        }
        if (!port.get().supported().contains(fault.kind())) {
            throw refused(user, fault, "this simulated press cannot have that fault (" + fault.kind().label() + ")");
        }
        return injected(user.login(), fault, batch -> auditor.record(user, AuditActions.TRAINING_FAULT, entity(batch), batch.orElse(SIMULATED_PRESS),
                "", fault.words(), "training on the simulated press"));
    }

    /**
     * A fault typed on the console of a demo station ({@code run --demo}), where nobody is logged in: audited and
     * recorded as done by {@value #CONSOLE}; refused on a station that is no demo, on a real press, and for a fault
     * this press cannot have.
     */
    public String injectFromConsole(TrainingFault fault) {
        if (!demoStation) {
            throw new TrainingRefusedException("faults typed on the console are for a demo station (run --demo); log in on the panel");
        }
        if (port.isEmpty()) {
            throw new TrainingRefusedException(REAL_PRESS);
        }
        if (!port.get().supported().contains(fault.kind())) {
            throw new TrainingRefusedException("this simulated press cannot have that fault (" + fault.kind().label() + ")");
        }
        return injected(CONSOLE, fault, batch -> auditor.recordAnonymous(CONSOLE, AuditActions.TRAINING_FAULT, entity(batch),
                batch.orElse(SIMULATED_PRESS), fault.words()));
    }

    /** Recorded first (a fault that could not be recorded is not injected), then injected. */
    private String injected(String actor, TrainingFault fault, java.util.function.Consumer<Optional<String>> audit) {
        notes.record(actor, fault.words(), fault.kind().expect(), audit);
        port.orElseThrow().inject(fault);
        return fault.words() + ": done. " + fault.kind().expect();
    }

    private static String entity(Optional<String> batch) {
        return batch.map(b -> AuditActions.ENTITY_BATCH).orElse(AuditActions.ENTITY_PRESS);
    }

    private TrainingRefusedException refused(User user, TrainingFault fault, String why) {
        tx.inTransaction(() -> {
            auditor.record(user, AuditActions.TRAINING_FAULT, AuditActions.ENTITY_PRESS, SIMULATED_PRESS, "", "refused: " + fault.words(), why);
            return null;
        });
        return new TrainingRefusedException(why);
    }
}
