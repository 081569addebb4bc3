package org.layerpress.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.StationServices;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.LoginCommand;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.Die;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.units.Mass;
import org.layerpress.domain.units.Pressure;
import org.layerpress.domain.units.PressureRate;
import org.layerpress.domain.units.Temperature;
import org.layerpress.domain.user.Pin;
import org.layerpress.station.StationStores;
import org.layerpress.station.StationUseCases;
import org.layerpress.store.JdbcTransactions;

/**
 * The station a benchmark runs batches on: the real H2 file database in the bench's temp folder,
 * assembled as {@code layerpress run} assembles it ({@link StationStores}, {@link StationUseCases}), with the demo people (a bench needs an operator and two
 * supervisors to approve its recipes through the real lifecycle).
 */
final class BenchStation implements AutoCloseable {

    /** The die on the simulated bench: the 10 mm die the demo recipes target. */
    static final Die DIE = new Die("D10-BENCH", DemoRecipes.DIE_10_MM.bore(), DemoRecipes.DIE_10_MM.rating());

    /** 100 MPa in the 10 mm die is 7.9 kN, reached in about 1 s at 100 MPa/s: well inside press and die limits. */
    private static final Pressure TARGET = Pressure.megaPascals(100);

    final StationStores stores;
    final StationUseCases useCases;
    final JdbcTransactions tx;
    final StationServices services;
    final RecipeServices recipes;

    BenchStation(Path dir) {
        stores = StationStores.open(dir, ZoneId.systemDefault());
        useCases = StationUseCases.on(stores, Clock.systemUTC());
        tx = stores.transactions();
        services = useCases.services();
        recipes = useCases.recipes();
        services.seedDemoUsers().run();
    }

    Session operator() {
        return login("olga", "111111");
    }

    /** One layer loaded, pressed for {@code hold}, released and ejected: the shortest recipe the validator accepts. */
    long longPressRecipe(String name, PressProfile press, Duration hold) {
        return approve(new RecipeDefinition(name, "benchmark: one long press step", DemoRecipes.DIE_10_MM, press, List.<RecipeStep>of(
                load(),
                press(hold),
                new RecipeStep.Release("Release"),
                new RecipeStep.Eject("Eject"))));
    }

    /** Every kind of operator confirmation once, around a short press. */
    long confirmationsRecipe(String name, PressProfile press, Duration hold) {
        return approve(new RecipeDefinition(name, "benchmark: every confirmation kind", DemoRecipes.DIE_10_MM, press, List.<RecipeStep>of(
                new RecipeStep.Check("Prepare", List.of("Die clean", "Glovebox O2 and H2O below 0.1 ppm")),
                new RecipeStep.Scan("Scan the die", RecipeStep.ScanTarget.DIE_ID),
                load(),
                press(hold),
                new RecipeStep.Release("Release"),
                new RecipeStep.Eject("Eject"),
                new RecipeStep.Inspect("Inspect", List.of("No cracks", "Edges intact")))));
    }

    /** A CIP batch: the vessel loaded (a checklist), pressurised to {@code megaPascals} and held, vented, inspected. */
    long vesselRecipe(String name, PressProfile press, double megaPascals, Duration hold) {
        return approve(new RecipeDefinition(name, "benchmark: one pressurise and vent", DemoRecipes.DIE_10_MM, press, List.<RecipeStep>of(
                new RecipeStep.Check("Prepare", List.of("Vessel clean")),
                new RecipeStep.LoadVessel("Load the vessel", List.of("Sample bagged and sealed", "Lid locked")),
                new RecipeStep.Pressurise("Pressurise", Pressure.megaPascals(megaPascals), PressureRate.megaPascalsPerSecond(5), hold,
                        Pressure.megaPascals(Math.max(1, megaPascals / 4))),
                new RecipeStep.Depressurise("Vent", PressureRate.megaPascalsPerSecond(5)),
                new RecipeStep.Inspect("Inspect", List.of("Bag intact")))));
    }

    /**
     * One warm-pressed layer: HEAT (step 2) to {@code celsius} at 30 °C/min, ± 3 °C, soaked for
     * {@code soak}; PRESS with the platens held within ± 5 °C; COOL under load to 45 °C; release, eject.
     */
    long heatedRecipe(String name, PressProfile press, double celsius, Duration soak) {
        RecipeStep.Press p = press(Duration.ofSeconds(1));
        return approve(new RecipeDefinition(name, "benchmark: one heated layer", DemoRecipes.DIE_10_MM, press, List.<RecipeStep>of(
                load(),
                new RecipeStep.Heat("Heat the platens", Temperature.celsius(celsius), 30, Temperature.celsius(3), soak),
                new RecipeStep.Press(p.title(), p.target(), p.ramp(), p.hold(), p.band(), p.maxDecayPercent(), Optional.of(Temperature.celsius(celsius)),
                        Optional.of(Temperature.celsius(5))),
                new RecipeStep.Cool("Cool under load", Temperature.celsius(45), true),
                new RecipeStep.Release("Release"),
                new RecipeStep.Eject("Eject"))));
    }

    private static RecipeStep.LoadLayer load() {
        return new RecipeStep.LoadLayer("Load the electrolyte", "electrolyte", "Li6PS5Cl", Mass.milligrams(60), Mass.milligrams(2), false);
    }

    private static RecipeStep.Press press(Duration hold) {
        return new RecipeStep.Press("Press", TARGET, PressureRate.megaPascalsPerSecond(100), hold, Pressure.megaPascals(10), 5.0, Optional.empty());
    }

    /** Written and submitted by Sam, approved by Sue, as the lifecycle demands. */
    private long approve(RecipeDefinition d) {
        Session sam = login("sam", "333333");
        RecipeVersion v = recipes.authoring().createDraft(sam, d, "benchmark recipe");
        recipes.lifecycle().submit(sam, v.id(), new SignatureInput(Optional.of("sam"), Pin.of("333333"), "benchmark"));
        Session sue = login("sue", "444444");
        recipes.lifecycle().approve(sue, v.id(), new SignatureInput(Optional.of("sue"), Pin.of("444444"), "benchmark"));
        services.sessions().logout();
        return v.id();
    }

    private Session login(String login, String pin) {
        return services.login().login(LoginCommand.byLogin(login, Pin.of(pin))).session()
                .orElseThrow(() -> new IllegalStateException("bench: demo user " + login + " cannot log in"));
    }

    @Override
    public void close() {
        stores.close();
    }
}
