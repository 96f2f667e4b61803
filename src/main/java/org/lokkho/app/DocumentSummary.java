package org.lokkho.app;

import java.time.Instant;
import org.lokkho.domain.calendar.FiscalYear;
import org.lokkho.domain.calendar.Period;
import org.lokkho.domain.document.DocumentStatus;

/** One line of the document list: enough to show and pick a document without loading it. */
public record DocumentSummary(long id, String templateId, int templateVersion, String title, long officeId, String officeName,
                              FiscalYear fiscalYear, Period period, DocumentStatus status, Instant updatedAt) {
}
