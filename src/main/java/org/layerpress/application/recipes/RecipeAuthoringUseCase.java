package org.layerpress.application.recipes;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.layerpress.application.files.DataFiles;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Clocks;
import org.layerpress.application.users.Session;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeLimits;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.domain.signature.ContentHash;
import org.layerpress.domain.recipe.RecipeText;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * Writing recipes: new drafts, edits of a draft, a new version from an approved one, imports.
 * Every change is audited with the fields before and after and the author's reason.
 */
public final class RecipeAuthoringUseCase {

    private final RecipeStore recipes;
    private final RecipeFiles files;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Transactions tx;
    private final Clock clock;

    public RecipeAuthoringUseCase(RecipeStore recipes, RecipeFiles files, Authorizer authorizer, Auditor auditor, Transactions tx, Clock clock) {
        this.recipes = recipes;
        this.files = files;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.tx = tx;
        this.clock = clock;
    }

    public RecipeVersion createDraft(Session session, RecipeDefinition definition, String reason) {
        User author = authorizer.require(session, Permission.AUTHOR_RECIPE, "writing a recipe");
        requireName(definition);
        requireWithinLimits(definition.name(), definition);
        String why = InputLimits.REASON.accept(reason);
        return tx.inTransaction(() -> {
            if (recipes.recipeIdByName(definition.name()).isPresent()) {
                throw new IllegalArgumentException("a recipe named '" + definition.name() + "' exists: make a new version of it instead");
            }
            long recipeId = recipes.newRecipe(definition.name());
            RecipeVersion v = insert(recipeId, 1, definition, author);
            auditor.record(author, RecipeAudit.CREATED, RecipeAudit.ENTITY, v.label(), "", "sha256 " + v.contentHash(), why);
            return v;
        });
    }

    public RecipeVersion editDraft(Session session, long versionId, RecipeDefinition definition, String reason) {
        User editor = authorizer.require(session, Permission.AUTHOR_RECIPE, "editing a recipe");
        String why = RecipeAudit.requireReason(reason);
        requireWithinLimits(definition.name(), definition);
        return tx.inTransaction(() -> {
            RecipeVersion before = existing(versionId);
            if (before.status() != RecipeStatus.DRAFT) {
                throw new IllegalStateException(before.label() + " is " + before.status()
                        + (before.status().locked() ? ": approved versions are locked; make a new version to change it" : ": only a DRAFT can be edited"));
            }
            if (!before.definition().name().equals(definition.name())) {
                throw new IllegalArgumentException("a version keeps its recipe's name ('" + before.definition().name() + "')");
            }
            List<RecipeDiff.Change> changes = RecipeDiff.between(before.definition(), definition);
            if (changes.isEmpty()) {
                return before;
            }
            recipes.replaceDraft(versionId, definition, editor.login());
            String[] oldNew = RecipeDiff.asOldNew(changes);
            auditor.record(editor, RecipeAudit.EDITED, RecipeAudit.ENTITY, before.label(), oldNew[0], oldNew[1], why);
            return existing(versionId);
        });
    }

    /**
     * Whether {@link #editDraft} would let this session edit {@code v}: an author, on a DRAFT. For the
     * screens, which offer only what the use case allows; it reads nothing and audits nothing (the
     * call itself still checks, against the user as stored then).
     */
    public boolean mayEdit(Session session, RecipeVersion v) {
        return isAuthor(session) && v.status() == RecipeStatus.DRAFT;
    }

    /**
     * Whether a new version of {@code v} is offered to this session: an author, on a locked version
     * (approved or retired); a DRAFT is edited in place instead, one in review goes back by rejection.
     */
    public boolean mayStartNewVersion(Session session, RecipeVersion v) {
        return isAuthor(session) && v.status().locked();
    }

    private static boolean isAuthor(Session session) {
        return session != null && !session.mustChangePin() && session.user().has(Permission.AUTHOR_RECIPE);
    }

