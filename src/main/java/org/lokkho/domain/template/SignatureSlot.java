package org.lokkho.domain.template;

/** One signature block the form expects (e.g. the office head, the focal point). */
public record SignatureSlot(String role, LocalizedText label) {
}
