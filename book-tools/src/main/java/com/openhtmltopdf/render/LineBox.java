/*
 * {{{ header & license
 * Copyright (c) 2004, 2005 Joshua Marinacci
 * Copyright (c) 2006, 2007 Wisconsin Court System
 *
 * This program is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public License
 * as published by the Free Software Foundation; either version 2.1
 * of the License, or (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the
 * GNU Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public License
 * along with this program; if not, write to the Free Software
 * Foundation, Inc., 59 Temple Place - Suite 330, Boston, MA 02111-1307, USA.
 * }}}
 */
package com.openhtmltopdf.render;

import java.awt.Rectangle;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.StructureType;
import com.openhtmltopdf.layout.InlineBoxing;
import com.openhtmltopdf.layout.InlinePaintable;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.layout.LayoutContext;
import com.openhtmltopdf.layout.PaintingInfo;
import com.openhtmltopdf.util.XRRuntimeException;

/**
 * A line box contains a single line of text (or other inline content).  It
 * is created during layout.  It also tracks floated and absolute content
 * added while laying out the line.
 */
public class LineBox extends Box implements InlinePaintable {
    private static final float JUSTIFY_NON_SPACE_SHARE = 0.20f;
    private static final float JUSTIFY_SPACE_SHARE = 1 - JUSTIFY_NON_SPACE_SHARE;
    
    private boolean _containsContent;
    private boolean _containsBlockLevelContent;
    private boolean _isEndsOnNL;
    
    private FloatDistances _floatDistances;
    
    private List<TextDecoration> _textDecorations;
    
    private int _paintingTop;
    private int _paintingHeight;
    
    private List<Box> _nonFlowContent;
    
    private MarkerData _markerData;
    
    private boolean _containsDynamicFunction;
    
    private int _contentStart;
    
    private int _baseline;
    
    private JustificationInfo _justificationInfo;
    
    private byte direction = BidiSplitter.LTR;

    private List<BlockBox> referencedFootnoteBodies;

    public LineBox() {
    }
    
    @Override
    public String dump(LayoutContext c, String indent, int which) {
        if (which != Box.DUMP_RENDER) {
            throw new IllegalArgumentException();
        }

        StringBuilder result = new StringBuilder(indent);
        result.append(this);
        result.append('\n');
        
        dumpBoxes(c, indent, getNonFlowContent(), Box.DUMP_RENDER, result);
        if (getNonFlowContent().size() > 0  ) {
            result.append('\n');
        }
        dumpBoxes(c, indent, getChildren(), Box.DUMP_RENDER, result);
        
        return result.toString();
    }

    @Override
    public String toString() {
        return "LineBox: (" + getAbsX() + "," + getAbsY() + ")->(" + getWidth() + "," + getHeight() + ")";
    }

    @Override
    public Rectangle getMarginEdge(CssContext cssCtx, int tx, int ty) {
        Rectangle result = new Rectangle(getX(), getY(), getContentWidth(), getHeight());
        result.translate(tx, ty);
        return result;
    }
    
    @Override
    public void paintInline(RenderingContext c) {
        if (! getParent().getStyle().isVisible(c, this)) {
            return;
        }

        if (isContainsDynamicFunction()) {
            lookForDynamicFunctions(c, true);
            int totalLineWidth;

            if (direction == BidiSplitter.RTL) {
            	totalLineWidth = InlineBoxing.positionHorizontallyRTL(c, this, 0, 0);
            }
            else {
                totalLineWidth = InlineBoxing.positionHorizontally(c, this, 0);
            }
            setContentWidth(totalLineWidth);
            calcChildLocations();
            align(true, c);
            calcPaintingInfo(c, false);
        }
        
        if (_textDecorations != null) {
            Object token = c.getOutputDevice().startStructure(StructureType.BACKGROUND, this);
            c.getOutputDevice().drawTextDecoration(c, this);
            c.getOutputDevice().endStructure(token);
        }
        
        if (c.debugDrawLineBoxes()) {
            c.getOutputDevice().drawDebugOutline(c, this, FSRGBColor.GREEN);
        }
    }

    /**
     * See {@link InlineLayoutBox#lookForDynamicFunctions(RenderingContext, boolean)}
     */
    private void lookForDynamicFunctions(RenderingContext c, boolean evaluateLeaders) {
        if (getChildCount() > 0) {
            for (int i = 0; i < getChildCount(); i++) {
                Box b = getChild(i);
                if (b instanceof InlineLayoutBox) {
                    ((InlineLayoutBox)b).lookForDynamicFunctions(c, evaluateLeaders);
                }
            }
        }
    }

    public boolean isFirstLine() {
        return super.isFirstChild();
    }
    
    public void prunePendingInlineBoxes(LayoutContext c) {
        if (getChildCount() > 0) {
            for (int i = getChildCount() - 1; i >= 0; i--) {
                Box b = getChild(i);
                if (! (b instanceof InlineLayoutBox)) {
                    break;
                }

                InlineLayoutBox iB = (InlineLayoutBox)b;
                iB.prunePending(c);

                if (iB.isPending()) {
                    if (iB.getElement() != null &&
                        iB.getElement().hasAttribute("id")) {
                        c.removeBoxId(iB.getElement().getAttribute("id"));
                    }

                    removeChild(i);
                }
            }
        }
    }

