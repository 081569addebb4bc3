package org.layerpress.application.recipes;

import java.util.Optional;
import org.layerpress.application.DemoLogin;
import org.layerpress.application.StationServices;
import org.layerpress.application.users.DemoUsers;
import org.layerpress.application.users.Session;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.recipe.DemoRecipes;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.user.Pin;

/**
 * {@code --demo}: the demo recipes for the station's press ({@link DemoRecipes#all}), written and submitted by the demo Supervisor Sam and
 * approved by the demo Supervisor Sue through the real use cases, so operators have something to
 * run. The signatures say they were made by the demo seed; the trail shows every step.
 */
public final class DemoRecipeSeed {

    private static final String SEEDED = "Demo seed (--demo): signed automatically for training";

    private DemoRecipeSeed() {
    }

    /** Seeds the recipes whose names are free; returns how many were added. */
    public static int seed(StationServices station, RecipeServices recipes, PressProfile press) {
        DemoUsers.Demo author = DemoLogin.demo("sam");
        DemoUsers.Demo approver = DemoLogin.demo("sue");
        int added = 0;
        for (RecipeDefinition d : DemoRecipes.all(press)) {
            Session sam = DemoLogin.login(station, author);
            boolean exists = recipes.queries().latestOfEach(sam).stream().anyMatch(v -> v.definition().name().equals(d.name()));
            if (exists) {
                continue;
            }
            RecipeVersion v = recipes.authoring().createDraft(sam, d, "demo recipe from a published protocol");
            recipes.lifecycle().submit(sam, v.id(), new SignatureInput(Optional.of(author.login()), Pin.of(author.pin()), SEEDED));
            Session sue = DemoLogin.login(station, approver);
            recipes.lifecycle().approve(sue, v.id(), new SignatureInput(Optional.of(approver.login()), Pin.of(approver.pin()), SEEDED));
            added++;
        }
        station.sessions().logout();
        return added;
    }
}
