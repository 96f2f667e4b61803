package org.lokkho.ui.view;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.scene.control.ChoiceBox;
import org.lokkho.domain.i18n.Messages;
import org.lokkho.pdf.PrintView;
import org.lokkho.pdf.print.PdfPrinting;
import org.lokkho.ui.model.PdfOutput;
import org.lokkho.ui.model.PrintViewChoice;
import org.lokkho.ui.model.UserError;

/**
 * The print preview: the pages of our own PDF as images (exactly what the printer gets), page n / N, fit to the
 * window or actual size, and Print — which hands the PDF to the system print dialog on a background thread.
 * Screen nodes are never printed: JavaFX printing would lose the PDF's Bengali shaping and page layout.
 * For a form whose agreement and monitoring views differ (the APA) a choice in the toolbar switches the view; the
 * pages are made again in the background and the choice is remembered for the session.
 */
final class PrintPreviewDialog {
    /** Preview resolution: sharp enough to read a table cell, small enough for a 40-page report in memory. */
    static final float DPI = 96f;

    private final Messages m;
    private final PdfOutput output;
    private byte[] pdf;
    private final String jobName;
    private List<Image> pages;
    /** The view the pages on show were made in; the choice box goes back to it if making the other view fails. */
    private PrintView shownView;
    private ChoiceBox<PrintView> viewBox;
    private final Consumer<String> status;
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    /** Bumped when the pages are replaced (another view), so bindings on the page count follow. */
    private final IntegerProperty pagesChanged = new SimpleIntegerProperty(0);
    private final ImageView view = new ImageView();
    private final ToggleButton fit;
    private final Label pageLabel = new Label();
    private final Label printResult = new Label();
    private final Stage stage = new Stage();

    private PrintPreviewDialog(Window owner, Messages m, PdfOutput output, byte[] pdf, List<BufferedImage> images,
                               Consumer<String> status) {
        this.m = m;
        this.output = output;
        this.pdf = pdf;
        this.jobName = output.jobName();
        this.status = status;
        this.pages = toImages(images);
        this.shownView = output.view().view();
        this.fit = new ToggleButton(m.get("ui.print.fit"));
        fit.setId("print-fit");
        fit.setSelected(true);
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(m.get("ui.print.title"));
        stage.setScene(new Scene(layout(), 1000, 800));
        stage.getScene().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.RIGHT) {
                go(1);
            } else if (e.getCode() == KeyCode.PAGE_UP || e.getCode() == KeyCode.LEFT) {
                go(-1);
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        page.addListener((o, a, b) -> showPage());
        showPage();
    }

    /** Renders the page images of {@code pdf} (made by {@code output}) in the background, then opens the preview. */
    static void open(Window owner, Messages m, PdfOutput output, byte[] pdf, Consumer<String> status) {
        Background.run(owner, m, m.get("ui.print.preparing"), p -> images(m, pdf),
                images -> new PrintPreviewDialog(owner, m, output, pdf, images, status).stage.show());
    }

    private static List<BufferedImage> images(Messages m, byte[] pdf) throws UserError {
        try {
            return PdfPrinting.previewPages(pdf, DPI);
        } catch (java.io.IOException e) {
            throw new UserError(m.get("ui.error.pdf.render", String.valueOf(e.getMessage())));
        }
    }

    private static List<Image> toImages(List<BufferedImage> images) {
        return images.stream().map(i -> (Image) SwingFXUtils.toFXImage(i, null)).toList();
    }

    /** The PDF and its page images, made again together when the view changes. */
    private record Rendered(byte[] pdf, List<BufferedImage> images) {
    }

    /** The officer switched agreement/monitoring: the model remembers it, the pages are made again. */
    private void switchView(PrintView view) {
        if (view == null || view == output.view().view()) {
            return;
        }
        PrintView before = shownView;
        output.view().choose(view);
        javafx.concurrent.Task<Rendered> task = Background.run(stage, m, m.get("ui.print.preparing"), p -> {
            byte[] made = output.render(p);
            return new Rendered(made, images(m, made));
        }, r -> {
            shownView = view;
            pdf = r.pdf();
            pages = toImages(r.images());
            pagesChanged.set(pagesChanged.get() + 1);
            page.set(0);
            showPage();
        });
        task.setOnCancelled(e -> backTo(before));
        task.stateProperty().addListener((o, a, b) -> {
            if (b == javafx.concurrent.Worker.State.FAILED) {
                backTo(before); // Background has shown the reason; the pages on show are still the old view's
            }
        });
    }

