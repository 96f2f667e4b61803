package org.lokkho.pdf.layout;

public enum Align {
    LEFT, CENTER, RIGHT
}
