package org.lokkho.pdf;

import org.apache.pdfbox.text.PDFTextStripper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a printed page shows, read back from Lokkho's own PDF: every drawn text line (clusters that continue one
 * another on one baseline joined) with its extent, and every rectangle (table cells; a grey-filled one is a
 * header or group cell). Coordinates from the page's top-left, in points.
 */
final class PrintedLayout {
    record Line(int page, String text, float x0, float x1, float baseline, float size) {
    }

    record Box(int page, float x, float top, float w, float h, boolean filled) {
        float right() {
            return x + w;
        }

        float bottom() {
            return top + h;
        }

        boolean contains(float px, float py) {
            return px >= x - 0.01f && px <= right() + 0.01f && py >= top - 0.01f && py <= bottom() + 0.01f;
        }
    }

    final List<Line> lines = new ArrayList<>();
    final List<Box> boxes = new ArrayList<>();

    static PrintedLayout read(byte[] pdf) throws IOException {
        PrintedLayout layout = new PrintedLayout();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= d.getNumberOfPages(); p++) {
                Reader r = new Reader(layout, p, d.getPage(p - 1));
                r.setStartPage(p);
                r.setEndPage(p);
                r.getText(d);
                r.flush();
            }
        }
        return layout;
    }

    List<Line> linesOn(int page) {
        return lines.stream().filter(l -> l.page() == page).toList();
    }

    List<Box> boxesOn(int page) {
        return boxes.stream().filter(b -> b.page() == page).toList();
    }

    /** The smallest rectangle on the line's page holding the line's start (the cell it is printed in), or null. */
    Box cellOf(Line line) {
        Box best = null;
        for (Box b : boxes) {
            if (b.page() == line.page() && b.contains(line.x0() + 0.3f, line.baseline() - line.size() * 0.3f)
                    && (best == null || b.w() * b.h() < best.w() * best.h())) {
                best = b;
            }
        }
        return best;
    }

    private static final class Reader extends PDFTextStripper {
        private final PrintedLayout out;
        private final int page;
        private final float pageHeight;
        private final List<TextPosition> runs = new ArrayList<>();
        private float gray = 0;

        Reader(PrintedLayout out, int page, PDPage pdPage) {
            this.out = out;
            this.page = page;
            this.pageHeight = pdPage.getMediaBox().getHeight();
            setSuppressDuplicateOverlappingText(false);
            setSortByPosition(false);
            addOperator(new OperatorProcessor(this) {
                @Override
                public void process(Operator operator, List<COSBase> operands) {
                    float x = number(operands, 0);
                    float y = number(operands, 1);
                    float w = number(operands, 2);
                    float h = number(operands, 3);
                    // "re f" after a grey below 1 is a shaded cell; "re S" is a cell's rules.
                    out.boxes.add(new Box(page, x, pageHeight - y - h, w, h, gray < 1f && gray > 0f));
                }

                @Override
                public String getName() {
                    return "re";
                }
            });
            addOperator(new OperatorProcessor(this) {
                @Override
                public void process(Operator operator, List<COSBase> operands) {
                    gray = number(operands, 0);
                }

                @Override
                public String getName() {
                    return "g";
                }
            });
        }

        private static float number(List<COSBase> operands, int i) {
            return operands.size() > i && operands.get(i) instanceof COSNumber n ? n.floatValue() : 0;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                if (!p.getUnicode().isEmpty()) {
                    runs.add(p); // a glyph inside a cluster reads as nothing; its cluster's first glyph has the text
                }
            }
        }

        /** Joins runs that continue each other on one baseline into lines, in drawing order. */
        void flush() {
            Line current = null;
            for (TextPosition t : runs) {
                float x0 = t.getXDirAdj();
                float x1 = x0 + t.getWidthDirAdj();
                float y = t.getYDirAdj();
                float size = t.getFontSize();
                if (current != null && Math.abs(current.baseline() - y) < 0.2f && Math.abs(x0 - current.x1()) < 0.8f) {
                    current = new Line(page, current.text() + t.getUnicode(), current.x0(), x1, current.baseline(), size);
                    continue;
                }
                if (current != null) {
                    out.lines.add(current);
                }
                current = new Line(page, t.getUnicode(), x0, x1, y, size);
            }
            if (current != null) {
                out.lines.add(current);
            }
            runs.clear();
        }
    }
}
