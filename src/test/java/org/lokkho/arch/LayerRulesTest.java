package org.lokkho.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package rules of design.md §2, kept by the build rather than by memory. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.lokkho");
    }

    @Test
    void domainKnowsNothingOfUiSqlPdfOrStorage() {
        noClasses().that().resideInAPackage("org.lokkho.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..", "org.flywaydb..",
                        "org.apache.pdfbox..", "org.lokkho.store..", "org.lokkho.ui..", "org.lokkho.cli..", "org.lokkho.pdf..",
                        "org.lokkho.pack..", "org.lokkho.io..", "org.lokkho.app..")
                .check(classes);
    }

    @Test
    void onlyTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.lokkho.ui..", "org.lokkho")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void nothingButTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("org.lokkho.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(classes);
    }

    @Test
    void theCliAndPdfDoNotReachIntoTheUi() {
        noClasses().that().resideInAnyPackage("org.lokkho.cli..", "org.lokkho.pdf..", "org.lokkho.pack..", "org.lokkho.store..", "org.lokkho.app..")
                .should().dependOnClassesThat().resideInAPackage("org.lokkho.ui..")
                .check(classes);
    }
}
