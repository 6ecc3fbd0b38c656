package org.kgconnector.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of the house: a family (SaaS, licensing, Kit) reaches another only through the platform; the
 * platform knows no family; nothing below {@code web} knows {@code web}; {@code web} sees boundary records only,
 * never an entity, an {@code EntityManager} or a persistence enum; {@code protocol} and {@code spi} import nothing
 * of the connector's own, and the logging entry point ({@code protocol.log}) nothing but {@code java.util.logging}.
 */
class ModuleRulesTest {

    private static final String SAAS = "org.kgconnector.saas..";
    private static final String LICENSING = "org.kgconnector.licensing..";
    private static final String KIT = "org.kgconnector.kit..";
    private static final String PLATFORM = "org.kgconnector.platform..";
    private static final String WEB = "org.kgconnector.web..";
    private static final String PERSISTENCE = "org.kgconnector.persistence..";
    /** The logging entry point, in the plain protocol jar every module that logs depends on. */
    private static final String LOG = "org.kgconnector.protocol.log..";
    private static final String PROTOCOL = "org.kgconnector.protocol..";
    private static final String SPI = "org.kgconnector.spi..";

    private static JavaClasses classes;

    @BeforeAll
    static void importTheConnector() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kgconnector");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void noFamilyImportsAnother() {
        check(noClasses().that().resideInAPackage(SAAS).should().dependOnClassesThat().resideInAnyPackage(LICENSING, KIT)
                .because("families reach each other only through the platform"));
        check(noClasses().that().resideInAPackage(LICENSING).should().dependOnClassesThat().resideInAnyPackage(SAAS, KIT)
                .because("families reach each other only through the platform"));
        check(noClasses().that().resideInAPackage(KIT).should().dependOnClassesThat().resideInAnyPackage(SAAS, LICENSING)
                .because("families reach each other only through the platform"));
    }

    @Test
    void thePlatformKnowsNoFamilyAndNothingBelowTheEdgeKnowsTheEdge() {
        check(noClasses().that().resideInAPackage(PLATFORM).should().dependOnClassesThat()
                .resideInAnyPackage(SAAS, LICENSING, KIT, WEB)
                .because("the families build on the platform, not the other way round"));
        check(noClasses().that().resideInAnyPackage(SAAS, LICENSING, KIT, PERSISTENCE).should().dependOnClassesThat()
                .resideInAPackage(WEB).because("only the edge knows HTTP"));
        check(noClasses().that().resideInAPackage(PERSISTENCE).should().dependOnClassesThat()
                .resideInAnyPackage(PLATFORM, SAAS, LICENSING, KIT).because("the persistence unit is below every EJB"));
    }

    @Test
    void theEdgeSeesBoundaryRecordsOnly() {
        check(noClasses().that().resideInAPackage(WEB).should().dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, "jakarta.persistence..", "org.hibernate..")
                .because("web never touches an entity, an EntityManager or a persistence enum"));
        check(noClasses().that().resideInAPackage(LOG).should().dependOnClassesThat(
                resideInAnyPackage("org.kgconnector..", "jakarta..", "org.hibernate..").and(not(resideInAPackage(LOG))))
                .because("the logging entry point every module uses is plain java.util.logging"));
    }

    @Test
    void protocolAndSpiImportNothingOfOurs() {
        check(noClasses().that().resideInAPackage(PROTOCOL).should().dependOnClassesThat()
                .resideInAnyPackage(SPI, PERSISTENCE, PLATFORM, SAAS, LICENSING, KIT, WEB)
                .because("the wire protocol is a plain jar"));
        check(noClasses().that().resideInAPackage(SPI).should().dependOnClassesThat()
                .resideInAnyPackage(PROTOCOL, PERSISTENCE, PLATFORM, SAAS, LICENSING, KIT, WEB)
                .because("the vendor's extension point is a plain jar"));
    }
}
