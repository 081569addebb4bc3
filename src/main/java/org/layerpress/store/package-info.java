/**
 * The H2 file database behind the application's store ports: Flyway migrations, durable transactions
 * ({@code WRITE_DELAY=0}, {@code CHECKPOINT SYNC}, no space reuse), triggers that keep evidence append-only,
 * the hash-chained audit trail, users, recipes, batch records with compact trace chunks, QA reviews
 * and settings. Adapter: may import JDBC, H2, Flyway, Jackson, SLF4J, the domain and the application; never another adapter.
 */
package org.layerpress.store;
