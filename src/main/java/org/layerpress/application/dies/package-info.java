/**
 * The die registry: the physical dies of the bench as data, what a Supervisor may change about them
 * (audited, with a reason) and what a batch start and a press step read and count (docs/dies.md); with a central
 * copy, this station's dies published there by a Supervisor, signed ({@code DiePublishUseCase} through the port
 * {@code DieCentral}), the dies published there adopted after this station's checks ({@code CentralDieImport}) and each press step
 * kept as a forwarded die use, so a die's wear is summed over the stations.
 */
package org.layerpress.application.dies;
