package org.layerpress.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerpress.application.recipes.PublishedRecipe;
import org.layerpress.application.recipes.RecipePublication;
import org.layerpress.store.StoreException;
import org.layerpress.store.central.CentralRecipes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code central publish}: copies an approved (locked) recipe version, its signatures and content hash, and the
 * retirements of the recipe's retired versions, from the station's database where they were decided into the
 * central database, from which every station started with {@code --central} takes them (docs/central.md).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publish a recipe's approved version (and its retirements) from a station's database to every station.",
            "Password from " + CentralOptions.PASSWORD_ENV + " or --password-file.",
            "Exit 0 when published, 1 when there is nothing to publish or central refuses it, 2 when a database cannot be read."})
final class CentralPublish implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CentralTarget target;

    @Option(names = "--from-data-dir", required = true, paramLabel = "DIR", description = "data folder of the station where the recipe was approved")
    Path dataDir;

    @Option(names = "--recipe", required = true, paramLabel = "NAME", description = "the recipe's name")
    String recipe;

    @Option(names = "--version", paramLabel = "N", description = "one version (default: every approved or retired version of the recipe)")
    Integer version;

    @Option(names = "--station", paramLabel = "ID", defaultValue = "${env:HOSTNAME:-station}",
            description = "the publishing station's id, as in its central rows (default: ${DEFAULT-VALUE})")
    String station;

    @Override
    public Integer call() {
        DatabaseFolder folder = new DatabaseFolder();
        folder.dataDir = dataDir;
        Optional<List<PublishedRecipe>> found;
        try {
            found = folder.read("central publish", spec.commandLine().getErr(), stores -> RecipePublication.of(stores.recipes(),
                    stores.signatures(), stores.recipeFiles(), stores.transactions(), recipe, Optional.ofNullable(version), station));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("central publish: " + e.getMessage());
            return 1;
        }
        if (found.isEmpty()) {
            return 2;
        }
        CentralRecipes central = new CentralRecipes(target.link());
        for (PublishedRecipe p : found.get()) {
            try {
                central.publish(p, Instant.now());
                spec.commandLine().getOut().println("published " + p.label() + (p.retirement().isPresent() ? " (retired)" : " (approved)")
                        + ", content hash " + p.contentHash());
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("central publish: " + e.getMessage());
                return 1;
            } catch (StoreException e) {
                spec.commandLine().getErr().println("central publish: " + e.getMessage());
                return 2;
            }
        }
        return 0;
    }
}
