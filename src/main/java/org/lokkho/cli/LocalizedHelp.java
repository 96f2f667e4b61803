package org.lokkho.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Usage help in the {@code --lang} language: descriptions and headings come from the resource bundles
 * {@code i18n/cli_bn.properties} and {@code cli_en.properties} (picocli's keys; the English in the annotations is
 * what shows without a bundle). The bundle is attached to the command tree only here, when usage is about to be
 * printed: an ordinary command run never reads it.
 */
final class LocalizedHelp {
    static final String BUNDLE = "i18n.cli";

    private LocalizedHelp() {
    }

    /** The help picocli prints for {@code spec}, with the whole command tree reading its text from the bundle. */
    static CommandLine.Help create(CommandSpec spec, ColorScheme colors, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        CommandSpec root = spec.root();
        // the root's help lists every command's description: the bundle goes to the whole tree, once
        if (root.resourceBundle() != bundle && root.commandLine() != null) {
            root.commandLine().setResourceBundle(bundle);
        }
        return new CommandLine.Help(spec, colors);
    }

    /** The command line's help texts in this language (no fallback to the JVM's default language). */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
