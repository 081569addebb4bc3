/**
 * The domain: plain Java with no library and no other layer. Its subpackages hold units, dies and
 * press profiles, recipes and their validation, users and permissions, the audit hash chain,
 * e-signatures, and batch events with press-trace evaluation. {@link org.layerpress.domain.InputLimits}
 * holds every limit on input from outside (files, scans, typed text and numbers) and the one check
 * that words every refusal. Everything else may import it.
 */
package org.layerpress.domain;
