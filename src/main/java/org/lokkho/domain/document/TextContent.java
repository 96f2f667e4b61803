package org.lokkho.domain.document;

public final class TextContent implements SectionContent {
    private String text;

    public TextContent(String text) {
        this.text = text == null ? "" : text;
    }

    public String text() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    @Override
    public TextContent copy() {
        return new TextContent(text);
    }
}
