package org.ovop.till.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module arrows point one way: app → printing, db → core → JDK (javax.crypto is the JDK too,
 * for PIN hashes). The shop's rules never see a framework, and jOOQ's generated classes never leave
 * the db module.
 */
class ModuleArrowsTest {
  static JavaClasses till;

  @BeforeAll
  static void importProductionClasses() {
    till =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ovop.till");
  }

  @Test
  void theCoreUsesTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("org.ovop.till.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.crypto..", "org.ovop.till.core..")
        .check(till);
  }

  @Test
  void generatedSqlClassesStayInTheDbModule() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.ovop.till.db..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.ovop.till.db.generated..", "org.jooq..")
        .check(till);
  }

  @Test
  void theDbModuleKnowsNothingOfPrintingOrScreens() {
    noClasses()
        .that()
        .resideInAPackage("org.ovop.till.db..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.ovop.till.printing..", "org.ovop.till.app..")
        .check(till);
  }

  @Test
  void printingKnowsNothingOfTheDatabaseOrScreens() {
    noClasses()
        .that()
        .resideInAPackage("org.ovop.till.printing..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.ovop.till.db..", "org.ovop.till.app..", "org.jooq..", "java.sql..")
        .check(till);
  }

  @Test
  void theCoreCallsNoOuterModule() {
    noClasses()
        .that()
        .resideInAPackage("org.ovop.till.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.ovop.till.db..", "org.ovop.till.printing..", "org.ovop.till.app..")
        .check(till);
  }
}
