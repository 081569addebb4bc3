package org.layerpress.application.recipes;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the central database's published recipe versions as the approving station writes them (the store
 * adapter's {@code CentralRecipes}). A central database that cannot be reached or written is an unchecked
 * exception whose message says so; nothing is published then.
 */
public interface RecipeCentral {

    /**
     * Publishes one version with its signatures (and its retirement, if it carries one) in one central transaction.
     *
     * @throws IllegalStateException when central holds another text under that name and version
     */
    void publish(PublishedRecipe recipe, Instant now);

    /** The content hash central holds for {@code name vN}, empty when that version was never published. */
    Optional<String> publishedHash(String name, int version);
}