    /**
     * Whether this line contains any actual text content.
     */
    public boolean isContainsContent() {
        return _containsContent;
    }

    /**
     * See {@link #isContainsContent()}
     */
    public void setContainsContent(boolean containsContent) {
        _containsContent = containsContent;
    }

    public void align(boolean dynamic, CssContext c) {
        IdentValue align = getParent().getStyle().getIdent(CSSName.TEXT_ALIGN);

        int calcX = 0;
        byte dir = -1;

        if (align == IdentValue.START) {
            dir = direction == BidiSplitter.RTL ? BidiSplitter.RTL : BidiSplitter.LTR; 
        }

        if (align == IdentValue.JUSTIFY && direction == BidiSplitter.RTL) {
            int floatDistance = getFloatDistances().getRightFloatDistance();
            calcX = getParent().getContentWidth() - floatDistance - getContentWidth();

            if (align == IdentValue.JUSTIFY && dynamic) {
                justify(c);
            }
        } else if (align == IdentValue.LEFT || align == IdentValue.JUSTIFY || dir == BidiSplitter.LTR) {
            int floatDistance = getFloatDistances().getLeftFloatDistance();
            calcX = getContentStart() + floatDistance;
            if (align == IdentValue.JUSTIFY && dynamic) {
                justify(c);
            }
        } else if (align == IdentValue.CENTER) {
            int leftFloatDistance = getFloatDistances().getLeftFloatDistance();
            int rightFloatDistance = getFloatDistances().getRightFloatDistance();
            
            int midpoint = leftFloatDistance +
                (getParent().getContentWidth() - leftFloatDistance - rightFloatDistance) / 2;
            
            calcX = midpoint - (getContentWidth() + getContentStart()) / 2;
        } else if (align == IdentValue.RIGHT || dir == BidiSplitter.RTL) {
            int floatDistance = getFloatDistances().getRightFloatDistance();
            calcX = getParent().getContentWidth() - floatDistance - getContentWidth();
        }
        
        if (calcX != getX()) {
            setX(calcX);
            calcCanvasLocation();
            calcChildLocations();
        }
    }
    
