/**
 * Store and forward from the station's H2 file to a central PostgreSQL (docs/central.md, ADR 0014): the
 * central schema (Flyway, {@code db/central}), the station's outbox read in station sequence, the
 * idempotent central writes (one JDBC batch per table and round), the forwarder's loop with its cursor, the
 * central check of a station's audit chain and of its sealed and running batches against their seals ({@code CentralSealCheck}),
 * QA's reading of the central copy (the list over all stations with its lot and material criteria, one record by
 * station and batch id, a lot's uses over all stations), and the other way round the published recipe versions
 * ({@code CentralRecipes}) and the station's loop that pulls them ({@code RecipePull}), and the sign-offs of QA
 * workstations ({@code CentralSignOffs}) that each station pulls for its own batches ({@code SignOffPull}), and the people
 * the site's user home publishes ({@code CentralUsers}, pulled by {@code UserPull}), and the dies a Supervisor publishes with
 * every die's count of forwarded uses over the site ({@code CentralDies}, pulled by {@code DiePull}); the pulls share one small loop ({@code CentralPull}), each read with the central database's identity ({@code CentralIdentity}) so a replaced database's numbers are not taken for the old one's; and a login role per station that may only add its own rows ({@code CentralStations}). Part of the store adapter: may import JDBC, H2, Flyway, the PostgreSQL driver, SLF4J,
 * the domain, the application and the store itself; never another adapter.
 */
package org.layerpress.store.central;
