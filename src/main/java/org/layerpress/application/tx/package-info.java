/**
 * The transaction port: {@link org.layerpress.application.tx.Transactions} runs work as one durable
 * transaction, committed and on disk when it returns, or not at all. Imports nothing.
 */
package org.layerpress.application.tx;
