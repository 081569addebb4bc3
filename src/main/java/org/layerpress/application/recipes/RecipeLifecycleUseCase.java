package org.layerpress.application.recipes;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.layerpress.application.signature.SignCommand;
import org.layerpress.application.signature.SignRecordUseCase;
import org.layerpress.application.signature.SignableRecord;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.application.users.Auditor;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Clocks;
import org.layerpress.application.users.Session;
import org.layerpress.domain.recipe.RecipeStatus;
import org.layerpress.domain.recipe.RecipeText;
import org.layerpress.domain.recipe.RecipeValidator;
import org.layerpress.domain.recipe.Violation;
import org.layerpress.domain.signature.Signature;
import org.layerpress.domain.signature.SignatureMeaning;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.user.User;

/**
 * DRAFT → IN_REVIEW → APPROVED (locked) → RETIRED, each step an e-signature (FactoryTalk Batch
 * style authoring → review → release). A different Supervisor approves: nobody approves a version
 * they wrote, edited or submitted (two-person rule). A recipe has at most one APPROVED version:
 * approving a new one retires the one it supersedes in the same transaction (ADR 0010).
 */
public final class RecipeLifecycleUseCase {

    private final RecipeStore recipes;
    private final SignRecordUseCase signatures;
    private final Authorizer authorizer;
    private final Auditor auditor;
    private final Transactions tx;
    private final Clock clock;

