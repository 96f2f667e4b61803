package org.lokkho.ui.text;

import javafx.beans.InvalidationListener;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.text.Font;

/**
 * A label for text that may need several lines (messages, explanations, hints). It breaks the text itself at its
 * current width ({@link LineBreaker}) and shows the lines unwrapped, because JavaFX's own wrapping
 * ({@code setWrapText(true)}) draws each wrapped line of Bengali text on to the end of the paragraph on Linux.
 * Set or bind {@link #fullTextProperty()}, not {@code text}: {@code text} holds the broken lines.
 */
public class WrappingLabel extends Label {
    /** How wide an alert's message may get before it is broken into lines. */
    private static final double MESSAGE_WIDTH = 520;

    private final StringProperty fullText = new SimpleStringProperty(this, "fullText", "");
    private String measuredText;
    private Font measuredFont;
    private double measuredWidth;

    public WrappingLabel() {
        this("");
    }

    public WrappingLabel(String text) {
        setWrapText(false);
        // the parent decides the width; the lines follow it
        setMinWidth(0);
        InvalidationListener rebreak = o -> rebreak();
        fullText.addListener(rebreak);
        widthProperty().addListener(rebreak);
        fontProperty().addListener(rebreak);
        fullText.set(text == null ? "" : text);
        rebreak();
    }

    /**
     * Shows {@code message} as an alert's text, in lines we break (the alert's own content label wraps with
     * JavaFX's broken wrapping).
     */
    public static void setMessage(Alert alert, String message) {
        WrappingLabel label = new WrappingLabel(message);
        label.setMaxWidth(MESSAGE_WIDTH);
        label.setMinHeight(USE_PREF_SIZE);
        alert.getDialogPane().setContent(label);
    }

    public StringProperty fullTextProperty() {
        return fullText;
    }

    public String getFullText() {
        return fullText.get();
    }

    public void setFullText(String text) {
        fullText.set(text == null ? "" : text);
    }

    /**
     * As wide as the text unbroken (as a wrapping label asks for): the parent then gives it what room there is, and
     * it grows back when the window does. Its own broken lines must not set its width.
     */
    @Override
    protected double computePrefWidth(double height) {
        // layout asks often; measuring the whole text again each time would cost a text layout per pass
        String text = fullText.get();
        if (!text.equals(measuredText) || getFont() != measuredFont) {
            double widest = 0;
            for (String paragraph : text.split("\n", -1)) {
                widest = Math.max(widest, LineBreaker.measure(paragraph, getFont()));
            }
            measuredText = text;
            measuredFont = getFont();
            measuredWidth = Math.ceil(widest);
        }
        return measuredWidth + snappedLeftInset() + snappedRightInset() + 1;
    }

    private void rebreak() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        String text = fullText.get();
        setText(width > 0 ? LineBreaker.breakLines(text, getFont(), width) : text);
    }
}
