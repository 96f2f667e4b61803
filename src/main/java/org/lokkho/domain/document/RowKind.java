package org.lokkho.domain.document;

/** A group header row ("১. প্রাতিষ্ঠানিক ব্যবস্থা") or an item row (an activity, an indicator, a service). */
public enum RowKind {
    GROUP, ITEM
}
