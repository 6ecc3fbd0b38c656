package org.kgconnector.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Every line the connector logs while it handles a callback carries the callback's reference, so every logger comes
 * from {@link ConnectorLog}: no other class asks {@code java.util.logging} (or {@code System.getLogger}) for one.
 */
class LoggingRuleTest {

    private static final Set<String> LOGGER_FACTORIES = Set.of("getLogger", "getAnonymousLogger", "getGlobal");

    @Test
    void everyLoggerComesFromConnectorLog() {
        JavaClasses connector = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kgconnector");
        noClasses().that().doNotHaveFullyQualifiedName(ConnectorLog.class.getName())
                .should().callMethodWhere(aLoggerFactory())
                .because("ConnectorLog.logger(Class) equips the logger with the callback reference of its lines")
                .check(connector);
    }

    @Test
    void theRuleSeesADirectLogger() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> noClasses()
                .should().callMethodWhere(aLoggerFactory()).check(offender));
    }

    /** A class that breaks the rule, so that the rule is seen to catch one. */
    static final class Offender {
        static final Logger LOG = Logger.getLogger(Offender.class.getName());
    }

    private static DescribedPredicate<JavaCall<?>> aLoggerFactory() {
        return DescribedPredicate.describe("a logger factory of java.util.logging or System.getLogger", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return (owner.equals(Logger.class.getName()) && LOGGER_FACTORIES.contains(name))
                    || (owner.equals(LogManager.class.getName()) && name.equals("getLogger"))
                    || (owner.equals(System.class.getName()) && name.equals("getLogger"));
        });
    }
}
