package org.lokkho.ui.text;

/**
 * Whether JavaFX's own line wrapping can be trusted with Bengali on this system. Not on Linux: there JavaFX shapes
 * complex text with Pango, and when it splits a shaped run to wrap a line it shapes the first part again from a
 * cached copy of the whole run ({@code PangoGlyphLayout.runUtf8}, JavaFX 21.0.5–21.0.9), so every wrapped line
 * draws on to the end of the paragraph (ADR 0007). Windows (DirectWrite) and macOS (Core Text) have no such cache.
 * Labels never rely on it ({@link WrappingLabel}); text areas, which the officer types into and which therefore
 * cannot hold our line breaks, wrap only where it is reliable and scroll sideways elsewhere.
 */
public final class NativeWrapping {
    private NativeWrapping() {
    }

    public static boolean isReliable() {
        return !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }
}
