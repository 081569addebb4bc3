package org.layerpress.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.layerpress.application.calibration.CalibrationCommands;
import org.layerpress.domain.calibration.CalibrationRecord;
import org.layerpress.domain.calibration.Instrument;
import org.layerpress.domain.calibration.InstrumentKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Calibration records from a shell (docs/calibration.md#cli): anyone who can read the database lists
 * them; adding one is a Supervisor's, who logs in with {@code --as}, the PIN on standard input, which
 * also signs the record.
 */
@Command(name = "calibration", mixinStandardHelpOptions = true, description = "Calibration records of the instruments: list and add.",
        subcommands = {CalibrationCommand.ListCalibrations.class, CalibrationCommand.AddCalibration.class})
public final class CalibrationCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every calibration record, newest first, one line each, with who entered it.")
    static final class ListCalibrations implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DatabaseFolder database;

        @Override
        public Integer call() {
            Optional<List<CalibrationRecord>> all = database.read("calibration list", spec.commandLine().getErr(),
                    stores -> stores.transactions().inTransaction(stores.calibrations()::all));
            all.ifPresent(rs -> rs.forEach(r -> spec.commandLine().getOut().println(line(r))));
            return all.isPresent() ? 0 : 2;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Record a calibration certificate (a Supervisor's, signed with the PIN); it supersedes the instrument's older one.")
    static final class AddCalibration implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Mixin
        DatabaseFolder database;
        @Option(names = "--as", required = true, paramLabel = "LOGIN", description = "login of the Supervisor; the PIN is asked for and signs the record")
        String login;
        @Option(names = "--kind", required = true, description = "LOAD_CELL, PRESSURE_TRANSDUCER, THERMOCOUPLE or BALANCE") String kind;
        @Option(names = "--instrument", required = true, description = "'<press model>/<signal>' (e.g. '…/force') or the balance id") String instrument;
        @Option(names = "--calibrated", required = true, paramLabel = "YYYY-MM-DD", description = "the calibration date on the certificate") String calibrated;
        @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD", description = "the next calibration due date") String due;
        @Option(names = "--certificate", required = true, description = "the certificate id, as printed") String certificate;

        @Override
        public Integer call() {
            return SupervisorChange.run(spec, database, login, "calibration add", (useCases, session, pin) -> line(useCases.calibration().record(session,
                    new CalibrationCommands.RecordCalibration(new Instrument(kind(kind), instrument), date("--calibrated", calibrated),
                            date("--due", due), certificate, Optional.of(login), pin))));
        }
    }

    private static String line(CalibrationRecord r) {
        return "#" + r.id() + " " + r.describe() + ", entered by " + r.enteredBy() + " at " + r.enteredAt();
    }

    private static InstrumentKind kind(String text) {
        try {
            return InstrumentKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--kind takes LOAD_CELL, PRESSURE_TRANSDUCER, THERMOCOUPLE or BALANCE, was '" + text + "'", e);
        }
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " takes a date as YYYY-MM-DD, was '" + text + "'", e);
        }
    }
}
