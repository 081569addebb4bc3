package org.layerpress.ui.recipe;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.recipes.LifecycleAction;
import org.layerpress.application.recipes.RecipeLifecycleUseCase;
import org.layerpress.application.recipes.RecipePublishUseCase;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.domain.signature.Signature;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * One recipe version as a reader needs it: die and press with their limits, the steps in words with
 * the force every PRESS step asks for (and how close that is to the die rating and the press
 * capacity), what the validator objects to, the signatures, and the actions this session may take
 * (the signed ones as the lifecycle use case answers them). The use cases decide again on every call;
 * the flags only keep pointless buttons away. The words of the signed steps are {@link RecipeSigning}'s,
 * the step list is {@link StepRow#of}'s, the export file {@link RecipeYamlFile}'s.
 */
public final class RecipeDetailViewModel extends RecipeVersionScreenModel {

    /** What a Supervisor can do to a version; the signing ones open the signature dialog. */
    public enum Action {
        NEW_VERSION, EDIT, SUBMIT, APPROVE, REJECT, RETIRE, PUBLISH
    }

    public static final List<String> NEW_VERSION_REASONS = List.of("Adjust the pressures", "Adjust the masses",
            "New die or press", "Protocol update", ReasonEntry.OTHER);

    private record Loaded(RecipeVersion version, List<RecipeVersion> versions, List<Signature> signatures, Set<LifecycleAction> actions,
                          boolean editable, boolean newVersionOffered, RecipePublishUseCase.State publication) {
    }

    private final ReasonEntry newVersionReason = new ReasonEntry(NEW_VERSION_REASONS);

    private final ReadOnlyObjectWrapper<RecipeVersion> version = new ReadOnlyObjectWrapper<>(this, "version");
    private final ReadOnlyStringWrapper statusWord = new ReadOnlyStringWrapper(this, "statusWord", "");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyStringWrapper dieText = new ReadOnlyStringWrapper(this, "dieText", "");
    private final ReadOnlyStringWrapper pressText = new ReadOnlyStringWrapper(this, "pressText", "");
    private final ReadOnlyStringWrapper purpose = new ReadOnlyStringWrapper(this, "purpose", "");
    private final ReadOnlyStringWrapper authorText = new ReadOnlyStringWrapper(this, "authorText", "");
    private final ReadOnlyObjectWrapper<Message> validity = new ReadOnlyObjectWrapper<>(this, "validity", Message.NONE);
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ObservableList<String> recipeProblems = FXCollections.observableArrayList();
    private final ObservableList<String> signatures = FXCollections.observableArrayList();
    private final ObservableList<RecipeVersion> versions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canEdit = new ReadOnlyBooleanWrapper(this, "canEdit");
    private final ReadOnlyBooleanWrapper canSubmit = new ReadOnlyBooleanWrapper(this, "canSubmit");
    private final ReadOnlyBooleanWrapper canApprove = new ReadOnlyBooleanWrapper(this, "canApprove");
    private final ReadOnlyBooleanWrapper canReject = new ReadOnlyBooleanWrapper(this, "canReject");
    private final ReadOnlyBooleanWrapper canRetire = new ReadOnlyBooleanWrapper(this, "canRetire");
    private final ReadOnlyBooleanWrapper canNewVersion = new ReadOnlyBooleanWrapper(this, "canNewVersion");
    private final ReadOnlyBooleanWrapper canCompare = new ReadOnlyBooleanWrapper(this, "canCompare");
    private final ReadOnlyBooleanWrapper canPublish = new ReadOnlyBooleanWrapper(this, "canPublish");
    private final ReadOnlyStringWrapper publication = new ReadOnlyStringWrapper(this, "publication", "");
    private final ReadOnlyBooleanWrapper publicationShown = new ReadOnlyBooleanWrapper(this, "publicationShown");

    public RecipeDetailViewModel(RecipeServices recipes, Session session, UseCaseRunner runner) {
        super(recipes, session, runner);
    }

    /** Reads a version, its siblings and its signatures. */
    public void load(long versionId) {
        calls().call(() -> read(versionId), this::show);
    }

    private Loaded read(long versionId) {
        RecipeVersion v = readVersion(versionId);
        RecipeServices recipes = recipes();
        Session session = session();
        return new Loaded(v, recipes.queries().versions(session, v.recipeId()), recipes.lifecycle().signaturesOf(v),
                recipes.lifecycle().actionsFor(session, v), recipes.authoring().mayEdit(session, v),
                recipes.authoring().mayStartNewVersion(session, v),
                recipes.publishing().map(p -> p.state(session, v)).orElse(RecipePublishUseCase.State.NOT_OFFERED));
    }

    private void show(Loaded loaded) {
        RecipeVersion v = loaded.version();
        RecipeDefinition d = v.definition();
        version.set(v);
        setTitle(v.label());
        statusWord.set(RecipeWords.status(v.status()));
        locked.set(v.status() == RecipeStatus.APPROVED);
        dieText.set(RecipeWords.die(d.die()));
        pressText.set(RecipeWords.press(d.press()));
        purpose.set(d.purpose());
        authorText.set(v.lastEditor().equals(v.author()) ? Words.format("recipe.detail.author", v.author())
                : Words.format("recipe.detail.authorEdited", v.author(), v.lastEditor()));
        // Publishing is offered on a station with a central database only, for an approved version central does not
        // hold yet; when central cannot be read the key stays and a tap is refused in words if it still cannot.
        RecipePublishUseCase.State state = loaded.publication();
        canPublish.set(state == RecipePublishUseCase.State.NOT_PUBLISHED || state == RecipePublishUseCase.State.UNKNOWN);
        publicationShown.set(state != RecipePublishUseCase.State.NOT_OFFERED);
        publication.set(state == RecipePublishUseCase.State.NOT_OFFERED ? ""
                : Words.format("recipe.publish.state." + state.name().toLowerCase(java.util.Locale.ROOT), v.label()));
        steps.setAll(StepRow.of(d)); // after the publication line: the cards are drawn when the steps change
        List<Violation> violations = RecipeValidator.validate(d);
        recipeProblems.setAll(violations.stream().filter(x -> x.step() == 0).map(ViolationWords::of).toList());
        if (violations.isEmpty()) {
            validity.set(Message.outcome(Words.get("recipe.detail.valid")));
        } else {
            validity.set(Message.warning(Words.format("recipe.detail.invalid", violations.size())));
        }
        signatures.setAll(loaded.signatures().stream().map(s -> s.manifestation()
                + (RecipeLifecycleUseCase.signatureBinds(s, v) ? "" : Words.get("recipe.detail.signatureMismatch"))).toList());
        if (signatures.isEmpty()) {
            signatures.add(Words.get("recipe.detail.noSignatures"));
        }
        versions.setAll(loaded.versions());
        // What may be done is the use cases' to say: editing and new versions by authoring, and the
        // signed steps are the lifecycle's to allow: a recipe with problems cannot be submitted (the
        // problems say why), and its own author never sees Approve (two-person rule).
        Set<LifecycleAction> actions = loaded.actions();
        canSubmit.set(actions.contains(LifecycleAction.SUBMIT));
        canApprove.set(actions.contains(LifecycleAction.APPROVE));
        canReject.set(actions.contains(LifecycleAction.REJECT));
        canRetire.set(actions.contains(LifecycleAction.RETIRE));
        canEdit.set(loaded.editable());
        canNewVersion.set(loaded.newVersionOffered());
        canCompare.set(versions.size() > 1);
    }

    /** What the signature dialog asks for an action on the shown version. */
    public SigningRequest signing(Action action) {
        return RecipeSigning.request(action, version.get() == null ? "" : version.get().label());
    }

    /** Signs an action; on success reloads and runs {@code onSigned}, else hands the refusal in words. */
    public void sign(Action action, SignatureInput input, Runnable onSigned, Consumer<String> onRefused) {
        RecipeVersion v = version.get();
        if (v == null || isBusy()) {
            return;
        }
        calls().call(() -> {
            RecipeLifecycleUseCase lifecycle = recipes().lifecycle();
            RecipeVersion after = switch (action) {
                case SUBMIT -> lifecycle.submit(session(), v.id(), input);
                case APPROVE -> lifecycle.approve(session(), v.id(), input);
                case REJECT -> lifecycle.reject(session(), v.id(), input);
                case RETIRE -> lifecycle.retire(session(), v.id(), input);
                case PUBLISH -> recipes().publishing().orElseThrow(() -> new IllegalStateException(Words.get("recipe.publish.noCentral")))
                        .publish(session(), v.id(), input);
                default -> throw new IllegalArgumentException(action + " is not a signing action");
            };
            return read(after.id());
        }, loaded -> {
            show(loaded);
            say(RecipeSigning.done(action, loaded.version()), Severity.NORMAL);
            onSigned.run();
        }, onRefused);
    }

    /** Copies the shown version into the next DRAFT version (the only way to change a locked one), for {@link #newVersionReason()}. */
    public void newVersion(Consumer<RecipeVersion> opened) {
        RecipeVersion v = version.get();
        String why = newVersionReason.reason();
        if (v == null) {
            return;
        }
        if (why.isEmpty()) {
            say(Words.get("recipe.detail.newVersionNoReason"), Severity.WARNING);
            return;
        }
        calls().call(() -> recipes().authoring().newVersion(session(), v.id(), why), created -> {
            newVersionReason.clear();
            say(Words.format("recipe.detail.newVersionDone", created.label(), v.label()), Severity.NORMAL);
            opened.accept(created);
        });
    }

    /** Writes the shown version as {@code <dir>/<name> v<N>.yaml}; says where. */
    public void exportYaml(Path dir) {
        RecipeVersion v = version.get();
        if (v == null) {
            return;
        }
        calls().call(() -> RecipeYamlFile.write(dir, v, recipes().authoring().exportYaml(v)),
                file -> say(Words.format("recipe.detail.exported", file.toAbsolutePath().toString()), Severity.NORMAL));
    }

    /** Why a new version is made: asked before {@link #newVersion}. */
    public ReasonEntry newVersionReason() {
        return newVersionReason;
    }

    public ReadOnlyObjectProperty<RecipeVersion> versionProperty() {
        return version.getReadOnlyProperty();
    }

    public RecipeVersion getVersion() {
        return version.get();
    }

    public ReadOnlyStringProperty statusWordProperty() {
        return statusWord.getReadOnlyProperty();
    }

    public String getStatusWord() {
        return statusWord.get();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dieTextProperty() {
        return dieText.getReadOnlyProperty();
    }

    public String getDieText() {
        return dieText.get();
    }

    public ReadOnlyStringProperty pressTextProperty() {
        return pressText.getReadOnlyProperty();
    }

    public String getPressText() {
        return pressText.get();
    }

    public ReadOnlyStringProperty purposeProperty() {
        return purpose.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty authorTextProperty() {
        return authorText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> validityProperty() {
        return validity.getReadOnlyProperty();
    }

    public Message getValidity() {
        return validity.get();
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public ObservableList<String> recipeProblems() {
        return recipeProblems;
    }

    public ObservableList<String> signatures() {
        return signatures;
    }

    public ObservableList<RecipeVersion> versions() {
        return versions;
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSubmitProperty() {
        return canSubmit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canApproveProperty() {
        return canApprove.getReadOnlyProperty();
    }

    public boolean isCanApprove() {
        return canApprove.get();
    }

    public ReadOnlyBooleanProperty canRejectProperty() {
        return canReject.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRetireProperty() {
        return canRetire.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canNewVersionProperty() {
        return canNewVersion.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canPublishProperty() {
        return canPublish.getReadOnlyProperty();
    }

    public boolean isCanPublish() {
        return canPublish.get();
    }

    /** Where the version stands centrally, in words ("Published to all stations."); empty without a central database. */
    public ReadOnlyStringProperty publicationProperty() {
        return publication.getReadOnlyProperty();
    }

    public String getPublication() {
        return publication.get();
    }

    public boolean isPublicationShown() {
        return publicationShown.get();
    }

    public ReadOnlyBooleanProperty publicationShownProperty() {
        return publicationShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCompareProperty() {
        return canCompare.getReadOnlyProperty();
    }

    public String getAuthorText() {
        return authorText.get();
    }

    public boolean isCanEdit() {
        return canEdit.get();
    }

    public boolean isCanSubmit() {
        return canSubmit.get();
    }

    public boolean isCanReject() {
        return canReject.get();
    }

    public boolean isCanRetire() {
        return canRetire.get();
    }

    public boolean isCanNewVersion() {
        return canNewVersion.get();
    }

    public boolean isCanCompare() {
        return canCompare.get();
    }

    public boolean isLocked() {
        return locked.get();
    }

    public String getPurpose() {
        return purpose.get();
    }
}
