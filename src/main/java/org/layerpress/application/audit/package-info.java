/**
 * The append-only, hash-chained audit trail as the use cases see it: the port
 * ({@link org.layerpress.application.audit.AuditTrail}), the words for what happened, the reviewer's query
 * and the chain check that {@code layerpress audit verify} prints. May import the domain ({@code domain.audit},
 * {@code domain.user}), {@code application.tx} and {@code application.users}.
 */
package org.layerpress.application.audit;
