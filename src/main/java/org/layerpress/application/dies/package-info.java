/**
 * The die registry: the physical dies of the bench as data, what a Supervisor may change about them
 * (audited, with a reason) and what a batch start and a press step read and count (docs/dies.md).
 */
package org.layerpress.application.dies;
