package org.layerpress.application.recipes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.application.signature.SignatureStore;
import org.layerpress.application.tx.Transactions;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.signature.Signature;

/**
 * What a station where a recipe was approved publishes to the central database (docs/central.md): its APPROVED
 * version, locked, with its text, content hash and signatures, and the retirement of each of its RETIRED versions.
 * Only locked versions leave the station; a draft or a version in review is refused in words.
 */
public final class RecipePublication {

    private RecipePublication() {
    }

    /**
     * The versions of {@code name} to publish: {@code version} if given (APPROVED or RETIRED), else every locked
     * version of the recipe (a RETIRED one carries its retirement).
     */
    public static List<PublishedRecipe> of(RecipeStore recipes, SignatureStore signatures, RecipeFiles files, Transactions tx,
                                           String name, Optional<Integer> version, String station) {
        return tx.inTransaction(() -> {
            long id = recipes.recipeIdByName(name).orElseThrow(() -> new IllegalArgumentException("no recipe named '" + name + "' on this station"));
            List<PublishedRecipe> out = new ArrayList<>();
            for (RecipeVersion v : recipes.versions(id)) {
                if (version.isPresent() && v.version() != version.get()) {
                    continue;
                }
                if (v.status() != RecipeStatus.APPROVED && v.status() != RecipeStatus.RETIRED) {
                    if (version.isPresent()) {
                        throw new IllegalArgumentException(v.label() + " is " + v.status() + "; only an approved (locked) version is published");
                    }
                    continue;
                }
                List<Signature> signed = signatures.forRecord(RecipeAudit.ENTITY, v.label());
                out.add(new PublishedRecipe(name, v.version(), files.toYaml(v.definition()), v.contentHash(), v.author(), station, signed,
                        v.status() == RecipeStatus.RETIRED ? Optional.of(retirement(recipes, v, signed, station)) : Optional.empty()));
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException(version.map(n -> "there is no " + name + " v" + n).orElse("no version of " + name
                        + " is approved or retired") + "; nothing to publish");
            }
            return out;
        });
    }

    /** Who retired it and why: the signed reason of a retirement by hand, else superseded by a newer approval (ADR 0010). */
    private static PublishedRecipe.Retirement retirement(RecipeStore recipes, RecipeVersion v, List<Signature> signed, String station) {
        String by = recipes.statusActors(v.id(), RecipeStatus.RETIRED).stream().findFirst().orElse("unknown");
        String reason = signed.stream().map(Signature::comment).filter(c -> c.startsWith("Retirement: ")).reduce((a, b) -> b)
                .orElse("superseded by a newer approved version");
        return new PublishedRecipe.Retirement(by, reason, station);
    }
}
