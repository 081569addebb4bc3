/**
 * The Training section (under "More", on the simulated press only, for a Supervisor or Admin or anyone on a demo
 * station): one glove-sized button per fault the running simulator can have, each saying what it does and what
 * the operator should then see, amounts chosen by tap. The use case ({@code application.training}) checks who may
 * and records every injection; this package never reaches the simulator itself.
 */
package org.layerpress.ui.training;
