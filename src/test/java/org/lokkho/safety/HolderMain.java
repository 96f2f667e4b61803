package org.lokkho.safety;

import java.nio.file.Path;
import org.lokkho.AppContext;

/** A second "Lokkho" for the tests: opens the data folder like the window does, prints READY and waits. */
public final class HolderMain {
    private HolderMain() {
    }

    public static void main(String[] args) throws Exception {
        AppContext context = new AppContext(Path.of(args[0]));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
