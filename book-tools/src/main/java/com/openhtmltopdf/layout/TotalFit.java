package com.openhtmltopdf.layout;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineBox;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.MarkerData;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * PATCHED for the book (aws-network-book, book-tools; see its README, "The print engine's patch"):
 * the engine breaks lines one at a time (first fit), so an English line whose next word did not fit
 * was left with word spaces of up to 0.8 em while the lines around it were tight. For a justified
 * English paragraph (letters never spaced: {@code -fs-max-justification-inter-char: 0}) this
 * chooses the paragraph's breaks as a whole, in the spirit of Knuth and Plass's total fit: it lays
 * the paragraph out first fit, then, for each loose line, lays it out again with the line before
 * it a little narrower (its {@code cut}), so that that line's last word (or its last syllables, at
 * a pattern point) goes down and fills the loose line; a change is kept when the paragraph's
 * looseness (the sum of the cubes of each full line's word space beyond a book's 0.3 em, in tenths
 * of an em, and a little more for each line over 0.39 em) falls and its number of lines stays. Lines are still justified to the full measure. Every
 * layout is the engine's own, so whatever it measures, glues or forbids holds.
 */
final class TotalFit {

  private TotalFit() {}

  /** A book's word space, in ems: a line's spaces wider than this count as loose. */
  private static final float BOOK_SPACE = 0.30f;

  /** How much wider than a book's space is loose by one (the unit of looseness), in ems. */
  private static final float STEP = 0.1f;

  /** The widest word space the book wants, in ems: lines over it are worked on. */
  private static final float WIDEST_SPACE = 0.39f;

  /** The font's own space (Noto Sans JP's, 224 of 1000 units), in ems. */
  private static final float NATURAL_SPACE = 0.224f;

  /** The narrowest a word space may be shrunk to, in ems (LineBox.justify shrinks it). */
  static final float SHRUNK_SPACE = 0.174f;

  /** The most layouts of one paragraph, beyond its first. */
  private static final int MOST_TRIES = 80;

  /** How many lines before a loose one may give it words. */
  private static final int DEEPEST = 3;

  /** What a line with a word space over the widest wanted adds to a layout's looseness. */
  private static final double TOO_LOOSE = 0.5;

  /**
   * Whether the paragraph is justified English that total fit may set: letters never spaced, and
   * only text in it (no inline blocks, floats, positioned boxes or footnotes, which a second layout
   * would lay out twice), and no first-line or first-letter styles (which the first layout uses
   * up).
   */
  static boolean applies(LayoutContext c, BlockBox box) {
    CalculatedStyle style = box.getStyle();
    if (!style.isTextJustify()
        || !c.isPrint()
        || c.getFirstLinesTracker().hasStyles()
        || c.getFirstLettersTracker().hasStyles()
        || style.getFloatPropertyProportionalWidth(
                CSSName.FS_MAX_JUSTIFICATION_INTER_CHAR, box.getWidth(), c)
            != 0f) {
      return false;
    }
    List<?> content = box.getInlineContent();
    if (content == null || content.isEmpty()) {
      return false;
    }
    for (Object node : content) {
      if (!(node instanceof InlineBox)) {
        return false;
      }
      InlineBox inline = (InlineBox) node;
      if (inline.hasFootnote()
          || inline.isDynamicFunction()
          || inline.getStyle().isPositioned()
          || inline.getStyle().isFloated()) {
        return false;
      }
    }
    return true;
  }

  /** Lays the paragraph out with {@code layout} (given each line's cut), its best layout last. */
  static void layout(LayoutContext c, BlockBox box, Consumer<int[]> layout) {
    MarkerData marker = c.getCurrentMarkerData();
    Search search = new Search(c, box, marker, layout);
    int from = 0;
    while (search.tries < MOST_TRIES) {
      int line = search.best.looseFrom(from);
      if (line < 0) {
        break;
      }
      boolean kept = search.pullUp(line) || search.pushDown(line);
      from = kept ? 0 : line + 1;
    }
    search.finish();
  }

  /** The layouts tried for one paragraph, and the best so far. */
  private static final class Search {
    private final LayoutContext c;
    private final BlockBox box;
    private final MarkerData marker;
    private final Consumer<int[]> layout;
    private int[] bestCuts = new int[0];
    private int[] lastCuts;
    private Looseness best;
    private int tries;

    Search(LayoutContext c, BlockBox box, MarkerData marker, Consumer<int[]> layout) {
      this.c = c;
      this.box = box;
      this.marker = marker;
      this.layout = layout;
      layout.accept(bestCuts);
      lastCuts = bestCuts;
      best = looseness(c, box);
    }