    /*
     * PATCHED for the book (aws-network-book, book-tools; see its README, "The print engine's
     * patch"): the engine gives a justified line's slack 80 % to spaces and 20 % to the gaps
     * between characters, each share capped by -fs-max-justification-inter-word/-char, and drops
     * what a cap cuts off, so English lines with no letter spacing end short and Japanese lines
     * have no place for the slack but the gaps between characters. In Japanese (a positive
     * inter-char cap) this version gives every space, boundary mark and gap between characters
     * the same share of the slack, the gaps up to their cap and the spaces and marks the rest up
     * to theirs, then the gaps what is still left. Elsewhere it fills, in turn,
     * the spaces (up to the inter-word cap), the Japanese-Latin boundaries the print copy marks
     * with an empty span.jl-autospace (up to JLREQ's half an em in all, so a quarter em more), and
     * the gaps between characters (up to the inter-char cap), and what is still left to the gaps
     * (or, where letters may not be spaced, to the spaces) up to a few times their cap, so that a
     * line ends at the margin unless a picture cut it short; a boundary mark at the start or end
     * of a line takes no room, as JLREQ sets no space there. The word spaces of a Latin run (a
     * letter-spaced text, whose letters stay unspaced) count as the line's spaces (latinSpaces),
     * drawn so by the patched AbstractOutputDevice. Everything else is the engine's.
     */
    public void justify(CssContext c) {
        if (getParent().getStyle().hasLetterSpacing() || isLayedOutRTL()) {
            // Do nothing, letter-spacing turns off text justification.
            return;
        }
        List<InlineLayoutBox> marks = new ArrayList<>();
        List<InlineLayoutBox> edgeMarks = new ArrayList<>();
        findAutospaceMarks(marks, edgeMarks);
        float collapsed = 0f;
        for (InlineLayoutBox mark : edgeMarks) {
            collapsed += mark.getInlineWidth();
        }
        boolean justified = !isLastLineWithContent() && !isEndsOnNL();
        int leftFloatDistance = getFloatDistances().getLeftFloatDistance();
        int rightFloatDistance = getFloatDistances().getRightFloatDistance();
        int available = getParent().getContentWidth() -
            leftFloatDistance - rightFloatDistance - getContentStart();
        float room = available - (getContentWidth() - collapsed) + trailingSpaceWidth(c);
        // A paragraph's last line that a closing mark overfills (InlineBoxing.hangsAtLineEnd: "。"
        // after a citation "[9]") is pushed in like any other line: the book never hangs a mark
        // past the margin (it hung only where such a line was a paragraph's last, in the glossary).
        boolean overfull = !justified && room < 0f;
        float toAdd = justified || overfull ? room : 0f;
        if (!justified && !overfull && edgeMarks.isEmpty()) {
            return;
        }
        float maxInterChar = getParent().getStyle().getFloatPropertyProportionalWidth(CSSName.FS_MAX_JUSTIFICATION_INTER_CHAR, getParent().getWidth(), c);
        float maxInterWord = getParent().getStyle().getFloatPropertyProportionalWidth(CSSName.FS_MAX_JUSTIFICATION_INTER_WORD, getParent().getWidth(), c);
        CharCounts counts = countJustifiableChars();
        JustificationInfo info = new JustificationInfo();
        float left = Math.max(toAdd, 0f);
        // A space that ends the line (the engine keeps one between two elements) shows no width.
        int spaces = counts.getSpaceCount() - trailingSpaces() - spacesIn(marks) - spacesIn(edgeMarks)
            + latinSpaces();
        int evenGaps = counts.getNonSpaceCount() - (endsInJustifiedText() ? 1 : 0);
        if (maxInterChar > 0f && evenGaps > 0 && (justified || overfull) && toAdd < 0f) {
            // A line that a hanging closing mark overfills (InlineBoxing.hangsAtLineEnd) is set
            // back into the measure by tightening its gaps a little (at most 0.045 em each, which
            // keeps a Japanese-Latin boundary at 0.2 em or more), as JLREQ pushes a line in
            // (追い込み) rather than let its marks stick out.
            info.setNonSpaceAdjust(Math.max(toAdd / evenGaps, -maxInterChar * 0.45f));
            adjustChildren(info, marks, 0f, edgeMarks);
            setJustificationInfo(info);
            return;
        }
        if (maxInterChar > 0f && evenGaps > 0) {
            // Japanese: every place takes the same share, a gap between characters up to its cap,
            // so that a word space or a boundary does not open while the characters beside it
            // stay tight (JLREQ's even spacing); what the gaps cannot take goes on below.
            float even = left / (spaces + marks.size() + evenGaps);
            float charShare = Math.min(even, maxInterChar);
            float quarterEm = getParent().getStyle().getFont(c).size / 4f;
            float wideShare = spaces + marks.size() > 0
                ? (left - charShare * evenGaps) / (spaces + marks.size()) : 0f;
            float spaceShare = spaces > 0 ? Math.min(wideShare, maxInterWord) : 0f;
            float markShare = Math.min(wideShare, quarterEm);
            info.setSpaceAdjust(spaceShare);
            info.setNonSpaceAdjust(charShare);
            // No last resort here: no gap between two Japanese characters opens by more than its
            // cap (a tenth of an em), and a line that cannot be filled so ends short. The glossary's
            // MPLS line, 「閉域網」 before a whole 「（IP-VPN）を」, had 5 em for its 39 gaps: 0.13 em.
            adjustChildren(info, marks, marks.isEmpty() ? 0f : markShare, edgeMarks);
            if (justified) {
                setJustificationInfo(info);
            }
            return;
        }
        if (justified && toAdd < 0f && spaces > 0 && maxInterChar <= 0f) {
            // English laid out wider than the measure (com.openhtmltopdf.layout.TotalFit pulled the
            // next word up): its word spaces shrink, by at most MOST_SHRINK of an em each.
            float em = getParent().getStyle().getFont(c).size;
            info.setSpaceAdjust(Math.max(toAdd / spaces, -MOST_SHRINK * em));
            adjustChildren(info, marks, 0f, edgeMarks);
            setJustificationInfo(info);
            return;
        }
        if (spaces > 0) {
            info.setSpaceAdjust(Math.min(left / spaces, maxInterWord));
            left -= info.getSpaceAdjust() * spaces;
        }
        float markAdjust = 0f;
        if (!marks.isEmpty()) {
            float quarterEm = getParent().getStyle().getFont(c).size / 4f;
            markAdjust = Math.min(left / marks.size(), quarterEm);
            left -= markAdjust * marks.size();
        }
        // Every character before the line's last glyph moves it by one adjustment: all of them when
        // the line ends in text that is not justified (a Latin run), all but the last otherwise.
        int gapCount = counts.getNonSpaceCount() - (endsInJustifiedText() ? 1 : 0);
        if (gapCount > 0) {
            // What no cap leaves room for goes between the characters all the same (JLREQ's last
            // resort): a justified line ends at the margin.
            float gaps = gapCount;
            info.setNonSpaceAdjust(Math.min(left / gaps, maxInterChar));
            left -= info.getNonSpaceAdjust() * gaps;
            if (left > 0f && maxInterChar > 0f) {
                // At most half an em in all (about the 2 mm the engine allowed): a line that a
                // picture cuts short stays short.
                float more = Math.min(left / gaps, maxInterChar * LAST_RESORT);
                info.setNonSpaceAdjust(info.getNonSpaceAdjust() + more);
                left -= more * gaps;
            }
        }
        if (left > 0f && spaces > 0 && maxInterChar <= 0f) {
            // English: letters are never spaced, so the word spaces take the rest, up to as much again.
            info.setSpaceAdjust(info.getSpaceAdjust() + Math.min(left / spaces, maxInterWord));
        }
        adjustChildren(info, marks, markAdjust, edgeMarks);
        if (justified) {
            // Even with nothing to add: text with justification info is drawn glyph by glyph, which
            // keeps PDFBox from setting —— as one ligature glyph that has no text of its own.
            setJustificationInfo(info);
        }
    }

