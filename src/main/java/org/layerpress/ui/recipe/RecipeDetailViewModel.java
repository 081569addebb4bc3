package org.layerpress.ui.recipe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.domain.signature.Signature;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ReasonEntry;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * One recipe version as a reader needs it: die and press with their limits, the steps in words with
 * the force every PRESS step asks for (and how close that is to the die rating and the press
 * capacity), what the validator objects to, the signatures, and the actions this session may take
 * (the signed ones as the lifecycle use case answers them). The use cases decide again on every call;
 * the flags only keep pointless buttons away.
 */
public final class RecipeDetailViewModel {

    /** What a Supervisor can do to a version; the signing ones open the signature dialog. */
    public enum Action {
        NEW_VERSION, EDIT, SUBMIT, APPROVE, REJECT, RETIRE
    }

    public static final List<String> NEW_VERSION_REASONS = List.of("Adjust the pressures", "Adjust the masses",
            "New die or press", "Protocol update", ReasonEntry.OTHER);
    static final List<String> SUBMIT_REASONS = List.of("Ready for review", "Changes as discussed", ReasonEntry.OTHER);
    static final List<String> APPROVE_REASONS = List.of("Forces checked against die and press", "Matches the published protocol",
            "Changes reviewed", ReasonEntry.OTHER);
    static final List<String> REJECT_REASONS = List.of("Force too close to the die rating", "Masses need checking",
            "Steps in the wrong order", ReasonEntry.OTHER);
    static final List<String> RETIRE_REASONS = List.of("Replaced by a newer version", "Protocol withdrawn",
            "Die type no longer used", ReasonEntry.OTHER);

    private record Loaded(RecipeVersion version, List<RecipeVersion> versions, List<Signature> signatures, Set<LifecycleAction> actions,
                          boolean editable, boolean newVersionOffered) {
    }

    private final RecipeServices recipes;
    private final Session session;
    private final ScreenCalls calls;
    private final ReasonEntry newVersionReason = new ReasonEntry(NEW_VERSION_REASONS);

    private final ReadOnlyObjectWrapper<RecipeVersion> version = new ReadOnlyObjectWrapper<>(this, "version");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
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

    public RecipeDetailViewModel(RecipeServices recipes, Session session, UseCaseRunner runner) {
        this.recipes = recipes;
        this.session = session;
        this.calls = new ScreenCalls(runner);
    }

    /** Reads a version, its siblings and its signatures. */
    public void load(long versionId) {
        calls.call(() -> read(versionId), this::show);
    }

    private Loaded read(long versionId) {
        RecipeVersion v = recipes.queries().version(session, versionId)
                .orElseThrow(() -> new IllegalArgumentException("recipe version " + versionId + " is not there any more"));
        return new Loaded(v, recipes.queries().versions(session, v.recipeId()), recipes.lifecycle().signaturesOf(v),
                recipes.lifecycle().actionsFor(session, v), recipes.authoring().mayEdit(session, v),
                recipes.authoring().mayStartNewVersion(session, v));
    }