    private void backTo(PrintView view) {
        output.view().choose(view);
        if (viewBox != null) {
            viewBox.setValue(view);
        }
    }

    /** Agreement or monitoring, only for a form where they differ; null otherwise. */
    private ChoiceBox<PrintView> viewChoice() {
        PrintViewChoice choice = output.view();
        if (!choice.offered()) {
            return null;
        }
        ChoiceBox<PrintView> box = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(choice.options()));
        box.setId("print-view");
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(PrintView v) {
                return v == null ? "" : PrintViewChoice.label(m, v);
            }

            @Override
            public PrintView fromString(String s) {
                return null;
            }
        });
        box.setValue(choice.view());
        box.setTooltip(new javafx.scene.control.Tooltip(m.get("ui.print.view")));
        box.valueProperty().addListener((o, a, b) -> switchView(b));
        viewBox = box;
        return box;
    }

    private BorderPane layout() {
        Button prev = new Button(m.get("ui.print.previous"));
        prev.setId("print-previous");
        prev.setOnAction(e -> go(-1));
        prev.disableProperty().bind(page.isEqualTo(0));
        Button next = new Button(m.get("ui.print.next"));
        next.setId("print-next");
        next.setOnAction(e -> go(1));
        next.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> page.get() >= pages.size() - 1, page, pagesChanged));
        pageLabel.setId("print-page");
        Button print = new Button(m.get("ui.print.print"));
        print.setId("print-print");
        print.setDefaultButton(true);
        print.setOnAction(e -> print(print));
        Button close = new Button(m.get("ui.button.close"));
        close.setOnAction(e -> stage.close());
        printResult.setId("print-result");
        ToolBar bar = new ToolBar(prev, pageLabel, next, fit);
        ChoiceBox<PrintView> views = viewChoice();
        if (views != null) {
            bar.getItems().addAll(new Label(m.get("ui.print.view") + ":"), views);
        }
        bar.getItems().addAll(print, close, printResult);

        view.setId("print-image");
        view.setPreserveRatio(true);
        view.setSmooth(true);
        StackPane paper = new StackPane(view);
        paper.setAlignment(Pos.TOP_CENTER);
        paper.setPadding(new Insets(12));
        paper.setStyle("-fx-background-color: #808080;");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setId("print-scroll");
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setStyle("-fx-background: #808080; -fx-background-color: #808080;"); // grey around the page, like a PDF viewer
        // Fit: the page is as wide as the window allows (and never taller than it); off: actual size at DPI.
        view.fitWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            if (!fit.isSelected() || pages.isEmpty()) {
                return 0.0;
            }
            Image img = pages.get(page.get());
            double byWidth = scroll.getViewportBounds().getWidth() - 30;
            double byHeight = (scroll.getViewportBounds().getHeight() - 30) * img.getWidth() / img.getHeight();
            return Math.max(100, Math.min(byWidth, byHeight));
        }, fit.selectedProperty(), scroll.viewportBoundsProperty(), page, pagesChanged));
        BorderPane root = new BorderPane(scroll);
        root.setTop(bar);
        root.setId("print-preview");
        return root;
    }

    private void go(int delta) {
        int n = page.get() + delta;
        if (n >= 0 && n < pages.size()) {
            page.set(n);
        }
    }

    private void showPage() {
        if (pages.isEmpty()) {
            pageLabel.setText("");
            return;
        }
        view.setImage(pages.get(page.get()));
        pageLabel.setText(m.get("ui.print.page", m.digits(String.valueOf(page.get() + 1)), m.digits(String.valueOf(pages.size()))));
    }

    /** The AWT print dialog is modal on its own thread; the FX thread must never wait for it. */
    private void print(Button button) {
        button.setDisable(true);
        Thread t = new Thread(() -> {
            String message;
            try {
                if (javax.print.PrintServiceLookup.lookupPrintServices(null, null).length == 0) {
                    // Java's own "No print service found." box is English only; say it in the UI language instead.
                    message = m.get("ui.print.noPrinter");
                } else {
                    message = PdfPrinting.print(pdf, jobName) ? m.get("ui.print.sent", jobName) : m.get("ui.print.cancelled");
                }
            } catch (java.awt.print.PrinterException | java.io.IOException | java.awt.HeadlessException e) {
                message = m.get("ui.print.error", String.valueOf(e.getMessage()));
            }
            String result = message;
            Platform.runLater(() -> {
                button.setDisable(false);
                status.accept(result);
                printResult.setText(result);
            });
        }, "lokkho-print");
        t.setDaemon(true);
        t.start();
    }
}
