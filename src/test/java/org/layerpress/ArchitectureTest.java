package org.layerpress;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules of DESIGN.md, run as tests (after JabRef's CommonArchitectureTest):
 * domain ← application ← adapters (plc, sim, store, ui); adapters never reach each other.
 */
@AnalyzeClasses(packages = "org.layerpress", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] ADAPTERS = {"..layerpress.plc..", "..layerpress.sim..", "..layerpress.store..", "..layerpress.ui..", "..layerpress.cli..", "..layerpress.bench..",
        "..layerpress.report.."};

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..layerpress.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.eclipse.milo..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
            .because("the domain is plain Java (DESIGN.md, Architecture)");

    @ArchTest
    static final ArchRule domainDependsOnNothingOutward = noClasses().that().resideInAPackage("..layerpress.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..layerpress.application..", "..layerpress.plc..", "..layerpress.sim..",
                    "..layerpress.store..", "..layerpress.ui..", "..layerpress.cli..");

    @ArchTest
    static final ArchRule applicationImportsNoFxNoMilo = noClasses().that().resideInAPackage("..layerpress.application..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.eclipse.milo..", "java.sql..", "org.h2..")
            .because("use cases stay free of UI, OPC UA and JDBC");

    @ArchTest
    static final ArchRule applicationDependsOnNoAdapter = noClasses().that().resideInAPackage("..layerpress.application..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);

    @ArchTest
    static final ArchRule plcIsolated = adapterIsolated("..layerpress.plc..");
    @ArchTest
    static final ArchRule simIsolated = adapterIsolated("..layerpress.sim..");
    @ArchTest
    static final ArchRule storeIsolated = adapterIsolated("..layerpress.store..");
    @ArchTest
    static final ArchRule uiIsolated = adapterIsolated("..layerpress.ui..");

    @ArchTest
    static final ArchRule reportIsolated = adapterIsolated("..layerpress.report..");

    @ArchTest
    static final ArchRule reportReadsRecordsOnlyThroughTheApplication = noClasses().that().resideInAPackage("..layerpress.report..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..", "org.eclipse.milo..")
            .because("exports write what the application hands them (BatchRecord); they never read the database or the PLC");

    @ArchTest
    static final ArchRule opcuaSupportSharesNoAdapter = noClasses().that().resideInAPackage("..layerpress.opcua..")
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
            .because("opcua holds Milo helpers shared by the plc client and the simulator, and nothing else");

    @ArchTest
    static final ArchRule noJavaFxOutsideUi = noClasses().that().resideOutsideOfPackages("..layerpress.ui..", "..layerpress.cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only ui (and the composition root that launches it) knows JavaFX");

    @ArchTest
    static final ArchRule onlySlf4jForLogging = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.util.logging..", "org.apache.log4j..", "org.apache.logging.log4j..", "ch.qos.logback..")
            .because("we log through SLF4J only");

    private static ArchRule adapterIsolated(String adapter) {
        String[] others = java.util.Arrays.stream(ADAPTERS).filter(a -> !a.equals(adapter)).toArray(String[]::new);
        return noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat().resideInAnyPackage(others)
                .because("adapters depend inward only")
                .allowEmptyShould(true); // store has no classes until the records foundation lands
    }
}
