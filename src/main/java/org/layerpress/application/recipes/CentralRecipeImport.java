package org.layerpress.application.recipes;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.layerpress.application.signature.SignRecordUseCase;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Clocks;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeText;
import org.layerpress.domain.signature.ContentHash;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the recipe versions the central database publishes onto this station (docs/central.md). A version
 * is imported only when its text reads as a recipe of that name, its canonical content hashes to the hash it
 * was published with, and every signature published with it binds to that content (the same check the
 * station makes on its own signatures), with at least one approval among them. It is then stored locked and
 * APPROVED, retiring this station's previously approved version of the recipe (ADR 0010), and audited as
 * RECIPE_RECEIVED_FROM_CENTRAL. Anything else is refused in words, logged and audited once, and never
 * offered. A published retirement retires the station's copy. Called by the station's pull loop; the
 * station itself is the actor (no session), since the decision was signed where the version was approved.
 */
public final class CentralRecipeImport {

    static final String RECEIVED = "RECIPE_RECEIVED_FROM_CENTRAL";
    static final String REFUSED = "RECIPE_REFUSED_FROM_CENTRAL";
    static final String RETIRED = "RECIPE_RETIRED_BY_CENTRAL";

    private static final Logger LOG = LoggerFactory.getLogger(CentralRecipeImport.class);

    private final RecipeStore recipes;
    private final RecipeFiles files;
    private final Auditor auditor;
    private final Transactions tx;
    private final Clock clock;
    private final String source;
    /** Refusals already audited in this run (by label and published hash), so a loop does not repeat them. */
    private final Set<String> refused = new HashSet<>();

    /** @param source where the versions come from, in words for the audit trail (the central URL without secrets) */
    public CentralRecipeImport(RecipeStore recipes, RecipeFiles files, Auditor auditor, Transactions tx, Clock clock, String source) {
        this.recipes = recipes;
        this.files = files;
        this.auditor = auditor;
        this.tx = tx;
        this.clock = clock;
        this.source = source;
    }

    /** What one pass did: versions imported, retirements applied, refusals (each in words). */
    public record Outcome(List<String> received, List<String> retired, List<String> refusals) {
    }

    /** Imports what is new among {@code published}; what the station already has is left alone. */
    public synchronized Outcome receive(List<PublishedRecipe> published) {
        List<String> received = new java.util.ArrayList<>();
        List<String> retired = new java.util.ArrayList<>();
        List<String> refusals = new java.util.ArrayList<>();
        for (PublishedRecipe p : published) {
            try {
                if (tx.inTransaction(() -> receiveOne(p))) {
                    received.add(p.label());
                }
                if (p.retirement().isPresent() && tx.inTransaction(() -> retireOne(p))) {
                    retired.add(p.label());
                }
            } catch (Refused e) {
                refusals.add(e.getMessage());
                refuse(p, e.getMessage());
            }
        }
        return new Outcome(received, retired, refusals);
    }

