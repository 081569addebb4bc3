/**
 * Training on the simulated press (docs/training.md): the faults a trainer may inject ({@link
 * org.layerpress.application.training.TrainingFault}), the port the simulator implements ({@link
 * org.layerpress.application.training.TrainingPort}) and the use case that checks who may, refuses on a real
 * press, audits every injection and writes it into the open batch's record. May import the domain and the
 * other application packages (users, audit, batch); no adapter.
 */
package org.layerpress.application.training;
