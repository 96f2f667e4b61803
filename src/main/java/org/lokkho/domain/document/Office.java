package org.lokkho.domain.document;

/**
 * An office whose documents are kept: names in Bengali and English, its ministry/division, the superior office
 * it reports to, contacts, and the head of office. {@code id} is 0 until stored.
 */
public record Office(long id, String nameBn, String nameEn, String ministryBn, String superiorOfficeBn, String address,
                     String phone, String email, String website, String headName, String headDesignation) {
    public Office {
        nameBn = nz(nameBn);
        nameEn = nz(nameEn);
        ministryBn = nz(ministryBn);
        superiorOfficeBn = nz(superiorOfficeBn);
        address = nz(address);
        phone = nz(phone);
        email = nz(email);
        website = nz(website);
        headName = nz(headName);
        headDesignation = nz(headDesignation);
    }

    public Office withId(long newId) {
        return new Office(newId, nameBn, nameEn, ministryBn, superiorOfficeBn, address, phone, email, website, headName, headDesignation);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
