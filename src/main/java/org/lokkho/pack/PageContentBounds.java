package org.lokkho.pack;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The boxes of everything painted on a page (glyphs, stroked or filled paths, images), in page coordinates, so the
 * signature block can be put where it covers nothing. Glyph boxes are font-size estimates, which is enough to keep
 * clear of text.
 */
final class PageContentBounds extends PDFGraphicsStreamEngine {
    private final List<Rectangle2D> boxes = new ArrayList<>();
    private Rectangle2D path;
    private final Point2D.Float current = new Point2D.Float();

    private PageContentBounds(PDPage page) {
        super(page);
    }

    static List<Rectangle2D> of(PDPage page) throws IOException {
        PageContentBounds engine = new PageContentBounds(page);
        engine.processPage(page);
        return engine.boxes;
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        float size = Math.abs(trm.getScalingFactorY());
        float width = Math.max(displacement.getX() * Math.abs(trm.getScalingFactorX()), size * 0.2f);
        float x = trm.getTranslateX();
        float y = trm.getTranslateY();
        // Bengali marks reach well below the baseline and above the cap height
        boxes.add(new Rectangle2D.Float(x, y - size * 0.45f, width, size * 1.45f));
    }

    private void add(Point2D p) {
        if (path == null) {
            path = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
        } else {
            path.add(p);
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        add(p0);
        add(p1);
        add(p2);
        add(p3);
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
        add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        current.setLocation(x, y);
        add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        add(new Point2D.Float(x1, y1));
        add(new Point2D.Float(x2, y2));
        current.setLocation(x3, y3);
        add(current);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // the box already holds the start point
    }

    private void paint() {
        if (path != null) {
            float w = getGraphicsState().getLineWidth();
            boxes.add(new Rectangle2D.Double(path.getX() - w, path.getY() - w, path.getWidth() + 2 * w, path.getHeight() + 2 * w));
        }
        path = null;
    }

    @Override
    public void endPath() {
        path = null;
    }

    @Override
    public void strokePath() {
        paint();
    }

    @Override
    public void fillPath(int windingRule) {
        paint();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        paint();
    }

    @Override
    public void clip(int windingRule) {
        // clipping paints nothing; the path is ended by the n that follows
    }

    @Override
    public void drawImage(PDImage pdImage) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        Rectangle2D r = new Rectangle2D.Double(ctm.getTranslateX(), ctm.getTranslateY(), 0, 0);
        r.add(ctm.transformPoint(1, 0));
        r.add(ctm.transformPoint(0, 1));
        r.add(ctm.transformPoint(1, 1));
        boxes.add(r);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        boxes.add(getPage().getMediaBox().toGeneralPath().getBounds2D());
    }
}
