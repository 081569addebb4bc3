/**
 * The Run section, the operator's guided batch: pick an approved recipe and the die, then one step
 * page at a time (check items, scans, weighed mass and lot with a deviation reason or a witness, the
 * press step with hold-to-start and its trend, release, eject, inspect), the step strip, the layer
 * stack, live values beside the step, held batches with their decision, the interrupted batch offered
 * at start, and each step page's glove-sized "?" with its kind's help ({@code StepHelp}; the words in
 * {@code step-help.properties}, with {@code step-help_de} and {@code step-help_zh}, in the person's language). May import {@code ui.controls}, {@code ui.fx}, the shell's live values
 * ({@code ui.shell.ShellViewModel}), the badge reader ({@code ui.access}), {@code chart}, the
 * application packages batch, press, recipes, users, and the domain. "Correct a finished batch…" on the
 * start page opens {@code ui.correct} through an opener handed in by {@code RunScreens.factory}: this package
 * reaches no other section's screens and no review use case ({@code ArchitectureTest}). Every word on its
 * pages, the vessel's, the hand pump's and gauge's, the balance's ({@code BalanceWords}) and the witness's
 * included, is looked up in the person's language ({@code ui.fx.Words}); what it hands to the sequencer,
 * and so the record, stays English.
 */
package org.layerpress.ui.batch;
