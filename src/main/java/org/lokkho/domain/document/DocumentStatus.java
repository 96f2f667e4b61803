package org.lokkho.domain.document;

public enum DocumentStatus {
    DRAFT, FINAL
}
