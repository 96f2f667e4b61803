package org.lokkho.ui.view;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.ui.model.DocumentScorer;
import org.lokkho.ui.model.ScoreChartModel;

/** "স্কোর চার্ট": obtained against maximum marks per area and per quarter, Bengali labels and digits. */
final class ScoreChartDialog {
    private ScoreChartDialog() {
    }

    static Dialog<ButtonType> create(Window owner, org.lokkho.ui.model.DocumentEditorModel editor, DocumentScorer scorer) {
        Messages m = editor.messages();
        ScoreChartModel model = new ScoreChartModel(editor, scorer);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(m.get("ui.chart.title"));
        d.setHeaderText(null);
        d.setResizable(true);
        VBox box = new VBox(8);
        box.setId("score-charts");
        if (editor.score() == null) {
            box.getChildren().add(new Label(m.get("ui.chart.none")));
        } else {
            box.getChildren().addAll(chart("chart-areas", m.get("ui.chart.areas"), m.get("ui.chart.area"), model.areas(), model, m),
                    chart("chart-quarters", m.get("ui.chart.quarters"), m.get("ui.chart.quarter"), model.quarters(), model, m));
        }
        d.getDialogPane().setContent(box);
        d.getDialogPane().getStylesheets().add(ScoreChartDialog.class.getResource("/ui/lokkho.css").toExternalForm());
        d.getDialogPane().setPrefSize(900, 760);
        d.getDialogPane().getButtonTypes().add(new ButtonType(m.get("ui.button.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        return d;
    }

    private static BarChart<String, Number> chart(String id, String title, String xLabel, List<ScoreChartModel.Bar> bars,
                                                  ScoreChartModel model, Messages m) {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(xLabel);
        NumberAxis y = new NumberAxis();
        y.setLabel(m.get("ui.chart.marks"));
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return model.axisNumber(n);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        });
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        XYChart.Series<String, Number> obtained = new XYChart.Series<>();
        obtained.setName(m.get("ui.chart.obtained"));
        XYChart.Series<String, Number> max = new XYChart.Series<>();
        max.setName(m.get("ui.chart.max"));
        for (ScoreChartModel.Bar b : bars) {
            obtained.getData().add(new XYChart.Data<>(shortLabel(b.label()), b.obtained()));
            max.getData().add(new XYChart.Data<>(shortLabel(b.label()), b.max()));
        }
        chart.getData().add(obtained);
        chart.getData().add(max);
        chart.setPrefHeight(340);
        return chart;
    }

    /** Area titles can be a sentence long; the axis shows the beginning. */
    private static String shortLabel(String label) {
        return label.length() <= 34 ? label : label.substring(0, 32).strip() + "…";
    }
}
