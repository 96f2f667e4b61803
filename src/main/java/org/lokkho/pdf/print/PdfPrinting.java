package org.lokkho.pdf.print;

import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Printing goes through our own PDF (PDFBox {@link PDFPageable} on the system's print service), never through
 * screen nodes: the paper then matches the exported PDF exactly, Bengali shaping included.
 */
public final class PdfPrinting {
    private PdfPrinting() {
    }

    /** Page images for a print preview, at the given resolution. */
    public static List<BufferedImage> previewPages(byte[] pdf, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                pages.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return pages;
        }
    }

    /**
     * Shows the system print dialog and prints when the officer confirms.
     *
     * @return false when the dialog was cancelled
     */
    public static boolean print(byte[] pdf, String jobName) throws IOException, PrinterException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            if (!job.printDialog()) {
                return false;
            }
            job.print();
            return true;
        }
    }
}