    /**
     * The loose line laid out wider than the measure by what its spaces may shrink (to
     * SHRUNK_SPACE), with one more space: the next word comes up if it fits so, and the line's
     * spaces are then narrowed a little rather than the line left loose (as TeX's glue shrinks).
     */
    boolean pullUp(int line) {
      float em = box.getStyle().getFont(c).size;
      int[] cuts = Arrays.copyOf(bestCuts, Math.max(bestCuts.length, line + 1));
      cuts[line] = -(int) ((NATURAL_SPACE - SHRUNK_SPACE) * em * (best.spaces()[line] + 1));
      return keepIfBetter(cuts);
    }

    /**
     * The line before the loose one laid out a unit narrower than it is: its last word (or its
     * last syllables) no longer fits and moves down; if that leaves the line before it loose in
     * turn, the line before that one gives a word too, and so on up to DEEPEST lines up.
     */
    boolean pushDown(int line) {
      int[] cuts = bestCuts;
      Looseness tried = best;
      for (int up = 1; up <= DEEPEST && line - up >= 0 && tries < MOST_TRIES; up++) {
        cuts = Arrays.copyOf(cuts, Math.max(cuts.length, line));
        cuts[line - up] = tried.slack()[line - up] + 1;
        tried = lay(cuts);
        if (tried.lines() != best.lines()) {
          return false;
        }
        if (tried.cost() < best.cost() - 1e-9) {
          bestCuts = cuts;
          best = tried;
          return true;
        }
      }
      return false;
    }

    private boolean keepIfBetter(int[] cuts) {
      Looseness tried = lay(cuts);
      if (tried.lines() == best.lines() && tried.cost() < best.cost() - 1e-9) {
        bestCuts = cuts;
        best = tried;
        return true;
      }
      return false;
    }

    private Looseness lay(int[] cuts) {
      relayout(c, box, marker, layout, cuts);
      lastCuts = cuts;
      tries++;
      return looseness(c, box);
    }

    void finish() {
      if (lastCuts != bestCuts) {
        relayout(c, box, marker, layout, bestCuts);
      }
    }
  }

  private static void relayout(
      LayoutContext c, BlockBox box, MarkerData marker, Consumer<int[]> layout, int[] cuts) {
    box.removeAllChildren();
    c.setCurrentMarkerData(marker);
    layout.accept(cuts);
  }

  /**
   * A layout's looseness: its number of lines, its cost (see layout), whether each line is loose beyond the widest wanted, and each line's
   * slack (how much short of the measure it ends, in layout units).
   */
  private record Looseness(
      int lines, double cost, boolean[] loose, int[] slack, int[] spaces) {

    /** The first loose line from {@code line} on, or -1. */
    int looseFrom(int line) {
      for (int i = line; i < loose.length; i++) {
        if (loose[i]) {
          return i;
        }
      }
      return -1;
    }
  }

  private static Looseness looseness(CssContext c, BlockBox box) {
    int count = box.getChildCount();
    int[] slack = new int[count];
    int[] spaceCounts = new int[count];
    boolean[] loose = new boolean[count];
    double cost = 0;
    float em = box.getStyle().getFont(c).size;
    for (int i = 0; i < count; i++) {
      Box child = box.getChild(i);
      if (!(child instanceof LineBox)) {
        return new Looseness(count, 0, new boolean[0], slack, spaceCounts);
      }
      LineBox line = (LineBox) child;
      slack[i] = box.getContentWidth() - line.getContentStart() - line.getContentWidth();
      if (i == count - 1 || line.isEndsOnNL()) {
        continue;
      }
      int spaces = spaces(text(line, new StringBuilder()).toString().strip());
      spaceCounts[i] = spaces;
      if (spaces == 0 || em <= 0) {
        continue;
      }
      float space = NATURAL_SPACE + slack[i] / (float) spaces / em;
      if (space > BOOK_SPACE) {
        // Cubed, as TeX's badness is: one very loose line costs more than two a little loose.
        double excess = (space - BOOK_SPACE) / STEP;
        cost += excess * excess * excess;
      }
      if (space < NATURAL_SPACE) {
        // A shrunk line costs a little, so that lines are shrunk only where it helps.
        double excess = (NATURAL_SPACE - space) / STEP;
        cost += excess * excess * excess;
      }
      loose[i] = space > WIDEST_SPACE;
      cost += loose[i] ? TOO_LOOSE : 0;
    }
    return new Looseness(count, cost, loose, slack, spaceCounts);
  }

  private static int spaces(String text) {
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      spaces += text.charAt(i) == ' ' ? 1 : 0;
    }
    return spaces;
  }

  private static StringBuilder text(Object box, StringBuilder out) {
    List<?> children =
        box instanceof InlineLayoutBox
            ? ((InlineLayoutBox) box).getInlineChildren()
            : box instanceof LineBox ? ((LineBox) box).getChildren() : List.of();
    for (Object child : children) {
      if (child instanceof InlineText) {
        out.append(((InlineText) child).getSubstring());
      } else {
        text(child, out);
      }
    }
    return out;
  }
}