    private void show(Loaded loaded) {
        RecipeVersion v = loaded.version();
        RecipeDefinition d = v.definition();
        version.set(v);
        title.set(v.label());
        statusWord.set(RecipeWords.status(v.status()));
        locked.set(v.status() == RecipeStatus.APPROVED);
        dieText.set(RecipeWords.die(d.die()));
        pressText.set(RecipeWords.press(d.press()));
        purpose.set(d.purpose());
        authorText.set("Written by " + v.author() + (v.lastEditor().equals(v.author()) ? "" : ", last edited by " + v.lastEditor()));
        steps.setAll(rows(d));
        List<Violation> violations = RecipeValidator.validate(d);
        recipeProblems.setAll(violations.stream().filter(x -> x.step() == 0).map(Violation::message).toList());
        if (violations.isEmpty()) {
            validity.set(Message.outcome("Passes every check: forces within die and press, multi-step order, masses."));
        } else {
            validity.set(Message.warning(violations.size() + (violations.size() == 1 ? " problem" : " problems")
                    + " (shown at the steps): it cannot be submitted until fixed."));
        }
        signatures.setAll(loaded.signatures().stream().map(s -> s.manifestation()
                + (RecipeLifecycleUseCase.signatureBinds(s, v) ? "" : " — DOES NOT MATCH this version")).toList());
        if (signatures.isEmpty()) {
            signatures.add("No signatures yet.");
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

    /** Each step in words; PRESS steps with their forces; the validator's objections at their step. */
    public static List<StepRow> rows(RecipeDefinition d) {
        List<Violation> violations = RecipeValidator.validate(d);
        List<StepRow> out = new ArrayList<>();
        for (int i = 0; i < d.steps().size(); i++) {
            int n = i + 1;
            RecipeStep step = d.steps().get(i);
            Optional<PressForces> forces = step instanceof RecipeStep.Press p
                    ? Optional.of(PressForces.of(d.die(), d.press(), p)) : Optional.empty();
            out.add(new StepRow(n, RecipeWords.kind(step), step.title(), RecipeWords.settings(step), forces,
                    violations.stream().filter(x -> x.step() == n).map(Violation::message).toList()));
        }
        return out;
    }

    /** What the signature dialog asks for an action on the shown version. */
    public SigningRequest signing(Action action) {
        String label = version.get() == null ? "" : version.get().label();
        return switch (action) {
            case SUBMIT -> new SigningRequest(action, "Submit " + label + " for review",
                    "You sign as its author (Authored): the recipe is complete and correct to the best of your knowledge. "
                            + "Another Supervisor must approve it.", SUBMIT_REASONS, false, "Sign and submit");
            case APPROVE -> new SigningRequest(action, "Approve " + label,
                    "You sign as Approved: this version may be run, and it locks for good. A change will need a new version.",
                    APPROVE_REASONS, false, "Sign and approve");
            case REJECT -> new SigningRequest(action, "Reject " + label,
                    "You sign as Rejected: the version goes back to DRAFT for its author. Say why.", REJECT_REASONS, true, "Sign and reject");
            case RETIRE -> new SigningRequest(action, "Retire " + label,
                    "You sign the retirement: it can no longer be run. Batches already made keep their copy. Say why.",
                    RETIRE_REASONS, true, "Sign and retire");
            default -> throw new IllegalArgumentException(action + " is not a signing action");
        };
    }

    /** Signs an action; on success reloads and runs {@code onSigned}, else hands the refusal in words. */
    public void sign(Action action, SignatureInput input, Runnable onSigned, Consumer<String> onRefused) {
        RecipeVersion v = version.get();
        if (v == null || calls.isBusy()) {
            return;
        }
        calls.call(() -> {
            RecipeVersion after = switch (action) {
                case SUBMIT -> recipes.lifecycle().submit(session, v.id(), input);
                case APPROVE -> recipes.lifecycle().approve(session, v.id(), input);
                case REJECT -> recipes.lifecycle().reject(session, v.id(), input);
                case RETIRE -> recipes.lifecycle().retire(session, v.id(), input);
                default -> throw new IllegalArgumentException(action + " is not a signing action");
            };
            return read(after.id());
        }, loaded -> {
            show(loaded);
            say(done(action, loaded.version()), Severity.NORMAL);
            onSigned.run();
        }, onRefused);
    }

    private static String done(Action action, RecipeVersion v) {
        return switch (action) {
            case SUBMIT -> v.label() + " is IN REVIEW: another Supervisor approves it.";
            case APPROVE -> v.label() + " is APPROVED and locked: operators can run it.";
            case REJECT -> v.label() + " went back to DRAFT.";
            case RETIRE -> v.label() + " is RETIRED.";
            default -> v.label() + " is " + RecipeWords.status(v.status()) + ".";
        };
    }

    /** Copies the shown version into the next DRAFT version (the only way to change a locked one), for {@link #newVersionReason()}. */
    public void newVersion(Consumer<RecipeVersion> opened) {
        RecipeVersion v = version.get();
        String why = newVersionReason.reason();
        if (v == null) {
            return;
        }
        if (why.isEmpty()) {
            say("Not done: give a reason for the new version.", Severity.WARNING);
            return;
        }
        calls.call(() -> recipes.authoring().newVersion(session, v.id(), why), created -> {
            newVersionReason.clear();
            say(created.label() + " is a new DRAFT, copied from " + v.label() + ".", Severity.NORMAL);
            opened.accept(created);
        });
    }

    /** Writes the shown version as {@code <dir>/<name> v<N>.yaml}; says where. */
    public void exportYaml(Path dir) {
        RecipeVersion v = version.get();
        if (v == null) {
            return;
        }
        calls.call(() -> {
            String text = recipes.authoring().exportYaml(v);
            Path file = dir.resolve(fileName(v));
            try {
                Files.createDirectories(dir);
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return file;
        }, file -> say("Exported to " + file.toAbsolutePath() + ".", Severity.NORMAL));
    }

    /** "LPSCl + LGPS bilayer, 10 mm v1.yaml": the label, with characters a file system refuses replaced. */
    public static String fileName(RecipeVersion v) {
        return v.label().replaceAll("[\\\\/:*?\"<>|]", "-") + ".yaml";
    }

    private void say(String words, Severity severity) {
        calls.say(words, severity);
    }

    /** Why a new version is made: asked before {@link #newVersion}. */
    public ReasonEntry newVersionReason() {
        return newVersionReason;
    }

    public Session session() {
        return session;
    }

    public ReadOnlyObjectProperty<RecipeVersion> versionProperty() {
        return version.getReadOnlyProperty();
    }

    public RecipeVersion getVersion() {
        return version.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
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

    public ReadOnlyBooleanProperty canCompareProperty() {
        return canCompare.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return calls.messageProperty();
    }

    public Message getMessage() {
        return calls.getMessage();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public boolean isBusy() {
        return calls.isBusy();
    }

    public String getTitle() {
        return title.get();
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