    /** The most an English word space shrinks, in ems (from the font's 0.224 to 0.174). */
    private static final float MOST_SHRINK = 0.05f;

    /** How many times the inter-char cap the gaps may take when nothing else can. */
    private static final float LAST_RESORT = 4f;

    /**
     * Whether a box is the print copy's mark of a Japanese-Latin boundary: empty, or holding the
     * one space that the text has there (span.jl-autospace).
     */
    private static boolean isAutospaceMark(Object box) {
        if (!(box instanceof InlineLayoutBox)) {
            return false;
        }
        InlineLayoutBox mark = (InlineLayoutBox) box;
        if (mark.getElement() == null
            || !(" " + mark.getElement().getAttribute("class") + " ").contains(" jl-autospace ")) {
            return false;
        }
        for (Object child : mark.getInlineChildren()) {
            if (!(child instanceof InlineText) || !((InlineText) child).getSubstring().trim().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a box is an empty element of the print copy with the class {@code className}. */
    private static boolean isMarkOf(Object box, String className) {
        return box instanceof InlineLayoutBox
            && ((InlineLayoutBox) box).getElement() != null
            && (" " + ((InlineLayoutBox) box).getElement().getAttribute("class") + " ").contains(" " + className + " ")
            && ((InlineLayoutBox) box).getInlineChildren().isEmpty();
    }

    /** The spaces inside boundary marks, which widen with their marks, not as spaces. */
    private static int spacesIn(List<InlineLayoutBox> marks) {
        int spaces = 0;
        for (InlineLayoutBox mark : marks) {
            for (Object child : mark.getInlineChildren()) {
                spaces += ((InlineText) child).getSubstring().length();
            }
        }
        return spaces;
    }

    /** The boundary marks of this line, those inside it and those at its start or end. */
    private void findAutospaceMarks(List<InlineLayoutBox> inner, List<InlineLayoutBox> edges) {
        List<Object> leaves = new ArrayList<>();
        for (Box b : getChildren()) {
            collectLeaves(b, leaves);
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i) instanceof InlineText
                && !((InlineText) leaves.get(i)).getSubstring().trim().isEmpty()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = 0; i < leaves.size(); i++) {
            if (isAutospaceMark(leaves.get(i))) {
                (i > first && i < last ? inner : edges).add((InlineLayoutBox) leaves.get(i));
            } else if (isMarkOf(leaves.get(i), "jl-space-after") && !(i > first && i < last)) {
                // PATCHED: the full-width space after ？ or ！ (typography.SpaceAfterMarks) keeps its
                // em inside a line and takes no room at its start or end, as JLREQ sets it.
                edges.add((InlineLayoutBox) leaves.get(i));
            }
        }
    }

    /**
     * The width of the spaces that end the line, which show nothing: texts of spaces only, and the
     * spaces at the end of the last text, which the engine keeps where the line breaks before an
     * element that may not break (a citation kept with its full stop).
     */
    private int trailingSpaceWidth(CssContext c) {
        List<Object> leaves = new ArrayList<>();
        for (Box b : getChildren()) {
            collectLeaves(b, leaves);
        }
        int width = 0;
        for (int i = leaves.size() - 1; i >= 0; i--) {
            if (leaves.get(i) instanceof InlineText) {
                InlineText text = (InlineText) leaves.get(i);
                String s = text.getSubstring();
                if (!s.trim().isEmpty()) {
                    int end = s.length();
                    while (end > 0 && s.charAt(end - 1) == ' ') {
                        end--;
                    }
                    if (end < s.length() && text.getParent() != null) {
                        FSFont font = text.getParent().getStyle().getFSFont(c);
                        width += c.getTextRenderer().getWidth(c.getFontContext(), font, s.substring(end));
                    }
                    break;
                }
                if (!s.isEmpty()) {
                    width += text.getWidth();
                }
            }
        }
        return width;
    }

    /**
     * The word spaces of the line's Latin runs (texts with a letter spacing, which keeps their
     * letters out of justification, in a justified box): they widen as the line's other spaces do
     * (drawn so by the patched AbstractOutputDevice), so that a line crowded with Latin phrases
     * need not stretch its Japanese characters. Those that end the line show nothing.
     */
    private int latinSpaces() {
        List<Object> leaves = new ArrayList<>();
        for (Box b : getChildren()) {
            collectLeaves(b, leaves);
        }
        int spaces = 0;
        for (Object leaf : leaves) {
            if (isLatinRun(leaf)) {
                spaces += spaceCount(((InlineText) leaf).getSubstring());
            }
        }
        for (int i = leaves.size() - 1; i >= 0; i--) {
            if (!(leaves.get(i) instanceof InlineText)) {
                continue;
            }
            String s = ((InlineText) leaves.get(i)).getSubstring();
            int end = s.length();
            while (end > 0 && InlineText.isJustifySpaceCodePoint(s.charAt(end - 1))) {
                end--;
            }
            if (isLatinRun(leaves.get(i))) {
                spaces -= s.length() - end;
            }
            if (end > 0) {
                break;
            }
        }
        return spaces;
    }

    /** A text whose letters are not spaced but whose word spaces justification widens. */
    static boolean isLatinRun(Object leaf) {
        return leaf instanceof InlineText
            && ((InlineText) leaf).getLetterSpacing() != 0f
            && ((InlineText) leaf).getParent() != null
            && ((InlineText) leaf).getParent().getStyle().isTextJustify();
    }

    static int spaceCount(String text) {
        int spaces = 0;
        for (int i = 0; i < text.length(); i++) {
            if (InlineText.isJustifySpaceCodePoint(text.charAt(i))) {
                spaces++;
            }
        }
        return spaces;
    }

    /** Whether the last text of the line with any ink is text that justification spaces. */
    private boolean endsInJustifiedText() {
        List<Object> leaves = new ArrayList<>();
        for (Box b : getChildren()) {
            collectLeaves(b, leaves);
        }
        for (int i = leaves.size() - 1; i >= 0; i--) {
            if (leaves.get(i) instanceof InlineText
                && !((InlineText) leaves.get(i)).getSubstring().trim().isEmpty()) {
                return ((InlineText) leaves.get(i)).getLetterSpacing() == 0f;
            }
        }
        return true;
    }

    /** How many spaces end the line's text, which justification must not count on. */
    private int trailingSpaces() {
        List<Object> leaves = new ArrayList<>();
        for (Box b : getChildren()) {
            collectLeaves(b, leaves);
        }
        int spaces = 0;
        for (int i = leaves.size() - 1; i >= 0; i--) {
            if (!(leaves.get(i) instanceof InlineText)) {
                continue;
            }
            InlineText text = (InlineText) leaves.get(i);
            String s = text.getSubstring();
            int end = s.length();
            while (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            }
            if (text.getLetterSpacing() == 0f) {
                spaces += s.length() - end;
            }
            if (end > 0) {
                break;
            }
        }
        return spaces;
    }

    private static void collectLeaves(Object box, List<Object> leaves) {
        if (isAutospaceMark(box) || box instanceof InlineText) {
            leaves.add(box);
        } else if (box instanceof InlineLayoutBox) {
            for (Object child : ((InlineLayoutBox) box).getInlineChildren()) {
                collectLeaves(child, leaves);
            }
        }
    }

    /** The engine's adjustChildren, with the boundary marks widened or, at the edges, collapsed. */
    private void adjustChildren(JustificationInfo info, List<InlineLayoutBox> marks, float markAdjust, List<InlineLayoutBox> edgeMarks) {
        float adjust = 0.0f;
        for (Box b : getChildren()) {
            b.setX(b.getX() + Math.round(adjust));
            if (b instanceof InlineLayoutBox) {
                adjust += adjustMark((InlineLayoutBox) b, info, adjust, marks, markAdjust, edgeMarks);
            }
        }
        setContentWidth(getContentWidth() + Math.round(adjust));
        calcChildLocations();
    }

    /** How much a box widens: a boundary mark as justification asks, any other by its content. */
    private static float adjustMark(InlineLayoutBox box, JustificationInfo info, float adjust, List<InlineLayoutBox> marks, float markAdjust, List<InlineLayoutBox> edgeMarks) {
        if (edgeMarks.contains(box)) {
            float width = box.getInlineWidth();
            box.setInlineWidth(0);
            return -width;
        } else if (marks.contains(box)) {
            box.setInlineWidth(Math.round(box.getInlineWidth() + markAdjust));
            return markAdjust;
        }
        return adjustHorizontalPosition(box, info, adjust, marks, markAdjust, edgeMarks);
    }

    /** InlineLayoutBox.adjustHorizontalPosition, which knows the boundary marks. */
    private static float adjustHorizontalPosition(InlineLayoutBox box, JustificationInfo info, float adjust, List<InlineLayoutBox> marks, float markAdjust, List<InlineLayoutBox> edgeMarks) {
        float runningTotal = adjust;
        float result = 0.0f;
        for (Object o : box.getInlineChildren()) {
            if (o instanceof InlineText) {
                InlineText iT = (InlineText) o;
                iT.setX(iT.getX() + Math.round(result));
                float adj = iT.getLetterSpacing() == 0f ? iT.calcTotalAdjustment(info)
                    : isLatinRun(iT) ? spaceCount(iT.getSubstring()) * info.getSpaceAdjust() : 0f;
                iT.setWidth((int) (iT.getWidth() + adj));
                result += adj;
                runningTotal += adj;
            } else {
                Box b = (Box) o;
                b.setX(b.getX() + Math.round(runningTotal));
                if (b instanceof InlineLayoutBox) {
                    float adj = adjustMark((InlineLayoutBox) b, info, runningTotal, marks, markAdjust, edgeMarks);
                    result += adj;
                    runningTotal += adj;
                }
            }
        }
        box.setInlineWidth((int) (box.getInlineWidth() + result));
        return result;
    }

    private void adjustChildren(JustificationInfo info) {
        if (isLayedOutRTL()) {
            adjustChildrenRTL(info);
            return;
        }

        float adjust = 0.0f;
        for (Box b : getChildren()) {
            b.setX(b.getX() + Math.round(adjust));

            if (b instanceof InlineLayoutBox) {
                adjust += ((InlineLayoutBox)b).adjustHorizontalPosition(info, adjust);
            }
        }

        calcChildLocations();
    }

    private void adjustChildrenRTL(JustificationInfo info) {
        float adjust = 0.0f;
        for (Box b : getChildren()) {
            b.setX(b.getX() - Math.round(adjust));

            if (b instanceof InlineLayoutBox) {
                adjust += ((InlineLayoutBox)b).adjustHorizontalPositionRTL(info, adjust);
            }
        }

        setContentWidth(getContentWidth() + Math.round(adjust));
        calcChildLocations();
    }

    private boolean isLastLineWithContent() {
        LineBox current = (LineBox)getNextSibling();
        while (current != null) {
            if (current.isContainsContent()) {
                return false;
            } else {
                current = (LineBox)current.getNextSibling();
            }
        }
        
        return true;
    }
    
    private CharCounts countJustifiableChars() {
        CharCounts result = new CharCounts();
        
        for (Box b : getChildren()) {
            if (b instanceof InlineLayoutBox) {
                ((InlineLayoutBox)b).countJustifiableChars(result);
            }
        }
        
        return result;
    }
    
	public FloatDistances getFloatDistances() {
		return _floatDistances;
	}

	public void setFloatDistances(FloatDistances floatDistances) {
		_floatDistances = floatDistances;
	}

    public boolean isContainsBlockLevelContent() {
        return _containsBlockLevelContent;
    }

    public void setContainsBlockLevelContent(boolean containsBlockLevelContent) {
        _containsBlockLevelContent = containsBlockLevelContent;
    }

    @Override
    public Rectangle getPaintingClipEdge(CssContext cssCtx) {
        Box parent = getParent();
        Rectangle result = null;
        if (parent.getStyle().isIdent(
                CSSName.FS_TEXT_DECORATION_EXTENT, IdentValue.BLOCK) || 
                    getJustificationInfo() != null) {
            result = new Rectangle(
                    getAbsX(), getAbsY() + _paintingTop, 
                    parent.getAbsX() + parent.getTx() + parent.getContentWidth() - getAbsX(), 
                    _paintingHeight);
        } else {
            result = new Rectangle(
                    getAbsX(), getAbsY() + _paintingTop, getContentWidth(), _paintingHeight);
        }
        return result;
    }

    public List<TextDecoration> getTextDecorations() {
        return _textDecorations;
    }

    public void setTextDecorations(List<TextDecoration> textDecorations) {
        _textDecorations = textDecorations;
    }

    public int getPaintingHeight() {
        return _paintingHeight;
    }

    public void setPaintingHeight(int paintingHeight) {
        _paintingHeight = paintingHeight;
    }

    public int getPaintingTop() {
        return _paintingTop;
    }

    public void setPaintingTop(int paintingTop) {
        _paintingTop = paintingTop;
    }

    public int getMinPaintingTop() {
        int paintingAbsTop = getAbsY() + getPaintingTop();
        int lineAbsTop = getAbsY();

        return Math.min(lineAbsTop, paintingAbsTop);
    }

    public int getMaxPaintingBottom() {
        int paintingAbsBottom = getAbsY() + getPaintingTop() + getPaintingHeight();
        int lineAbsBottom = getAbsY() + getHeight();

        return Math.max(paintingAbsBottom, lineAbsBottom);
    }

    public void addAllChildren(List<? super Box> list, Layer layer) {
        for (int i = 0; i < getChildCount(); i++) {
            Box child = getChild(i);
            if (getContainingLayer() == layer) {
                list.add(child);
                if (child instanceof InlineLayoutBox) {
                    ((InlineLayoutBox)child).addAllChildren(list, layer);
                }
            }
        }
    }
    
    public List<Box> getNonFlowContent() {
        return _nonFlowContent == null ? Collections.emptyList() : _nonFlowContent;
    }
    
    public void addNonFlowContent(BlockBox box) {
        if (_nonFlowContent == null) {
            _nonFlowContent = new ArrayList<>();
        }
        
        _nonFlowContent.add(box);
    }
    
    @Override
    public void reset(LayoutContext c) {
        if (hasFootnotes()) {
            // Reset usually happens when satisfying widows and orphans.
            // Reset means we and our descendants are about to be layed out again
            // so we have to remove footnotes as they will be added again, possible on
            // a new page.
            c.getFootnoteManager().removeFootnoteBodies(c, getReferencedFootnoteBodies(), this);
        }

        for (int i = 0; i < getNonFlowContent().size(); i++) {
            Box content = getNonFlowContent().get(i);
            content.reset(c);
        }

        if (_markerData != null) {
            _markerData.restorePreviousReferenceLine(this);
        }

        super.reset(c);
    }

    @Override
    public void calcCanvasLocation() {
        Box parent = getParent();
        if (parent == null) {
            throw new XRRuntimeException("calcCanvasLocation() called with no parent");
        }

        setAbsX(parent.getAbsX() + parent.getTx() + getX());
        setAbsY(parent.getAbsY() + parent.getTy() + getY());        
    }

    @Override
    public void calcChildLocations() {
        super.calcChildLocations();
        
        // Update absolute boxes too.  Not necessary most of the time, but
        // it doesn't hurt (revisit this)
        for (int i = 0; i < getNonFlowContent().size(); i++) {
            Box content = getNonFlowContent().get(i);
            if (content.getStyle().isAbsolute()) {
                content.calcCanvasLocation();
                content.calcChildLocations();
            }
        }
    }

    public MarkerData getMarkerData() {
        return _markerData;
    }

    public void setMarkerData(MarkerData markerData) {
        _markerData = markerData;
    }

    public boolean isContainsDynamicFunction() {
        return _containsDynamicFunction;
    }

    public void setContainsDynamicFunction(boolean containsPageCounter) {
        _containsDynamicFunction |= containsPageCounter;
    }

    public int getContentStart() {
        return _contentStart;
    }

    public void setContentStart(int contentOffset) {
        _contentStart = contentOffset;
    }
    
    public InlineText findTrailingText() {
        if (getChildCount() == 0) {
            return null;
        }
        
        for (int offset = getChildCount() - 1; offset >= 0; offset--) {
            Box child = getChild(offset);
            if (child instanceof InlineLayoutBox) {
                InlineText result = ((InlineLayoutBox)child).findTrailingText();
                if (result != null && result.isEmpty()) {
                    continue;
                }
                return result;
            } else {
                return null;
            }
        }
        
        return null;
    }
    
    public void trimTrailingSpace(LayoutContext c) {
        InlineText text = findTrailingText();
        
        if (text != null) {
            InlineLayoutBox iB = text.getParent();
            IdentValue whitespace = iB.getStyle().getWhitespace();
            if (whitespace == IdentValue.NORMAL || whitespace == IdentValue.NOWRAP) {
                text.trimTrailingSpace(c);
            }
        }
    }    
    
    @Override
    public Box find(CssContext cssCtx, int absX, int absY, boolean findAnonymous) {
        PaintingInfo pI = getPaintingInfo();
        if (pI !=null && ! pI.getAggregateBounds().contains(absX, absY)) {
            return null;
        }
        
        Box result = null;
        for (int i = 0; i < getChildCount(); i++) {
            Box child = getChild(i);
            result = child.find(cssCtx, absX, absY, findAnonymous);
            if (result != null) {
                return result;
            }
        }
        
        return null;
    }

    public int getBaseline() {
        return _baseline;
    }

    public void setBaseline(int baseline) {
        _baseline = baseline;
    }
    
    public boolean isContainsOnlyBlockLevelContent() {
        if (! isContainsBlockLevelContent()) {
            return false;
        }
        
        for (int i = 0; i < getChildCount(); i++) {
            Box b = getChild(i);
            if (! (b instanceof BlockBox)) {
                return false;
            }
        }
        
        return true;
    }

    public boolean isContainsVisibleContent() {
        for (int i = 0; i < getChildCount(); i++) {
            Box b = getChild(i);
            if (b instanceof BlockBox) {
                if (b.getWidth() > 0 || b.getHeight() > 0) {
                    return true;
                }
            } else {
                boolean maybeResult = ((InlineLayoutBox)b).isContainsVisibleContent();
                if (maybeResult) {
                    return true;
                }
            }
        }
        
        return false;
    }

    @Override
    public void collectText(RenderingContext c, StringBuilder buffer) {
        for (Box b : getNonFlowContent()) {
            b.collectText(c, buffer);
        }
        if (isContainsDynamicFunction()) {
            lookForDynamicFunctions(c, true);
        }
        super.collectText(c, buffer);
    }

    @Override
    public void exportText(RenderingContext c, Writer writer) throws IOException {
        int baselinePos = getAbsY() + getBaseline();
        if (baselinePos >= c.getPage().getBottom() && isInDocumentFlow()) {
            exportPageBoxText(c, writer, baselinePos);
        }
        
        for (Box b : getNonFlowContent()) {
            b.exportText(c, writer);
        }
        
        if (isContainsContent()) {
            StringBuilder result = new StringBuilder();
            collectText(c, result);
            writer.write(result.toString().trim());
            writer.write(LINE_SEPARATOR);
        }
    }
    
    @Override
    public void analyzePageBreaks(LayoutContext c, ContentLimitContainer container) {
        container.updateTop(c, getAbsY());
        container.updateBottom(c, getAbsY() + getHeight());
    }

    /**
     * Checks if this line box crosses a page break and if so moves it to
     * the next page.
     * Also takes care that in-flow lines do not overlap footnote content.
     */
    public void checkPagePosition(LayoutContext c, boolean alwaysBreak) {
        if (! c.isPageBreaksAllowed()) {
            return;
        }

        PageBox pageBox = c.getRootLayer().getFirstPage(c, this);

        if (pageBox != null) {
            // We need to force a page break if any of our content goes over a page break,
            // otherwise we will get repeated content in page margins (because content is
            // printed on both pages).

            // Painting top and bottom take account of line-height other than 1.
            int greatestAbsY = getMaxPaintingBottom();
            int leastAbsY = getMinPaintingTop();

            boolean overflowsPage;
            if (c.isInFloatBottom()) {
                // For now we don't support paginated tables in float:bottom content.
                overflowsPage = greatestAbsY >= pageBox.getBottom();
            } else {
                overflowsPage = greatestAbsY >= pageBox.getBottom(c) - c.getExtraSpaceBottom();
            }

            boolean tooBig = (greatestAbsY - leastAbsY) > pageBox.getContentHeight(c);
            boolean needsPageBreak = alwaysBreak || (overflowsPage && !tooBig); 

           if (needsPageBreak) {
               beforeChangePage(c);

               forcePageBreakBefore(c, IdentValue.ALWAYS, false, leastAbsY);
               calcCanvasLocation();

               checkFootnoteReservedPage(c, c.getRootLayer().getFirstPage(c, this), false);

               afterChangePage(c);
           } else if (pageBox.getTop() + c.getExtraSpaceTop() > getAbsY()) {
               // It is in the extra room at the top!
               int diff = pageBox.getTop() + c.getExtraSpaceTop() - getAbsY();
               setY(getY() + diff);
               calcCanvasLocation();

               checkFootnoteReservedPage(c, pageBox, true);
           } else {
               checkFootnoteReservedPage(c, pageBox, true);
           }
        }
    }

    private void afterChangePage(LayoutContext c) {
        if (hasFootnotes()) {
           List<BlockBox> footnotes = getReferencedFootnoteBodies();

           for (BlockBox footnote : footnotes) {
               c.getFootnoteManager().addFootnoteBody(c, footnote, this);
           }
        }
    }

    private void beforeChangePage(LayoutContext c) {
        if (hasFootnotes()) {
            // Oh oh, we need to move the footnotes to the next page with
            // this line.
            List<BlockBox> footnotes = getReferencedFootnoteBodies();
            c.getFootnoteManager().removeFootnoteBodies(c, footnotes, this);
        }
    }

    /**
     * Checks that the line box is not on a footnote reserved page and if so pushes
     * it down to the first non-reserved page. 
     */
    private void checkFootnoteReservedPage(
            LayoutContext c, PageBox pageBoxAfter, boolean runHooks) {

        if (c.hasActiveFootnotes() && !c.isInFloatBottom()) {
           while (pageBoxAfter != null &&
                  pageBoxAfter.isFootnoteReserved(c) ||
                  overlapsFootnote(pageBoxAfter)) {

               if (runHooks) {
                   beforeChangePage(c);
               }

               int delta = pageBoxAfter.getBottom() + c.getExtraSpaceTop() - getMinPaintingTop();
               setY(getY() + delta);
               calcCanvasLocation();

               pageBoxAfter = c.getRootLayer().getFirstPage(c, this);

               if (runHooks) {
                   afterChangePage(c);
               }
           }
        }
    }

    private boolean overlapsFootnote(PageBox pageBox) {
        return pageBox.getFootnoteAreaHeight() > 0 &&
           getMaxPaintingBottom() > pageBox.getBottom() - pageBox.getFootnoteAreaHeight();
    }

    public JustificationInfo getJustificationInfo() {
        return _justificationInfo;
    }

    private void setJustificationInfo(JustificationInfo justificationInfo) {
        _justificationInfo = justificationInfo;
    }
    
    public void setDirectionality(byte direction) {
    	this.direction = direction;
    }
    
    public boolean isLayedOutRTL() {
    	return this.direction == BidiSplitter.RTL;
    }

    @Override
    public boolean hasNonTextContent(CssContext c) {
        return _textDecorations != null && _textDecorations.size() > 0;
    }
    
    @Override
    public boolean isTerminalColumnBreak() {
        // A line box can not be further broken for the purpose of column breaks.
        return true;
    }

    public boolean isEndsOnNL() {
        return _isEndsOnNL;
    }

    public void setEndsOnNL(boolean endsOnNL) {
        _isEndsOnNL = endsOnNL;
    }

    /**
     * Gets the list of footnote bodies which have calls in this line
     * of text. Useful for moving those footnotes when this line is moved
     * to a new page.
     */
    public List<BlockBox> getReferencedFootnoteBodies() {
        return referencedFootnoteBodies;
    }

    /**
     * See {@link #getReferencedFootnoteBodies()}
     */
    public boolean hasFootnotes() {
        return referencedFootnoteBodies != null;
    }

    /**
     * See {@link #getReferencedFootnoteBodies()}
     */
    public void addReferencedFootnoteBody(BlockBox footnoteBody) {
        if (referencedFootnoteBodies == null) {
            referencedFootnoteBodies = new ArrayList<>(2);
        }
        referencedFootnoteBodies.add(footnoteBody);
    }

    /**
     * Narrows the return type of LineBox to a BlockBox.
     * Reduces the need to cast everywhere.
     */
    @Override
    public BlockBox getParent() {
        return (BlockBox) super.getParent();
    }
}
