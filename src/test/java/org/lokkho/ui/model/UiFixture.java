package org.lokkho.ui.model;

import java.nio.file.Path;
import org.lokkho.AppContext;
import org.lokkho.ui.Services;

/** A real data folder (H2 file) with the window's services over it, for view-model tests. */
final class UiFixture implements AutoCloseable {
    final AppContext context;
    final MainViewModel vm;

    UiFixture(Path dir) {
        context = new AppContext(dir);
        vm = new MainViewModel(Services.from(context));
    }

    TableSectionModel plan() {
        return (TableSectionModel) vm.editor().sections().get(0);
    }

    /** The visual line of a row by its code and half. */
    static int line(TableSectionModel t, String code, DisplayRow.Half half) {
        for (int i = 0; i < t.lines().size(); i++) {
            DisplayRow d = t.lines().get(i);
            if (d.row().code().equals(code) && d.half() == half) {
                return i;
            }
        }
        throw new AssertionError("no line " + code + " " + half);
    }

    static int column(TableSectionModel t, String key) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).key().equals(key)) {
                return i;
            }
        }
        throw new AssertionError("no column " + key);
    }

    @Override
    public void close() {
        context.close();
    }
}
