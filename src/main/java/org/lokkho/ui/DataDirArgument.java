package org.lokkho.ui;

import java.nio.file.Path;
import java.util.List;
import org.lokkho.app.DataFolder;

/** {@code --data-dir DIR} (or {@code --data-dir=DIR}) from the command line; else the user's default data folder. */
final class DataDirArgument {
    private DataDirArgument() {
    }

    static Path parse(List<String> args) {
        return DataFolder.resolve(value(args));
    }

    static String value(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith("--data-dir=")) {
                return a.substring("--data-dir=".length());
            }
        }
        return null;
    }
}