    /** Copies a version (usually an approved one) into the next DRAFT version: the only way to change a locked recipe. */
    public RecipeVersion newVersion(Session session, long fromVersionId, String reason) {
        User author = authorizer.require(session, Permission.AUTHOR_RECIPE, "making a new recipe version");
        String why = RecipeAudit.requireReason(reason);
        return tx.inTransaction(() -> {
            RecipeVersion from = existing(fromVersionId);
            int next = recipes.versions(from.recipeId()).stream().mapToInt(RecipeVersion::version).max().orElse(0) + 1;
            RecipeVersion v = insert(from.recipeId(), next, from.definition(), author);
            auditor.record(author, RecipeAudit.NEW_VERSION, RecipeAudit.ENTITY, v.label(), from.label(), v.label() + " (DRAFT, copied)", why);
            return v;
        });
    }

    /**
     * Imports a recipe file as a DRAFT (a new recipe, or the next version of one with that name).
     * A file over the size limit is refused before it is read; the file must parse, stay within
     * the input limits and pass validation; otherwise nothing is written.
     */
    public RecipeVersion importFile(Session session, Path file) {
        User author = authorizer.require(session, Permission.AUTHOR_RECIPE, "importing a recipe");
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return importDefinition(author, fileName, files.parse(file));
    }

    /** {@link #importFile(Session, Path)} of a file's text read elsewhere; the size limit is checked before it is parsed. */
    public RecipeVersion importFile(Session session, String fileName, String text) {
        User author = authorizer.require(session, Permission.AUTHOR_RECIPE, "importing a recipe");
        return importDefinition(author, fileName, files.parse(fileName, text));
    }

    private RecipeVersion importDefinition(User author, String fileName, RecipeDefinition definition) {
        requireWithinLimits(fileName, definition);
        List<Violation> violations = RecipeValidator.validate(definition);
        if (!violations.isEmpty()) {
            throw new RecipeInvalidException(fileName, violations);
        }
        return tx.inTransaction(() -> {
            long recipeId = recipes.recipeIdByName(definition.name()).orElseGet(() -> recipes.newRecipe(definition.name()));
            int next = recipes.versions(recipeId).stream().mapToInt(RecipeVersion::version).max().orElse(0) + 1;
            RecipeVersion v = insert(recipeId, next, definition, author);
            auditor.record(author, RecipeAudit.IMPORTED, RecipeAudit.ENTITY, v.label(), "", "from " + fileName + ", sha256 " + v.contentHash(), "import");
            return v;
        });
    }

    public String exportYaml(RecipeVersion version) {
        return files.toYaml(version.definition());
    }

    public String exportJson(RecipeVersion version) {
        return files.toJson(version.definition());
    }

    private RecipeVersion insert(long recipeId, int version, RecipeDefinition definition, User author) {
        long id = recipes.insertVersion(recipeId, version, definition, author.login(), Clocks.now(clock));
        RecipeVersion v = existing(id);
        if (!v.contentHash().equals(ContentHash.sha256(RecipeText.canonical(definition)))) {
            throw new IllegalStateException("stored recipe differs from what was written: " + v.label());
        }
        return v;
    }

    private RecipeVersion existing(long versionId) {
        return recipes.version(versionId).orElseThrow(() -> new IllegalArgumentException("no recipe version " + versionId));
    }

    /**
     * The input limits of a definition's texts and counts, then of its text as it will be stored
     * (the same bound as a file's): checked before anything is written.
     */
    private void requireWithinLimits(String label, RecipeDefinition d) {
        List<Violation> over = RecipeLimits.check(d);
        if (!over.isEmpty()) {
            throw new RecipeInvalidException(label, over);
        }
        long bytes = DataFiles.utf8Length(files.toYaml(d));
        if (bytes > InputLimits.RECIPE_FILE_MAX_BYTES) {
            throw new RecipeInvalidException(label, List.of(new Violation(0, RecipeLimits.RULE,
                    InputLimits.fileTooLarge("the recipe's stored text", bytes, InputLimits.RECIPE_FILE_MAX_BYTES).replace("; it was not read", ""))));
        }
    }

    private static void requireName(RecipeDefinition d) {
        if (d.name().isBlank()) {
            throw new IllegalArgumentException("the recipe needs a name");
        }
    }
}
