package org.layerpress.application.recipes;

import java.util.List;
import java.util.Optional;
import org.layerpress.application.StationServices;
import org.layerpress.application.central.CentralUnreachable;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.application.signature.SignatureStore;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeText;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * A Supervisor publishes an APPROVED version to every station from the Recipes screen of the station that
 * approved it (docs/central.md): what is published is what {@code central publish --recipe NAME} publishes
 * ({@link RecipePublication}: this version, and the recipe's retired versions with their retirements), signed with
 * the Supervisor's PIN. The signature, its audit row and the central
 * write are one step: the central row is written inside the station's signing transaction, so a central
 * database that cannot be reached rolls the signature back and nothing is written on either side.
 *
 * <p>The publication signature binds to the version's canonical content under its own entity type, so it is
 * not one of the recipe's lifecycle signatures that travel with the version (those are the author's and the
 * approver's, as the stations check them).
 */
public final class RecipePublishUseCase {

    /** The signature's entity type: a publication, not a step of the recipe's lifecycle. */
    public static final String ENTITY = "recipe_publication";
    static final String PUBLISHED = "RECIPE_PUBLISHED_TO_CENTRAL";
    static final String COMMENT_PREFIX = "Publication: ";

    /** Where a version stands centrally, for the screen to say so and offer the key or not. */
    public enum State {
        /** Not for this session or version (no Supervisor, not APPROVED): nothing shown. */
        NOT_OFFERED,
        /** Approved here and not in the central database yet: the key is offered. */
        NOT_PUBLISHED,
        /** Central holds this very content: said so, no key. */
        PUBLISHED,
        /** Central holds other content under this name and version: said so, no key. */
        OTHER_CONTENT,
        /** The central database could not be read: said so; the key stays (a tap is refused in words if it still cannot). */
        UNKNOWN
    }

    private final RecipeStore recipes;
    private final SignatureStore signatureStore;
    private final RecipeFiles files;
    private final StationServices station;
    private final RecipeCentral central;
    private final String stationId;

    /** @param stationId this station's id, named as the publishing station in the central rows */
    public RecipePublishUseCase(RecipeStore recipes, SignatureStore signatureStore, RecipeFiles files, StationServices station,
                                RecipeCentral central, String stationId) {
        this.recipes = recipes;
        this.signatureStore = signatureStore;
        this.files = files;
        this.station = station;
        this.central = central;
        this.stationId = stationId;
    }

    /** Where {@code v} stands centrally, for this session. Reads the central database: call it off the FX thread. */
    public State state(Session session, RecipeVersion v) {
        if (session == null || session.mustChangePin() || !session.user().has(Permission.APPROVE_RECIPE) || v.status() != RecipeStatus.APPROVED) {
            return State.NOT_OFFERED;
        }
        try {
            return central.publishedHash(v.definition().name(), v.version())
                    .map(h -> h.equals(v.contentHash()) ? State.PUBLISHED : State.OTHER_CONTENT).orElse(State.NOT_PUBLISHED);
        } catch (RuntimeException e) {
            return State.UNKNOWN;
        }
    }

    /**
     * Signs and publishes the APPROVED version {@code versionId}.
     *
     * @throws org.layerpress.application.users.AccessDeniedException without the Supervisor's permission, or a refused PIN
     * @throws IllegalStateException for a version not APPROVED, one already published, or other content under its name centrally
     * @throws RuntimeException when the central database cannot be reached or written (nothing is signed or written then)
     */
    public RecipeVersion publish(Session session, long versionId, SignatureInput sig) {
        User supervisor = station.authorizer().require(session, Permission.APPROVE_RECIPE, "publishing a recipe to every station");
        RecipeVersion v = station.transactions().inTransaction(() -> recipes.version(versionId))
                .orElseThrow(() -> new IllegalArgumentException("no recipe version " + versionId));
        if (v.status() != RecipeStatus.APPROVED) {
            throw new IllegalStateException(v.label() + " is " + v.status() + "; only an approved (locked) version is published");
        }
        Optional<String> held;
        try {
            held = central.publishedHash(v.definition().name(), v.version());
        } catch (RuntimeException e) {
            throw CentralUnreachable.refusal("publishing " + v.label(), e);
        }
        if (held.isPresent()) {
            throw new IllegalStateException(held.get().equals(v.contentHash()) ? v.label() + " is published to all stations already"
                    : "central already holds " + v.label() + " with other content; nothing was published");
        }
        // What `central publish --recipe NAME` publishes: this version, and each retired version of the recipe with its
        // retirement (each lands once), so a version retired here by hand is retired on the other stations too.
        List<PublishedRecipe> what = RecipePublication.of(recipes, signatureStore, files, station.transactions(), v.definition().name(),
                Optional.empty(), stationId);
        String reason = sig.comment().isBlank() ? "" : COMMENT_PREFIX + sig.comment();
        SignCommand command = new SignCommand(new SignableRecord(ENTITY, v.label(), RecipeText.canonical(v.definition())),
                SignatureMeaning.APPROVED, reason, Permission.APPROVE_RECIPE, sig.identity(), sig.pin());
        station.signatures().sign(session, command, s -> {
            if (!s.contentHash().equals(v.contentHash())) {
                throw new IllegalStateException(v.label() + " changed while it was being signed; look at it again");
            }
            for (PublishedRecipe p : what) {
                try {
                    central.publish(p, s.signedAt());
                } catch (IllegalStateException e) {
                    throw e; // central holds other content under this name and version: its own words
                } catch (RuntimeException e) {
                    throw CentralUnreachable.refusal("publishing " + v.label(), e);
                }
            }
            station.auditor().record(supervisor, PUBLISHED, RecipeAudit.ENTITY, v.label(), "", "published to all stations from " + stationId
                    + " — " + s.manifestation() + " [sha256 " + v.contentHash() + "]", sig.comment());
        });
        return v;
    }
}
