package io.github.awsnetbook.booktests;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * The points of every path a page strokes or fills, in PDF user space (from the page's foot), as
 * the engine drew them: before any clipping, so that a drawing that overruns the margin and is cut
 * by the page's clip is still seen overrunning; a figure (a form) by the box it is drawn in. White
 * fills are paper, not drawing. Also the page's own rules and boxes (paths outside the figures),
 * each with its bounds and colour, and the extent of what each figure draws.
 */
final class PageDrawing extends PDFGraphicsStreamEngine {

  private static final int WHITE = 0xFFFFFF;

  private final List<Point2D> pending = new ArrayList<>();
  private final List<Point2D> drawn = new ArrayList<>();
  private final List<Painted> painted = new ArrayList<>();
  private final List<Rectangle2D> forms = new ArrayList<>();
  private final List<Rectangle2D> figures = new ArrayList<>();
  private int formDepth;

  /** A path painted on a page outside the figures: its bounds (a stroke's width in) and colour. */
  record Painted(Rectangle2D box, int rgb) {}

  private PageDrawing(PDPage page) {
    super(page);
  }

  /** The points of the paths painted on {@code page}. */
  static List<Point2D> points(PDPage page) throws IOException {
    return drawn(page).drawn;
  }

  /** The paths {@code page} strokes or fills outside its figures, white ones left out. */
  static List<Painted> rules(PDPage page) throws IOException {
    return drawn(page).painted;
  }

  /** The boxes {@code page} draws its figures (forms) in, in PDF user space. */
  static List<Rectangle2D> formBoxes(PDPage page) throws IOException {
    return drawn(page).forms;
  }

  /**
   * What each figure (a form drawn on the page itself) paints, in the order drawn: the bounds of
   * its paths, white ones too, each stroke's half width out on every side; its text aside.
   */
  static List<Rectangle2D> figures(PDPage page) throws IOException {
    return drawn(page).figures;
  }

  private static PageDrawing drawn(PDPage page) throws IOException {
    PageDrawing drawing = new PageDrawing(page);
    drawing.processPage(page);
    return drawing;
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    pending.addAll(List.of(p0, p1, p2, p3));
  }

  @Override
  public void moveTo(float x, float y) {
    pending.add(transformedPoint(x, y));
  }

  @Override
  public void lineTo(float x, float y) {
    pending.add(transformedPoint(x, y));
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    pending.add(transformedPoint(x3, y3));
  }

  @Override
  public Point2D getCurrentPoint() {
    return pending.isEmpty() ? new Point2D.Float() : pending.get(pending.size() - 1);
  }

  @Override
  public void closePath() {}

  @Override
  public void endPath() {
    pending.clear();
  }

  @Override
  public void strokePath() throws IOException {
    paint(getGraphicsState().getStrokingColor().toRGB(), getGraphicsState().getLineWidth());
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    if (getGraphicsState().getNonStrokingColor().toRGB() == WHITE) {
      // The page's own white ground (the body's background, drawn as tall as the whole flow).
      pending.clear();
    } else {
      paint(getGraphicsState().getNonStrokingColor().toRGB(), 0);
    }
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    paint(getGraphicsState().getNonStrokingColor().toRGB(), 0);
  }

  /** A figure is a form: the box it is drawn in counts, even where its paths are clipped to it. */
  @Override
  public void showForm(PDFormXObject form) throws IOException {
    Matrix matrix = getGraphicsState().getCurrentTransformationMatrix().clone();
    matrix.concatenate(form.getMatrix());
    Rectangle2D box = form.getBBox().transform(matrix).getBounds2D();
    drawn.add(new Point2D.Double(box.getMinX(), box.getMinY()));
    drawn.add(new Point2D.Double(box.getMaxX(), box.getMaxY()));
    if (formDepth == 0) {
      forms.add(box);
      figures.add(null);
    }
    formDepth++;
    super.showForm(form);
    formDepth--;
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void drawImage(PDImage image) {}

  @Override
  public void shadingFill(COSName shadingName) {}

  private void paint(int rgb, double lineWidth) {
    if (formDepth > 0 && !pending.isEmpty()) {
      extendFigure(lineWidth);
    }
    if (formDepth == 0 && !pending.isEmpty() && rgb != WHITE) {
      Rectangle2D box = new Rectangle2D.Double(pending.get(0).getX(), pending.get(0).getY(), 0, 0);
      pending.forEach(box::add);
      double scale =
          Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY());
      double grow = lineWidth * scale;
      box.setRect(box.getX(), box.getY() - grow / 2, box.getWidth(), box.getHeight() + grow);
      painted.add(new Painted(box, rgb));
    }
    drawn.addAll(pending);
    pending.clear();
  }

  /** Adds the pending path, with half its stroke's width on every side, to the current figure. */
  private void extendFigure(double lineWidth) {
    double half =
        lineWidth
            * Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorX())
            / 2;
    Rectangle2D box = new Rectangle2D.Double(pending.get(0).getX(), pending.get(0).getY(), 0, 0);
    pending.forEach(box::add);
    box.setRect(
        box.getX() - half,
        box.getY() - half,
        box.getWidth() + 2 * half,
        box.getHeight() + 2 * half);
    int last = figures.size() - 1;
    if (figures.get(last) == null) {
      figures.set(last, box);
    } else {
      figures.get(last).add(box);
    }
  }
}