    public RecipeLifecycleUseCase(RecipeStore recipes, SignRecordUseCase signatures, Authorizer authorizer, Auditor auditor,
                                  Transactions tx, Clock clock) {
        this.recipes = recipes;
        this.signatures = signatures;
        this.authorizer = authorizer;
        this.auditor = auditor;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * What this session may do to this version now, asked before anyone types a PIN: the same role,
     * status, validity and two-person checks the signing calls make (which check again). A query:
     * nothing is audited, and the session's roles are those it logged in with.
     */
    public Set<LifecycleAction> actionsFor(Session session, RecipeVersion v) {
        Set<LifecycleAction> allowed = EnumSet.noneOf(LifecycleAction.class);
        if (session == null || session.mustChangePin()) {
            return allowed;
        }
        User me = session.user();
        boolean author = me.has(Permission.AUTHOR_RECIPE);
        boolean approver = me.has(Permission.APPROVE_RECIPE);
        switch (v.status()) {
            case DRAFT -> {
                if (author && RecipeValidator.validate(v.definition()).isEmpty()) {
                    allowed.add(LifecycleAction.SUBMIT);
                }
            }
            case IN_REVIEW -> {
                if (approver) {
                    allowed.add(LifecycleAction.REJECT);
                    if (!writers(v).contains(me.login())) {
                        allowed.add(LifecycleAction.APPROVE);
                    }
                }
            }
            case APPROVED -> {
                if (approver) {
                    allowed.add(LifecycleAction.RETIRE);
                }
            }
            default -> { }
        }
        return allowed;
    }

    /** The author signs the draft as Authored and hands it to review; it must pass validation. */
    public RecipeVersion submit(Session session, long versionId, SignatureInput sig) {
        User author = authorizer.require(session, Permission.AUTHOR_RECIPE, "submitting a recipe for review");
        RecipeVersion v = inStatus(versionId, RecipeStatus.DRAFT, "submitted");
        requireValid(v);
        transition(session, v, RecipeStatus.DRAFT, RecipeStatus.IN_REVIEW, SignatureMeaning.AUTHORED, Permission.AUTHOR_RECIPE,
                sig, RecipeAudit.SUBMITTED, author);
        return existing(versionId);
    }

    /**
     * A second Supervisor approves: the version locks and may be run, and the version of the same
     * recipe that was APPROVED until now is RETIRED in the same transaction, as its own status event
     * and audit row naming the new version, so operators are never offered two versions of one recipe.
     */
    public RecipeVersion approve(Session session, long versionId, SignatureInput sig) {
        User approver = authorizer.require(session, Permission.APPROVE_RECIPE, "approving a recipe");
        RecipeVersion v = inStatus(versionId, RecipeStatus.IN_REVIEW, "approved");
        if (writers(v).contains(approver.login())) {
            throw new AccessDeniedException("two-person rule: " + approver.login() + " wrote or submitted " + v.label()
                    + " and cannot approve it; another Supervisor must");
        }
        requireValid(v);
        transition(session, v, RecipeStatus.IN_REVIEW, RecipeStatus.APPROVED, SignatureMeaning.APPROVED, Permission.APPROVE_RECIPE,
                sig, RecipeAudit.APPROVED, approver, () -> retireSuperseded(v, approver));
        return existing(versionId);
    }

    /**
     * Every other APPROVED version of {@code approved}'s recipe becomes RETIRED: a status event (the
     * locked content is not touched) and an audit row of its own. The approver's signature on the new
     * version is what decides it; the retirement carries no signature of its own.
     */
    private void retireSuperseded(RecipeVersion approved, User approver) {
        for (RecipeVersion old : recipes.versions(approved.recipeId())) {
            if (old.id() != approved.id() && old.status() == RecipeStatus.APPROVED) {
                String why = "superseded by " + approved.label();
                recipes.addStatus(old.id(), RecipeStatus.RETIRED, approver.login(), Clocks.now(clock), why);
                auditor.record(approver, RecipeAudit.SUPERSEDED, RecipeAudit.ENTITY, old.label(), RecipeStatus.APPROVED.name(),
                        RecipeStatus.RETIRED.name() + " — " + why, "approval of " + approved.label());
            }
        }
    }

    /** The reviewer sends it back to DRAFT with a reason (signed as Rejected). */
    public RecipeVersion reject(Session session, long versionId, SignatureInput sig) {
        User reviewer = authorizer.require(session, Permission.APPROVE_RECIPE, "rejecting a recipe");
        RecipeAudit.requireReason(sig.comment());
        RecipeVersion v = inStatus(versionId, RecipeStatus.IN_REVIEW, "rejected");
        transition(session, v, RecipeStatus.IN_REVIEW, RecipeStatus.DRAFT, SignatureMeaning.REJECTED, Permission.APPROVE_RECIPE,
                sig, RecipeAudit.REJECTED, reviewer);
        return existing(versionId);
    }

    /** Retires an approved version; batches already recorded keep their frozen copy. */
    public RecipeVersion retire(Session session, long versionId, SignatureInput sig) {
        User supervisor = authorizer.require(session, Permission.APPROVE_RECIPE, "retiring a recipe");
        RecipeAudit.requireReason(sig.comment());
        RecipeVersion v = inStatus(versionId, RecipeStatus.APPROVED, "retired");
        transition(session, v, RecipeStatus.APPROVED, RecipeStatus.RETIRED, SignatureMeaning.APPROVED, Permission.APPROVE_RECIPE,
                new SignatureInput(sig.identity(), sig.pin(), "Retirement: " + sig.comment()), RecipeAudit.RETIRED, supervisor);
        return existing(versionId);
    }

    /** Who wrote, last edited or submitted the version: none of them may approve it (two-person rule). */
    private Set<String> writers(RecipeVersion v) {
        Set<String> writers = new HashSet<>(List.of(v.author(), v.lastEditor()));
        writers.addAll(tx.inTransaction(() -> recipes.statusActors(v.id(), RecipeStatus.IN_REVIEW)));
        return writers;
    }

    public List<Signature> signaturesOf(RecipeVersion v) {
        return signatures.signaturesOf(RecipeAudit.ENTITY, v.label());
    }

    /** Whether a stored signature still matches the version as stored now. */
    public static boolean signatureBinds(Signature s, RecipeVersion v) {
        return SignRecordUseCase.stillBinds(s, signable(v));
    }

    static SignableRecord signable(RecipeVersion v) {
        return new SignableRecord(RecipeAudit.ENTITY, v.label(), RecipeText.canonical(v.definition()));
    }

    private void transition(Session session, RecipeVersion v, RecipeStatus from, RecipeStatus to, SignatureMeaning meaning,
                            Permission permission, SignatureInput sig, String action, User actor) {
        transition(session, v, from, to, meaning, permission, sig, action, actor, () -> { });
    }

    /** As above; {@code alsoInTheTransaction} runs after the status change, before the commit. */
    private void transition(Session session, RecipeVersion v, RecipeStatus from, RecipeStatus to, SignatureMeaning meaning,
                            Permission permission, SignatureInput sig, String action, User actor, Runnable alsoInTheTransaction) {
        SignCommand command = new SignCommand(signable(v), meaning, sig.comment(), permission, sig.identity(), sig.pin());
        signatures.sign(session, command, signature -> {
            // Re-read inside the signing transaction: someone else may have moved it meanwhile.
            RecipeVersion now = existing(v.id());
            if (now.status() != from || !now.contentHash().equals(v.contentHash())) {
                throw new IllegalStateException(v.label() + " changed while it was being signed; look at it again");
            }
            recipes.addStatus(v.id(), to, actor.login(), Clocks.now(clock), sig.comment());
            auditor.record(actor, action, RecipeAudit.ENTITY, v.label(), from.name(), to.name() + " — " + signature.manifestation(), sig.comment());
            alsoInTheTransaction.run();
        });
    }

    private RecipeVersion inStatus(long versionId, RecipeStatus expected, String verb) {
        RecipeVersion v = existing(versionId);
        if (v.status() != expected) {
            throw new IllegalStateException(v.label() + " is " + v.status() + "; only a " + expected + " version can be " + verb);
        }
        return v;
    }

    private static void requireValid(RecipeVersion v) {
        List<Violation> violations = RecipeValidator.validate(v.definition());
        if (!violations.isEmpty()) {
            throw new RecipeInvalidException(v.label(), violations);
        }
    }

    private RecipeVersion existing(long versionId) {
        return tx.inTransaction(() -> recipes.version(versionId)).orElseThrow(() -> new IllegalArgumentException("no recipe version " + versionId));
    }
}
