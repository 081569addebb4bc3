/**
 * Electronic signatures bound to a record by the SHA-256 of its canonical content, and what a
 * signature means. Plain Java (the JDK's MessageDigest).
 */
package org.layerpress.domain.signature;