    /** True when {@code p} was imported now; false when the station already holds it. */
    private boolean receiveOne(PublishedRecipe p) {
        Optional<Long> recipeId = recipes.recipeIdByName(p.name());
        Optional<RecipeVersion> mine = recipeId.flatMap(id -> recipes.versions(id).stream().filter(v -> v.version() == p.version()).findFirst());
        if (mine.isPresent()) {
            if (!mine.get().contentHash().equals(p.contentHash())) {
                throw new Refused(p, "this station has its own " + p.label() + " with other content");
            }
            return false;
        }
        if (p.retirement().isPresent()) {
            return false; // retired before this station saw it: never offered, nothing to import
        }
        RecipeDefinition definition = checked(p);
        long id = recipeId.orElseGet(() -> recipes.newRecipe(p.name()));
        long versionId = recipes.insertVersion(id, p.version(), definition, p.author(), Clocks.now(clock));
        Signature approval = p.signatures().stream().filter(s -> s.meaning() == SignatureMeaning.APPROVED).reduce((a, b) -> b).orElseThrow();
        String why = "published by " + p.fromStation() + " through " + source;
        recipes.addStatus(versionId, RecipeStatus.APPROVED, approval.login(), Clocks.now(clock), why);
        String signed = p.signatures().stream().map(Signature::manifestation).collect(Collectors.joining("; "));
        auditor.recordByStation(RECEIVED, RecipeAudit.ENTITY, p.label(), RecipeStatus.APPROVED.name() + " — content hash " + p.contentHash()
                + " — " + signed, "from central: " + why);
        for (RecipeVersion old : recipes.versions(id)) {
            if (old.id() != versionId && old.status() == RecipeStatus.APPROVED) {
                String superseded = "superseded by " + p.label() + " from central";
                recipes.addStatus(old.id(), RecipeStatus.RETIRED, approval.login(), Clocks.now(clock), superseded);
                auditor.recordByStation(RecipeAudit.SUPERSEDED, RecipeAudit.ENTITY, old.label(), RecipeStatus.RETIRED.name() + " — " + superseded,
                        "import of " + p.label() + " from central");
            }
        }
        LOG.info("recipe {} received from central ({})", p.label(), why);
        return true;
    }

    /** The version's definition once every check passed; a {@link Refused} naming the first that failed. */
    private RecipeDefinition checked(PublishedRecipe p) {
        RecipeDefinition definition;
        try {
            definition = files.parseStored(p.label() + " from central", p.definitionText());
        } catch (RecipeFileException e) {
            throw new Refused(p, "its recipe text cannot be read (" + e.getMessage() + ")");
        }
        if (!definition.name().equals(p.name())) {
            throw new Refused(p, "its recipe text names another recipe, '" + definition.name() + "'");
        }
        String canonical = RecipeText.canonical(definition);
        SignableRecord content = new SignableRecord(RecipeAudit.ENTITY, p.label(), canonical);
        if (p.signatures().stream().noneMatch(s -> s.meaning() == SignatureMeaning.APPROVED)) {
            throw new Refused(p, "it carries no approval signature");
        }
        if (!p.signatures().stream().allMatch(s -> SignRecordUseCase.stillBinds(s, content))) {
            throw new Refused(p, "content hash differs from its approval signature");
        }
        if (!ContentHash.sha256(canonical).equals(p.contentHash())) {
            throw new Refused(p, "content hash differs from the hash it was published with");
        }
        return definition;
    }

    /** True when the station's copy was retired now. */
    private boolean retireOne(PublishedRecipe p) {
        PublishedRecipe.Retirement r = p.retirement().orElseThrow();
        Optional<RecipeVersion> mine = recipes.recipeIdByName(p.name())
                .flatMap(id -> recipes.versions(id).stream().filter(v -> v.version() == p.version()).findFirst())
                .filter(v -> v.contentHash().equals(p.contentHash()) && v.status() == RecipeStatus.APPROVED);
        if (mine.isEmpty()) {
            return false;
        }
        String why = "retired by " + r.by() + " on " + r.fromStation() + ": " + r.reason();
        recipes.addStatus(mine.get().id(), RecipeStatus.RETIRED, r.by(), Clocks.now(clock), why);
        auditor.recordByStation(RETIRED, RecipeAudit.ENTITY, p.label(), RecipeStatus.RETIRED.name() + " — " + why, "from central through " + source);
        LOG.info("recipe {} retired by central ({})", p.label(), why);
        return true;
    }

    private void refuse(PublishedRecipe p, String message) {
        if (!refused.add(p.label() + "|" + p.contentHash() + "|" + p.definitionText().hashCode())) {
            return;
        }
        LOG.warn(message);
        tx.inTransaction(() -> {
            auditor.recordByStation(REFUSED, RecipeAudit.ENTITY, p.label(), "refused — not offered", message);
            return null;
        });
    }

    /** A published version this station will not take, with the reason in words. */
    static final class Refused extends RuntimeException {
        Refused(PublishedRecipe p, String why) {
            super("recipe " + p.name() + " v" + p.version() + " from central refused: " + why);
        }
    }
}
