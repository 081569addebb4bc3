package org.layerpress.ui.batch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.WeighingUseCase;
import org.layerpress.application.batch.BatchRefusedException;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.atmosphere.AtmosphereReading;
import org.layerpress.application.batch.BatchSequencer;
import org.layerpress.application.batch.GaugeProgress;
import org.layerpress.application.batch.PlatenProgress;
import org.layerpress.application.batch.VesselProgress;
import org.layerpress.application.batch.ResetPlcFaultUseCase;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Role;
import org.layerpress.domain.user.User;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * Every sequencer call of the Run screen goes through here: off the FX thread (the HMI's one {@link UseCaseRunner}),
 * one at a time (a second tap while one runs is ignored), the resulting snapshot or a refusal in
 * words handed back on the FX thread. A refusal is the sequencer saying no (a blocker, a wrong
 * step): it is shown, not logged as a failure.
 */
public final class BatchCalls {

    private final BatchSequencer sequencer;
    private final Session session;
    private final UseCaseRunner runner;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Consumer<BatchRun> onResult = r -> { };
    private Consumer<String> onRefused = w -> { };
    private Supplier<List<User>> people = List::of;
    private Optional<WeighingUseCase> balance = Optional.empty();

    public BatchCalls(BatchSequencer sequencer, Session session, UseCaseRunner runner) {
        this.sequencer = Objects.requireNonNull(sequencer, "sequencer");
        this.session = Objects.requireNonNull(session, "session");
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Where results and refusals go (the Run screen's view model). */
    void connect(Consumer<BatchRun> results, Consumer<String> refusals) {
        this.onResult = results;
        this.onRefused = refusals;
    }

    public Session session() {
        return session;
    }

    /** Whether the station marks its batches as training (a flag fixed when the station was built: no call needed). */
    /** The PRESS step pumped by hand running now (empty on an automatic press): read without waiting, for the live refresh. */
    public java.util.Optional<org.layerpress.application.batch.ManualProgress> manualProgress() {
        return sequencer.manualProgress();
    }

    /** The PRESS step read off a gauge running now (empty unless the press has a gauge only): read without waiting, for the live refresh. */
    public Optional<GaugeProgress> gaugeProgress() {
        return sequencer.gauge().progress();
    }

    /** Whether the station's press is read off a gauge (a manual pump press without a transducer). */
    public boolean gaugePress() {
        return sequencer.gaugePress();
    }

    /** The glovebox's readings now (never blocks: the adapter polls in the background); empty without a glovebox. */
    Optional<AtmosphereReading> atmosphere() {
        return sequencer.atmosphere();
    }

    /** Hands a confirmed gauge reading to the sequencer, for the stage it was typed in (off the FX thread, as every call). */
    public void gaugeReading(GaugeProgress.Stage stage, double reading) {
        call(s -> stage == GaugeProgress.Stage.READ_AT_HOLD_END ? s.gauge().atHoldEnd(session, reading) : s.gauge().atHoldStart(session, reading));
    }

    /** Whether the station's press is pumped and released by hand. */
    public boolean manualPress() {
        return sequencer.manualPress();
    }

    public boolean trainingStation() {
        return sequencer.training();
    }

    /**
     * Who may reset a latched PLC fault, asked on the FX thread (it reads live state and the session's
     * roles, nothing that blocks); the reset itself goes through {@link #query}.
     */
    public ResetPlcFaultUseCase faultReset() {
        return sequencer.faultReset();
    }

    /**
     * The HEAT or COOL the sequencer runs now (setpoint written, soak so far), asked on the FX thread:
     * the sequencer keeps it in a volatile field for the screen, so nothing blocks.
     */
    public Optional<PlatenProgress> platenProgress() {
        return sequencer.platenProgress();
    }

    /** The PRESSURISE or DEPRESSURISE the sequencer runs now (pressure, hold so far), asked on the FX thread: read without the lock. */
    public Optional<VesselProgress> vesselProgress() {
        return sequencer.vessel().progress();
    }

    /** Who may be picked as a witness (a four-eyes weighing): the station's active users, read off the FX thread. */
    public BatchCalls withPeople(Supplier<List<User>> activeUsers) {
        this.people = Objects.requireNonNull(activeUsers, "activeUsers");
        return this;
    }

    /** This station weighs on a balance: the load step shows Tare and Take weight, and a typed mass becomes a deviation. */
    public BatchCalls withBalance(WeighingUseCase weighing) {
        this.balance = Optional.of(weighing);
        return this;
    }

    public Optional<WeighingUseCase> balance() {
        return balance;
    }

    /** Runs a balance call off the FX thread and hands its result to {@code done}; a failure goes to the refusals, in words. */
    public <T> void balanceCall(Function<WeighingUseCase, T> action, Consumer<? super T> done) {
        WeighingUseCase weighing = balance.orElseThrow(() -> new IllegalStateException("this station has no balance"));
        query(s -> action.apply(weighing), done);
    }

    /**
     * The active users other than the logged-in one who may witness (Operator or QA role, as the
     * sequencer's check wants), for the witness picker; read off the FX thread.
     */
    public void people(Consumer<List<User>> done) {
        runner.run(() -> people.get().stream()
                .filter(u -> u.id() != session.user().id())
                .filter(u -> u.roles().contains(Role.OPERATOR) || u.roles().contains(Role.QA))
                .toList(), done, words -> onRefused.accept(words));
    }

    /** Runs a batch action with this session; ignored while another runs. */
    public void call(Function<BatchSequencer, BatchRun> action) {
        query(s -> action.apply(s), onResult);
    }

    /** Runs any sequencer query or action and hands its result to {@code done}; ignored while another runs. */
    public <T> void query(Function<BatchSequencer, T> action, Consumer<? super T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> {
            try {
                return Outcome.<T>done(action.apply(sequencer));
            } catch (BatchRefusedException | AccessDeniedException | IllegalArgumentException | BalanceException e) {
                return Outcome.<T>refused(words(e));
            }
        }, outcome -> {
            busy.set(false);
            if (outcome.refusal() == null) {
                done.accept(outcome.value());
            } else {
                onRefused.accept(outcome.refusal());
            }
        }, words -> {
            busy.set(false);
            onRefused.accept(words);
        });
    }

    static String words(RuntimeException e) {
        if (e instanceof BalanceException b) {
            return BalanceWords.failure(b);
        }
        if (e instanceof BatchRefusedException) {
            String m = e.getMessage() == null ? "refused" : e.getMessage().strip();
            return "Not done: " + m + (m.endsWith(".") ? "" : ".");
        }
        return UseCaseRunner.describe(e);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    private record Outcome<T>(T value, String refusal) {
        static <T> Outcome<T> done(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> refused(String words) {
            return new Outcome<>(null, words);
        }
    }
}
