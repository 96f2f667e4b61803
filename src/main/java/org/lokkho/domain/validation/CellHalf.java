package org.lokkho.domain.validation;

/**
 * Which half of a cell: the লক্ষ্যমাত্রা (target, and every unpaired column) or, for NIS paired quarter
 * columns, the অর্জন (achievement) row.
 */
public enum CellHalf { TARGET, ACHIEVED }
