package org.lokkho.domain.scoring;

import java.math.BigDecimal;

/** The subtotal of one group (an NIS section, an APA area). */
public record GroupScore(String rowId, String code, String title, BigDecimal obtained, BigDecimal max) {
}
