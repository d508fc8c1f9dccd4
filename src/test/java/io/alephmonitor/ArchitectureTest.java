package io.alephmonitor;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The layers of the app and what each may never know, checked on the compiled classes (so a fully
 * qualified name used inline counts as much as an import). Tests are not checked: they may reach anywhere.
 *
 * <pre>
 *   app/ (start-up and wiring; the root package holds no class)
 *     └─ ui ──────────► tracking ──► kie, store
 *          └─► settings    download, exchange ──► tracking, kie, store
 *   every layer ──► model (the domain, which knows nothing of the others)
 *   sim: the kie.ai stand-in, known to the wiring alone
 * </pre>
 */
@AnalyzeClasses(packages = "io.alephmonitor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "io.alephmonitor.model..";
    private static final String KIE = "io.alephmonitor.kie..";
    private static final String STORE = "io.alephmonitor.store..";
    private static final String TRACKING = "io.alephmonitor.tracking..";
    private static final String DOWNLOAD = "io.alephmonitor.download..";
    private static final String EXCHANGE = "io.alephmonitor.exchange..";
    private static final String SETTINGS = "io.alephmonitor.settings..";
    private static final String SIM = "io.alephmonitor.sim..";
    private static final String UI = "io.alephmonitor.ui..";
    private static final String UPDATE = "io.alephmonitor.update..";
    /** Start-up and wiring. */
    private static final String WIRING = "io.alephmonitor.app..";

    @ArchTest
    static final ArchRule theRootPackageHoldsNoClass = noClasses().should().resideInAPackage("io.alephmonitor")
            .because("the folder tree shows the architecture: start-up and wiring live in app/")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theModelKnowsNothingOfTheOtherPackages = noClasses().that().resideInAPackage(MODEL)
            .should().dependOnClassesThat(resideInAPackage("io.alephmonitor..").and(not(resideInAPackage(MODEL))))
            .because("the domain is the centre: every layer may use it, it uses none");

    @ArchTest
    static final ArchRule theModelUsesOnlyTheJavaBaseLibrary = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat(resideInAnyPackage(MODEL, "java.lang..", "java.util..", "java.time..",
                    "java.nio.file..", "java.io..", "java.math.."))
            .because("no JavaFX, no HTTP, no SQL, no JSON library in the domain");

    @ArchTest
    static final ArchRule theLayersOnlyReachDown = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Wiring").definedBy(WIRING)
            .layer("Ui").definedBy(UI)
            .layer("Tracking").definedBy(TRACKING)
            .layer("Download").definedBy(DOWNLOAD)
            .layer("Exchange").definedBy(EXCHANGE)
            .layer("Settings").definedBy(SETTINGS)
            .layer("Kie").definedBy(KIE)
            .layer("Store").definedBy(STORE)
            .layer("Sim").definedBy(SIM)
            .layer("Update").definedBy(UPDATE)
            .layer("Model").definedBy(MODEL)
            .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("Tracking").mayOnlyBeAccessedByLayers("Wiring", "Ui", "Download", "Exchange")
            .whereLayer("Download").mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("Settings").mayOnlyBeAccessedByLayers("Wiring", "Ui")
            .whereLayer("Kie").mayOnlyBeAccessedByLayers("Wiring", "Tracking", "Download", "Exchange", "Sim", "Ui")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Wiring", "Tracking", "Download", "Exchange")
            .whereLayer("Sim").mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("Update").mayOnlyBeAccessedByLayers("Wiring");

    @ArchTest
    static final ArchRule theUpdateCheckKnowsNothingOfOurs = noClasses().that().resideInAPackage(UPDATE)
            .should().dependOnClassesThat(resideInAPackage("io.alephmonitor..").and(not(resideInAPackage(UPDATE))))
            .orShould().dependOnClassesThat().resideInAPackage("javafx..")
            .because("the update check only asks a feed and compares versions; app/ shows what it found");

    @ArchTest
    static final ArchRule kieKnowsNoJavaFx = noClasses().that().resideInAPackage(KIE)
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule kieKnowsOnlyTheModelOfOurs = noClasses().that().resideInAPackage(KIE)
            .should().dependOnClassesThat(resideInAPackage("io.alephmonitor..")
                    .and(not(resideInAnyPackage(KIE, MODEL))))
            .because("the client maps kie.ai's wire JSON to the model and knows nothing above it");

    @ArchTest
    static final ArchRule storeKnowsNoJavaFx = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule theEngineAndItsHelpersShowNothing = noClasses()
            .that().resideInAnyPackage(TRACKING, DOWNLOAD, EXCHANGE, SETTINGS, STORE)
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("controls, scenes and images belong to ui/; the engine may at most hand work to the FX thread");

    @ArchTest
    static final ArchRule uiNeverTouchesStorageDownloadsOrTheSimulator = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, DOWNLOAD, SIM)
            .because("the UI talks to the engine (tracking/) and shows the model");

    @ArchTest
    static final ArchRule uiDoesNoNetworkOrDatabaseIo = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "java.sql..")
            .orShould().dependOnClassesThat(belongToAnyOf(io.alephmonitor.kie.HttpKieClient.class));

    /**
     * ui/ sees kie/ through tracking/ and the model only. The one exception is narrow and named:
     * the new-task form (ui/create only) builds create requests: {@code KieApi}'s request records and a
     * filled form's {@code CreateDraft} (its body as JSON text, read back; built into a {@code CreateRequest}).
     */
    @ArchTest
    static final ArchRule uiKnowsNoKieTypesButTheCreateRequests = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat(resideInAPackage(KIE).and(not(createRequests())));

    @ArchTest
    static final ArchRule onlyTheNewTaskFormBuildsCreateRequests = noClasses().that().resideInAPackage(UI)
            .and().resideOutsideOfPackage("io.alephmonitor.ui.create..")
            .should().dependOnClassesThat().resideInAPackage(KIE);

    @ArchTest
    static final ArchRule onlyTheWiringStartsTheSimulator = noClasses()
            .that().resideOutsideOfPackages(SIM).and().resideOutsideOfPackages(WIRING)
            .should().dependOnClassesThat().resideInAPackage(SIM)
            .because("the simulator is a stand-in for kie.ai that only start-up chooses (and tests use)");

    @ArchTest
    static final ArchRule lowerLayersNeverReachUpIntoTheUi = noClasses()
            .that().resideInAnyPackage(MODEL, KIE, STORE, TRACKING, DOWNLOAD, EXCHANGE, SETTINGS, SIM, UPDATE)
            .should().dependOnClassesThat().resideInAPackage(UI);

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> createRequests() {
        return belongToAnyOf(io.alephmonitor.kie.KieApi.AlephRequest.class, io.alephmonitor.kie.KieApi.MarketRequest.class,
                io.alephmonitor.kie.CreateRequest.class, io.alephmonitor.kie.CreateDraft.class,
                io.alephmonitor.kie.CreateBodies.class).as("the create requests");
    }
}
