package com.partvote.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.partvote.domain.CodedException;
import com.partvote.domain.DomainException;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/**
 * The hexagon, proven on the compiled classes of every module. Allowlists, not denylists: a
 * class that starts depending on something new fails here until the rule is changed on purpose.
 * Every rule must match classes (failOnEmptyShould stays on), so a misspelt package fails too.
 */
class ArchitectureTest {

    private static final String DOMAIN = "com.partvote.domain..";
    private static final String APPLICATION = "com.partvote.application..";
    private static final String PORTS = "com.partvote.application.port..";
    private static final String SERVICES = "com.partvote.application.service..";
    private static final String WEB = "com.partvote.adapters.web..";
    private static final String PERSISTENCE = "com.partvote.adapters.persistence..";
    private static final String BOOTSTRAP = "com.partvote.bootstrap..";
    private static final String POSTGRES = "com.partvote.adapters.persistence.postgres..";
    private static final String MEMORY = "com.partvote.adapters.persistence.memory..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("com.partvote");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    @Test
    void theDomainDependsOnNothingButItselfAndTheJdk() {
        check(classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java.."));
    }

    @Test
    void theApplicationDependsOnlyOnTheDomainAndTheJdk() {
        check(classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java.."));
    }

    @Test
    void theVerifierNeedsOnlyTheDomainsLogTheJdkAndJackson() {
        check(classes().that().resideInAPackage("com.partvote.verifier..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.partvote.verifier..", "com.partvote.domain.log..",
                        "com.partvote.domain.election..", "com.partvote.domain.choice..", "com.partvote.domain",
                        "java..", "tools.jackson.."));
    }

    @Test
    void theWebAdapterUsesOnlyTheCoreAndItsOwnLibraries() {
        check(classes().that().resideInAPackage(WEB)
                .should().onlyDependOnClassesThat().resideInAnyPackage(WEB, PORTS, "com.partvote.application.auth..", DOMAIN,
                        "java..", "javax.crypto..", "jakarta.servlet..", "org.springframework..", "io.jsonwebtoken..",
                        // the throttle's bounded cache
                        "com.github.benmanes.caffeine..",
                        "tools.jackson..", "com.fasterxml.jackson.annotation..", "org.mapstruct..", "org.slf4j..",
                        // the OpenAPI document (springdoc, swagger models), built in ApiDocumentation
                        "io.swagger..", "org.springdoc..",
                        // the error report valve: Tomcat's own protocol errors answered in the envelope
                        "org.apache.catalina.."));
    }

    @Test
    void thePersistenceAdapterUsesOnlyTheCoreAndItsOwnLibraries() {
        check(classes().that().resideInAPackage(PERSISTENCE)
                .should().onlyDependOnClassesThat().resideInAnyPackage(PERSISTENCE, PORTS, "com.partvote.application.auth..",
                        DOMAIN, "java..", "jakarta.persistence..", "org.springframework..", "org.mapstruct..", "org.slf4j..",
                        "org.flywaydb.core.api..", "com.github.benmanes.caffeine..",
                        // LISTEN/NOTIFY between instances: the driver's own API for notifications (PgStandingsSignal)
                        "org.postgresql.."));
    }

    @Test
    void adaptersNeverReachServicesOrEachOther() {
        check(layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy(DOMAIN)
                .layer("Ports").definedBy(PORTS, "com.partvote.application.auth..")
                .layer("Services").definedBy(SERVICES)
                .layer("Web").definedBy(WEB)
                .layer("Persistence").definedBy(PERSISTENCE)
                .layer("Bootstrap").definedBy(BOOTSTRAP)
                .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
                .whereLayer("Web").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Bootstrap")
                .whereLayer("Ports").mayOnlyBeAccessedByLayers("Services", "Web", "Persistence", "Bootstrap")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("Ports", "Services", "Web", "Persistence", "Bootstrap"));
    }

    @Test
    void persistenceDetailsStayInsideTheAdapter() {
        check(classes().that().areAnnotatedWith(Entity.class).should().notBePublic()
                .andShould().resideInAPackage(PERSISTENCE));
        check(classes().that().areAssignableTo(Repository.class).and().areInterfaces()
                .should().notBePublic().andShould().resideInAPackage(PERSISTENCE));
    }

    @Test
    void adaptersArePluggedInThroughTheirConfigurationOnly() {
        check(classes().that().resideInAnyPackage(WEB, PERSISTENCE).and().arePublic().and().areTopLevelClasses()
                .and().areNotInterfaces().and().areNotRecords()
                .should().beAnnotatedWith(Configuration.class)
                .orShould().resideInAnyPackage("com.partvote.adapters.web.api..", "com.partvote.adapters.web.page..",
                        "com.partvote.adapters.web.security.."));
        check(noClasses().that().resideInAPackage(BOOTSTRAP)
                .should().dependOnClassesThat().resideInAPackage(POSTGRES)
                .andShould().dependOnClassesThat().haveSimpleNameEndingWith("Adapter"));
    }

    @Test
    void thePersistenceAdaptersNeverDependOnEachOther() {
        check(noClasses().that().resideInAPackage(MEMORY)
                .should().dependOnClassesThat().resideInAPackage(POSTGRES));
        check(noClasses().that().resideInAPackage(POSTGRES)
                .should().dependOnClassesThat().resideInAPackage(MEMORY));
    }

    @Test
    void theInMemoryAdapterNeedsNoDatabaseLibrary() {
        check(classes().that().resideInAPackage(MEMORY)
                .should().onlyDependOnClassesThat().resideInAnyPackage(MEMORY, PORTS, "com.partvote.application.auth..",
                        DOMAIN, "java..",
                        // its configuration's beans, and @Value for the log's switch
                        "org.springframework.context.annotation..", "org.springframework.beans.factory.annotation.."));
    }

    @Test
    void bootstrapChoosesAPersistenceAdapterOnlyThroughItsConfiguration() {
        check(noClasses().that().resideInAPackage(BOOTSTRAP)
                .should().dependOnClassesThat(resideInAPackage(PERSISTENCE)
                        .and(not(simpleName("PostgresPersistenceConfiguration")))
                        .and(not(simpleName("MemoryPersistenceConfiguration")))));
        check(noClasses().that().resideInAPackage(BOOTSTRAP)
                .and().haveNameNotMatching("com\\.partvote\\.bootstrap\\.PersistenceConfiguration(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage(PERSISTENCE));
    }

    @Test
    void onlyBrokenRulesAreDomainExceptions() {
        // who the caller is and what they may do are the application's business, not the domain's:
        // refusals of the caller's identity or access carry a code (CodedException) but are no rule
        check(noClasses().that().resideInAPackage("com.partvote.application.auth..")
                .should().beAssignableTo(DomainException.class));
        check(classes().that().resideInAPackage("com.partvote.application.auth..")
                .and().areAssignableTo(RuntimeException.class)
                .should().beAssignableTo(CodedException.class));
    }
}
