package org.kgconnector.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kgconnector.platform.ledger.CallbackLedger;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.platform.replay.ReplayGuard;
import org.kgconnector.platform.replay.V1Answers;

/**
 * A replayed callback changes nothing only if its first transaction, whichever EJB begins it, records the nonce
 * first: every EJB that writes through an {@code EntityManager} and may begin a transaction carries
 * {@link NonceFirst}. The replay stores themselves and the ledger (written off the request thread) are the
 * exceptions.
 */
class NonceFirstRuleTest {

    private static final Set<String> EXEMPT = Set.of(ReplayGuard.class.getName(), V1Answers.class.getName(),
            CallbackLedger.class.getName());

    @Test
    void everyEjbThatMayBeginAWriteTransactionRecordsTheNonceFirst() {
        JavaClasses connector = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kgconnector");
        classes().that(mayBeginAWriteTransaction()).should(recordTheNonceFirst())
                .because("a replay must fail on its nonce before it changes anything").check(connector);
    }

    private static DescribedPredicate<JavaClass> mayBeginAWriteTransaction() {
        return DescribedPredicate.describe("are EJBs that write through an EntityManager and may begin a transaction",
                type -> (type.isAnnotatedWith(Stateless.class) || type.isAnnotatedWith(Singleton.class))
                        && !EXEMPT.contains(type.getName())
                        && type.getAllFields().stream().anyMatch(f -> f.getRawType().isEquivalentTo(EntityManager.class))
                        && beginsTransactions(type));
    }

    /** The class-level attribute begins one (REQUIRED is the default), or a method's does. */
    private static boolean beginsTransactions(JavaClass type) {
        boolean classLevel = type.tryGetAnnotationOfType(TransactionAttribute.class)
                .map(a -> a.value() == TransactionAttributeType.REQUIRED || a.value() == TransactionAttributeType.REQUIRES_NEW)
                .orElse(true);
        boolean methodLevel = type.getMethods().stream().anyMatch(m -> m.tryGetAnnotationOfType(TransactionAttribute.class)
                .map(a -> a.value() == TransactionAttributeType.REQUIRED || a.value() == TransactionAttributeType.REQUIRES_NEW)
                .orElse(false));
        return classLevel || methodLevel;
    }

    private static ArchCondition<JavaClass> recordTheNonceFirst() {
        return new ArchCondition<>("carry @Interceptors(NonceFirst.class)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean carries = type.tryGetAnnotationOfType(Interceptors.class)
                        .map(i -> Arrays.asList(i.value()).contains(NonceFirst.class)).orElse(false);
                events.add(new SimpleConditionEvent(type, carries,
                        type.getName() + (carries ? " records" : " does not record") + " the callback's nonce first"));
            }
        };
    }
}
