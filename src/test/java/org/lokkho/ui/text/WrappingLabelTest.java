package org.lokkho.ui.text;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lokkho.ui.LokkhoApp;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A long Bengali message in a narrow place is broken into lines by us, each within the label, none lost. */
@ExtendWith(ApplicationExtension.class)
class WrappingLabelTest {
    private static final String MESSAGE = "ডেটাবেস ফাইলটি ক্ষতিগ্রস্ত: শেষ ভালো ব্যাকআপ থেকে ফিরিয়ে আনা যাবে। কর্মসম্পাদন সূচক ও "
            + "লক্ষ্যমাত্রা হালনাগাদ করুন এবং পরবর্তী কোয়ার্টারের প্রতিবেদন দাখিল করুন।";
    private VBox box;
    private WrappingLabel label;

    private Stage own;

    @Start
    void start(Stage primary) {
        // A stage of its own: the primary stage is shared with the window tests, which need it at its size.
        LokkhoApp.loadFonts();
        label = new WrappingLabel(MESSAGE);
        label.setFont(Font.font("Noto Sans Bengali", 14));
        box = new VBox(label);
        box.setPrefWidth(300);
        box.setMaxWidth(300);
        own = new Stage();
        own.setScene(new Scene(new VBox(box), 600, 400));
        own.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void breaksAtItsWidthKeepsEveryWordAndFollowsTheWidth(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String[] lines = label.getText().split("\n");
        assertThat(lines.length).isGreaterThan(2);
        for (String line : lines) {
            assertThat(LineBreaker.measure(line, label.getFont())).as(line).isLessThanOrEqualTo(label.getWidth());
        }
        assertThat(label.getText().replace('\n', ' ')).isEqualTo(MESSAGE);
        assertThat(label.getFullText()).isEqualTo(MESSAGE);

        robot.interact(() -> {
            box.setPrefWidth(500);
            box.setMaxWidth(500);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label.getText().split("\n").length).as("fewer lines once wider").isLessThan(lines.length);

        robot.interact(() -> label.setFullText("ছোট বার্তা"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label.getText()).isEqualTo("ছোট বার্তা");
    }
}
