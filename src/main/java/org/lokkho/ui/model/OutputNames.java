package org.lokkho.ui.model;

import org.lokkho.domain.document.FormDocument;
import org.lokkho.domain.document.Office;

/**
 * Default file names for what leaves the app: {@code <office>-<template>-<fy>-<period>} (the office's English name
 * when it has one, so the name survives e-mail systems and FAT32 sticks; else the Bengali name, which is also fine).
 */
public final class OutputNames {
    private OutputNames() {
    }

    public static String base(Office office, FormDocument doc) {
        String officeName = office == null ? "" : (office.nameEn().isBlank() ? office.nameBn() : office.nameEn());
        StringBuilder b = new StringBuilder();
        if (!officeName.isBlank()) {
            b.append(safe(officeName)).append('-');
        }
        String fy = doc.fiscalYear().code();
        b.append(safe(doc.templateId())).append('-');
        if (!doc.templateId().contains(fy)) {
            b.append(fy).append('-'); // template ids such as nis-2021-22 already name the year
        }
        b.append(safe(doc.period().name().toLowerCase(java.util.Locale.ROOT)));
        return b.toString();
    }

    /** Characters Windows refuses in file names, and spaces, become '-'; runs of '-' shrink to one. */
    static String safe(String s) {
        return s.trim().replaceAll("[\\\\/:*?\"<>|\\s]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
    }
}
