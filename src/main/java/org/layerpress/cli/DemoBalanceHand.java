package org.layerpress.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.sim.SimulatedBalance;

/**
 * The demo's hand at the simulated balance, so that a demo batch weighs by taps alone: when a
 * LOAD_LAYER step comes up it sets an empty weighing boat on the pan, and once the operator has
 * tared the boat it pours the layer's powder in, a little over the recipe's target (well inside any
 * tolerance). Taking the weight before taring reads the boat with it, as at a real bench.
 * Only a demo station without a configured balance has one; nothing of it reaches a real balance.
 */
final class DemoBalanceHand implements Consumer<BatchRun>, AutoCloseable {

    /** A small antistatic weighing boat. */
    static final double BOAT_GRAMS = 1.2345;
    /** The hand pours 0.4 % over the target: a person stops pouring just past the mark. */
    static final double POUR_OVER = 1.004;
    private static final double TARED = 0.00005;

    private final SimulatedBalance balance;
    private final ScheduledExecutorService hand;
    private String stepSeen = "";
    private double toPourGrams;

    DemoBalanceHand(SimulatedBalance balance) {
        this.balance = balance;
        this.hand = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demo-balance-hand");
            t.setDaemon(true);
            return t;
        });
        hand.scheduleWithFixedDelay(this::pourOnceTared, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** A batch changed: a new LOAD_LAYER step gets a fresh boat. */
    @Override
    public synchronized void accept(BatchRun run) {
        run.currentStep()
                .filter(s -> s.step() instanceof RecipeStep.LoadLayer && !s.state().done())
                .ifPresent(s -> {
                    String key = run.batchId() + "#" + s.number() + "#" + s.attempts();
                    if (!key.equals(stepSeen)) {
                        stepSeen = key;
                        toPourGrams = ((RecipeStep.LoadLayer) s.step()).target().milligrams() * POUR_OVER / 1000.0;
                        balance.place(BOAT_GRAMS);
                    }
                });
    }

    synchronized void pourOnceTared() {
        if (toPourGrams > 0 && Math.abs(balance.netGrams()) < TARED) {
            balance.place(BOAT_GRAMS + toPourGrams);
            toPourGrams = 0;
        }
    }

    @Override
    public void close() {
        hand.shutdownNow();
    }
}
