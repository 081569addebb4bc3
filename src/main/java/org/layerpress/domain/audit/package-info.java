/**
 * The audit trail's entries and the hash chain over them: each row's SHA-256 covers its canonical
 * content and the previous row's hash. Plain Java; may import {@code domain.signature}.
 */
package org.layerpress.domain.audit;
