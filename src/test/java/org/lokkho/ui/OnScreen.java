package org.lokkho.ui;

import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Finds a node that is on screen now. TestFX reuses one stage across test classes, and its own visibility filter
 * throws on a node left over from an earlier scene (its scene is null); this looks only at showing windows.
 */
final class OnScreen {
    private OnScreen() {
    }

    static Node node(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).queryAll().stream()
                .filter(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .findFirst().orElseThrow(() -> new AssertionError("not on screen: " + query));
    }

    /** Clicks the node on screen that matches the query. */
    static void click(FxRobot robot, String query) {
        robot.clickOn(node(robot, query));
    }
}
