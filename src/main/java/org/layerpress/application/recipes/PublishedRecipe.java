package org.layerpress.application.recipes;

import java.util.List;
import java.util.Optional;
import org.layerpress.domain.signature.Signature;

/**
 * One recipe version as the central database publishes it to the stations (docs/central.md): its recipe
 * file text, the content hash it was published with, the signatures that were on it where it was approved,
 * and its retirement once that is published too. Nothing in it is trusted until {@link CentralRecipeImport}
 * has checked it.
 *
 * @param definitionText the recipe file text (docs/recipe-format.md) as stored where it was approved
 * @param fromStation the station that published it
 */
public record PublishedRecipe(String name, int version, String definitionText, String contentHash, String author,
                              String fromStation, List<Signature> signatures, Optional<Retirement> retirement) {

    public PublishedRecipe {
        signatures = List.copyOf(signatures);
    }

    /** "name v3", as people and the audit trail name a version. */
    public String label() {
        return name + " v" + version;
    }

    /** A published retirement: who retired the version where it was approved, and why. */
    public record Retirement(String by, String reason, String fromStation) {
    }
}
