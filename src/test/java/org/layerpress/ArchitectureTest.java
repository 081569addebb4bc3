package org.layerpress;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * The layer rules of docs/architecture.md ("Layers"), run as tests (after JabRef's CommonArchitectureTest):
 * domain ← application ← adapters (plc, modbus, sim, store, ui, report, balance); adapters never reach each other;
 * opcua holds the Milo helpers that plc and sim share; chart holds the plain chart geometry that ui
 * and report share; station assembles the station from every adapter once; cli and bench are the
 * composition roots that wire everything together (through station), and nothing but the launcher
 * reaches them.
 */
@AnalyzeClasses(packages = "org.layerpress", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "..layerpress.domain..";
    private static final String APPLICATION = "..layerpress.application..";
    private static final String OPCUA = "..layerpress.opcua..";
    private static final String CHART = "..layerpress.chart..";
    private static final String PLC = "..layerpress.plc..";
    private static final String MODBUS = "..layerpress.modbus..";
    private static final String SIM = "..layerpress.sim..";
    private static final String STORE = "..layerpress.store..";
    private static final String UI = "..layerpress.ui..";
    private static final String REPORT = "..layerpress.report..";
    private static final String BALANCE = "..layerpress.balance..";
    private static final String CLI = "..layerpress.cli..";
    private static final String BENCH = "..layerpress.bench..";
    private static final String STATION = "..layerpress.station..";

    /** Adapters: each adapts one outside thing to the application's ports. */
    private static final String[] ADAPTERS = {PLC, MODBUS, SIM, STORE, UI, REPORT, BALANCE};
    /** Composition roots: they build the station from every layer and are reached only from the launcher. */
    private static final String[] ROOTS = {CLI, BENCH};
    /** The composition roots and the station assembly they share: nothing inside the layers reaches them. */
    private static final String[] OUTER = {CLI, BENCH, STATION};

    private static final String[] JDBC = {"java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..", "org.postgresql.."};

    // --- domain: plain Java, depends on nothing of ours outside itself

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(concat(JDBC, "javafx..", "org.eclipse.milo..", "picocli..",
                    "com.fasterxml.jackson..", "com.lowagie.."))
            .because("the domain is plain Java: recipes, units and rules are tested without any library");

    @ArchTest
    static final ArchRule domainDependsOnNothingOutward = noClasses().that().resideInAPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(concat(concat(ADAPTERS, OUTER), APPLICATION, OPCUA))
            .because("everything depends on the domain, the domain on nothing of ours");

    // --- application: use cases and ports, free of UI, OPC UA and JDBC

    @ArchTest
    static final ArchRule applicationImportsNoFxNoMiloNoJdbc = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(concat(JDBC, "javafx..", "org.eclipse.milo..", "picocli..",
                    "com.lowagie.."))
            .because("use cases stay free of UI, OPC UA, JDBC and file formats other than the YAML they read");

    @ArchTest
    static final ArchRule applicationDependsOnNoAdapter = noClasses().that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(concat(concat(ADAPTERS, OUTER), OPCUA))
            .because("the application defines ports; adapters implement them, never the other way round");

    // --- adapters: inward only, never each other, never a composition root

    @ArchTest
    static final ArchRule plcIsolated = adapterIsolated(PLC);
    @ArchTest
    static final ArchRule modbusIsolated = adapterIsolated(MODBUS);
    @ArchTest
    static final ArchRule simIsolated = adapterIsolated(SIM);
    @ArchTest
    static final ArchRule storeIsolated = adapterIsolated(STORE);
    @ArchTest
    static final ArchRule uiIsolated = adapterIsolated(UI);
    @ArchTest
    static final ArchRule reportIsolated = adapterIsolated(REPORT);
    @ArchTest
    static final ArchRule balanceIsolated = adapterIsolated(BALANCE);

    @ArchTest
    static final ArchRule reportWritesOnlyWhatTheApplicationHandsIt = noClasses().that().resideInAPackage(REPORT)
            .should().dependOnClassesThat().resideInAnyPackage(concat(JDBC, "org.eclipse.milo..", "javafx..", OPCUA))
            .because("exports write what the application hands them (BatchRecord); they never read the database or the PLC");

    // --- opcua: Milo helpers shared by the plc client and the simulator

    @ArchTest
    static final ArchRule opcuaSharesNoAdapter = noClasses().that().resideInAPackage(OPCUA)
            .should().dependOnClassesThat().resideInAnyPackage(concat(concat(ADAPTERS, OUTER), DOMAIN, "javafx..", "java.sql.."))
            .because("opcua holds Milo helpers (certificates, type coercion) shared by the plc client and the simulator, and nothing else");

    @ArchTest
    static final ArchRule opcuaReadsOnlyTheMappingModel = noClasses().that().resideInAPackage(OPCUA)
            .should().dependOnClassesThat(resideInAPackage(APPLICATION).and(resideOutsideOfPackage("..layerpress.application.mapping..")))
            .because("of the application, the OPC UA helpers need only the mapping model (NodeRef, OpcType)");

    @ArchTest
    static final ArchRule opcuaUsedOnlyByTheOpcUaSides = noClasses().that().resideOutsideOfPackages(OPCUA, PLC, SIM, BENCH)
            .should().dependOnClassesThat().resideInAPackage(OPCUA)
            .because("only the OPC UA client, the simulator and the link benchmark speak OPC UA");

    @ArchTest
    static final ArchRule serialPortsOnlyInTheBalanceAdapterAndTheSimulator = noClasses().that().resideOutsideOfPackages(BALANCE, SIM)
            .should().dependOnClassesThat().resideInAPackage("com.fazecast..")
            .because("only the balance adapter and the simulated balance open serial ports");

    @ArchTest
    static final ArchRule modbusLibraryOnlyInTheModbusSides = noClasses().that().resideOutsideOfPackages(MODBUS, SIM)
            .should().dependOnClassesThat().resideInAPackage("com.digitalpetri.modbus..")
            .because("only the Modbus glovebox adapter and the simulated Modbus glovebox speak Modbus TCP; registers live in the mapping model as plain numbers");

    // --- chart: geometry shared by the screen charts and the PDF report

    @ArchTest
    static final ArchRule chartIsPlainGeometry = noClasses().that().resideInAPackage(CHART)
            .should().dependOnClassesThat().resideInAnyPackage(concat(concat(concat(ADAPTERS, ROOTS), DOMAIN, APPLICATION, OPCUA),
                    concat(JDBC, "javafx..", "com.lowagie..", "org.eclipse.milo..")))
            .because("chart holds ranges, ticks, scales and thinning as plain numbers, shared by ui and report; drawing stays with them");

    @ArchTest
    static final ArchRule chartUsedOnlyByTheCharts = noClasses().that().resideOutsideOfPackages(CHART, UI, REPORT)
            .should().dependOnClassesThat().resideInAPackage(CHART)
            .because("only the screens and the PDF report draw charts");

    // --- composition roots

    @ArchTest
    static final ArchRule onlyTheLauncherReachesCli = noClasses().that().resideOutsideOfPackage(CLI)
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("cli is the composition root; Launcher is its plain main class");

    @ArchTest
    static final ArchRule onlyCliReachesBench = noClasses().that().resideOutsideOfPackages(BENCH, CLI)
            .should().dependOnClassesThat().resideInAPackage(BENCH)
            .because("bench is a composition root of its own, started by `layerpress bench`");

    @ArchTest
    static final ArchRule benchDoesNotReachCli = noClasses().that().resideInAPackage(BENCH)
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("the command line wires the benchmarks, not the other way round");

    // --- the station assembly: built from every adapter, used by the composition roots only

    @ArchTest
    static final ArchRule onlyTheRootsReachTheStationAssembly = noClasses().that().resideOutsideOfPackages(STATION, CLI, BENCH)
            .should().dependOnClassesThat().resideInAPackage(STATION)
            .because("station assembles the whole station once, for `run` and the benchmarks; the layers it assembles never reach it");

    @ArchTest
    static final ArchRule theStationAssemblyReachesNoRoot = noClasses().that().resideInAPackage(STATION)
            .should().dependOnClassesThat().resideInAnyPackage(ROOTS)
            .because("the roots use the assembly, not the other way round");

    // --- screens: the Run section reaches no other section's screens

    @ArchTest
    static final ArchRule runScreensReachNoOtherSection = noClasses().that().resideInAPackage("..layerpress.ui.batch..")
            .should().dependOnClassesThat().resideInAnyPackage("..layerpress.ui.correct..", "..layerpress.ui.records..", "..layerpress.ui.recipe..")
            .orShould().dependOnClassesThat().belongToAnyOf(org.layerpress.application.review.AmendmentUseCase.class,
                    org.layerpress.application.review.BatchListUseCase.class, org.layerpress.application.review.BatchRecordUseCase.class,
                    org.layerpress.application.review.ReviewServices.class)
            .because("the Run start page opens 'Correct a finished batch' through an opener handed in where the Run section is built");

    @ArchTest
    static final ArchRule correctionScreensOpenedOnlyByTheRoot = noClasses().that().resideOutsideOfPackages("..layerpress.ui.correct..", CLI)
            .should().dependOnClassesThat().resideInAPackage("..layerpress.ui.correct..")
            .because("the correction screens are wired in cli (RunCommand) and reached from the start page only through its opener");

    // --- libraries kept where they belong

    @ArchTest
    static final ArchRule noJavaFxOutsideUi = noClasses().that().resideOutsideOfPackages(UI, CLI)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only ui (and the composition root that launches it) knows JavaFX");

    @ArchTest
    static final ArchRule miloOnlyInTheOpcUaSides = noClasses().that().resideOutsideOfPackages(OPCUA, PLC, SIM, BENCH)
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.milo..")
            .because("the NodeIds live in plc-mapping/ as text (NodeRef); Milo types stay in the OPC UA adapters");

    @ArchTest
    static final ArchRule jdbcOnlyInStore = noClasses().that().resideOutsideOfPackages(STORE, BENCH)
            .should().dependOnClassesThat().resideInAnyPackage(JDBC)
            .because("records reach the database through the store adapter only");

    @ArchTest
    static final ArchRule onlySlf4jForLogging = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging.log4j..", "ch.qos.logback..",
                    "org.apache.commons.logging..")
            .because("we log through SLF4J only (Logback is the runtime binding, configured in logback.xml)");

    @ArchTest
    static final ArchRule noSystemLogger = noClasses().should().dependOnClassesThat()
            .belongToAnyOf(System.Logger.class, System.Logger.Level.class, System.LoggerFinder.class)
            .orShould().callMethod(System.class, "getLogger", String.class)
            .orShould().callMethod(System.class, "getLogger", String.class, ResourceBundle.class)
            .because("we log through SLF4J only; System.Logger would bypass logback.xml");

    private static ArchRule adapterIsolated(String adapter) {
        String[] others = Stream.concat(Arrays.stream(ADAPTERS).filter(a -> !a.equals(adapter)), Arrays.stream(OUTER))
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat().resideInAnyPackage(others)
                .because("adapters depend inward only, never on another adapter or on a composition root");
    }

    private static String[] concat(String[] first, String... more) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(more)).toArray(String[]::new);
    }
}
