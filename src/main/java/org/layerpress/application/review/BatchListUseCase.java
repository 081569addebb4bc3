package org.layerpress.application.review;

import java.util.List;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.user.Permission;

/**
 * The QA batch list: pages of batch records by filter, and the names the filter pickers offer.
 * Needs {@link Permission#READ_BATCH_RECORDS} (QA and Supervisors): QA finds records to sign off,
 * Supervisors look at how their recipes and the press perform. Operators see their running batch on
 * the run screen, not the archive (docs/architecture.md#people-and-what-they-must-never-be-able-to-do).
 */
public final class BatchListUseCase {

    private final Authorizer authorizer;
    private final Transactions tx;
    private final BatchListStore store;

    public BatchListUseCase(Authorizer authorizer, Transactions tx, BatchListStore store) {
        this.authorizer = authorizer;
        this.tx = tx;
        this.store = store;
    }

    public BatchPage list(Session session, BatchListFilter filter) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(() -> store.list(filter));
    }

    public List<String> recipeNames(Session session) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(store::recipeNames);
    }

    public List<String> operators(Session session) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(store::operators);
    }

    public List<String> dieIds(Session session) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(store::dieIds);
    }

    public List<String> materials(Session session) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(store::materials);
    }

    /** Every use of a powder lot across batches ("which batches used lot X?"), oldest first. */
    public List<LotUseLine> usesOfLot(Session session, String lot) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "list batch records");
        return tx.inTransaction(() -> store.usesOfLot(lot));
    }
}
