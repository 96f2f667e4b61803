package org.lokkho.domain.document;

/** A signature block: who signs (kept apart from the party they sign for), and the date, which may stay blank. */
public record SignatureBlock(String role, String name, String designation, String office, String date, String phone, String email) {
    public SignatureBlock {
        role = nz(role);
        name = nz(name);
        designation = nz(designation);
        office = nz(office);
        date = nz(date);
        phone = nz(phone);
        email = nz(email);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
