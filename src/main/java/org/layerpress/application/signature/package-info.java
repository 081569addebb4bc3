/**
 * Electronic signatures (21 CFR Part 11): a signature bound to the SHA-256 of a record's
 * canonical content, the PIN asked again on every signing and the identity too on a session's first, the
 * signature port. May import {@code domain.signature}, {@code domain.user} and the application packages audit, tx, users.
 */
package org.layerpress.application.signature;
