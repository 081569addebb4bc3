package org.layerpress.application.dies;

import java.util.OptionalLong;
import org.layerpress.application.DemoLogin;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.DemoRecipes;

/**
 * {@code --demo}: the 13 mm die the demo multilayer recipe presses in, added by the demo Supervisor
 * Sam through the die registry's own use case, so the trail shows who added it and the start page
 * offers it. The 10 mm demo die is the station's former default (D10-01), seeded on every start.
 */
public final class DemoDieSeed {

    /** The demo's 13 mm die: bore and rated force are those of the demo recipe's die (docs/dies.md#the-demo-dies). */
    public static final String DIE_13_MM_ID = "D13-01";
    /** The simulated press presses no real die: nothing is known of its material, and the record says so. */
    static final String MATERIAL = "not recorded (demo die on the simulated press)";

    private DemoDieSeed() {
    }

    /** Adds D13-01 unless the registry has it in any status (a retired one stays retired); returns whether it was added. */
    public static boolean seed(StationServices station, DieRegistryUseCase dies) {
        Session sam = DemoLogin.login(station, DemoLogin.demo("sam"));
        try {
            if (dies.list(sam).stream().anyMatch(d -> d.die().id().equals(DIE_13_MM_ID))) {
                return false;
            }
            dies.add(sam, new DieCommands.AddDie(DIE_13_MM_ID, DemoRecipes.DIE_13_MM.bore().millimetres(),
                    DemoRecipes.DIE_13_MM.rating(), MATERIAL, OptionalLong.empty()));
            return true;
        } finally {
            station.sessions().logout();
        }
    }
}
