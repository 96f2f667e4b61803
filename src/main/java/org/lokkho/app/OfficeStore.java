package org.lokkho.app;

import java.util.List;
import java.util.Optional;
import org.lokkho.domain.document.Office;

/** Offices kept in one data folder (a district office may keep its upazilas' documents too). */
public interface OfficeStore {
    List<Office> list();

    Optional<Office> find(long id);

    /** Inserts (id 0) or updates; returns the office with its id. */
    Office save(Office office);
}
