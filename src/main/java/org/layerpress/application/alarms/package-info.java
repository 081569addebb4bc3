/**
 * Station-wide alarms (ISA-18.2), with or without a batch: conditions of the press link, the PLC and
 * the open batch drive each alarm's state; people acknowledge and shelve; every transition goes to an
 * append-only history and the audit trail (docs/alarms.md).
 */
package org.layerpress.application.alarms;
