/*
 * {{{ header & license
 * From openhtmltopdf-core 1.1.65 (io.github.openhtmltopdf, the sources jar on Maven Central),
 * GNU Lesser General Public License 2.1 or later, as the rest of openhtmltopdf.
 *
 * This program is free software; you can redistribute it and/or
 * modify it under the terms of the GNU Lesser General Public License
 * as published by the Free Software Foundation; either version 2.1
 * of the License, or (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU Lesser General Public License for more details.
 *
 * You should have received a copy of the GNU Lesser General Public License
 * along with this program; if not, write to the Free Software
 * Foundation, Inc., 59 Temple Place - Suite 330, Boston, MA 02111-1307, USA.
 * }}}
 */
package com.openhtmltopdf.render.displaylist;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.openhtmltopdf.css.style.CalculatedStyle;
import com.openhtmltopdf.extend.StructureType;
import com.openhtmltopdf.layout.CollapsedBorderSide;
import com.openhtmltopdf.layout.InlinePaintable;
import com.openhtmltopdf.layout.Layer;
import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.newtable.TableCellBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.BorderPainter;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.DisplayListItem;
import com.openhtmltopdf.render.OperatorClip;
import com.openhtmltopdf.render.OperatorSetClip;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.render.displaylist.DisplayListCollector.CollectFlags;
import com.openhtmltopdf.render.displaylist.DisplayListContainer.DisplayListPageContainer;
import com.openhtmltopdf.render.simplepainter.SimplePainter;

public class DisplayListPainter {
    
    private void debugOnly(String msg, Object arg) {
        //System.out.println(msg + " : " + arg);
    }
	
	private void clip(RenderingContext c, OperatorClip clip) {
	    debugOnly("clipping", clip.getClip());
		c.getOutputDevice().pushClip(clip.getClip());
	}
	
	private void setClip(RenderingContext c, OperatorSetClip setclip) {
	    debugOnly("popping clip", null);
		c.getOutputDevice().popClip();
	}
	
	/**
	 * If the container is a table and it is set to <code>paginate</code> then update its header
	 * and footer position for this page.
	 */
	private void updateTableHeaderFooterPosition(RenderingContext c, BlockBox container) {
        if (container.getStyle().isTable()) {
            TableBox table = (TableBox) container;
            if (table.hasContentLimitContainer()) {
                table.updateHeaderFooterPosition(c);
            }
        }
	}
	
	private void paintBackgroundAndBorders(RenderingContext c, List<DisplayListItem> blocks,
			Map<TableCellBox, List<CollapsedBorderSide>> collapsedTableBorders) {

		for (DisplayListItem dli : blocks) {
			if (dli instanceof OperatorClip) {
				OperatorClip clip = (OperatorClip) dli;
				clip(c, clip);
			} else if (dli instanceof OperatorSetClip) {
				OperatorSetClip setClip = (OperatorSetClip) dli;
				setClip(c, setClip);
			} else {
				BlockBox box = (BlockBox) dli;
				
				Object outerToken = c.getOutputDevice().startStructure(StructureType.BLOCK, box);
				Object innerToken = c.getOutputDevice().startStructure(StructureType.BACKGROUND, box);
				
				updateTableHeaderFooterPosition(c, box);
				debugOnly("painting bg", box);
				box.paintBackground(c);
				box.paintBorder(c);

				if (collapsedTableBorders != null && box instanceof TableCellBox) {
					TableCellBox cell = (TableCellBox) box;

					if (cell.hasCollapsedPaintingBorder()) {
						List<CollapsedBorderSide> borders = collapsedTableBorders.get(cell);

						if (borders != null) {
							for (CollapsedBorderSide border : borders) {
								border.getCell().paintCollapsedBorder(c, border.getSide());
							}
						}
					}
				}

				c.getOutputDevice().endStructure(innerToken);
				c.getOutputDevice().endStructure(outerToken);
			}
		}
	}

	private void paintListMarkers(RenderingContext c, List<DisplayListItem> blocks) {
		for (DisplayListItem dli : blocks) {
			if (dli instanceof OperatorClip) {
				OperatorClip clip = (OperatorClip) dli;
				clip(c, clip);
			} else if (dli instanceof OperatorSetClip) {
				OperatorSetClip setClip = (OperatorSetClip) dli;
				setClip(c, setClip);
			} else {
			    Object token = c.getOutputDevice().startStructure(StructureType.LIST_MARKER, (Box) dli);
				((BlockBox) dli).paintListMarker(c);
				c.getOutputDevice().endStructure(token);
			}
		}
	}

	private void paintInlineContent(RenderingContext c, List<DisplayListItem> inlines) {
		for (DisplayListItem dli : inlines) {
			if (dli instanceof OperatorClip) {
				OperatorClip clip = (OperatorClip) dli;
				clip(c, clip);
			} else if (dli instanceof OperatorSetClip) {
				OperatorSetClip setClip = (OperatorSetClip) dli;
				setClip(c, setClip);
			} else if (dli instanceof BlockBox && !((BlockBox) dli).isInline()) {
			    // PATCHED: a block's list marker and replaced element, in document order (paintInFlow).
			    paintInFlow(c, (BlockBox) dli);
			} else if (dli instanceof BlockBox) {
                // Inline blocks need to be painted as a layer, if not already done so.
                BlockBox bb = (BlockBox) dli;
                if (!bb.getStyle().requiresLayer()) {
                    List<PageBox> pageBoxes = bb.getContainingLayer().getPages();
                    DisplayListCollector dlCollector = new DisplayListCollector(pageBoxes);
                    DisplayListPageContainer pageInstructions = dlCollector.collectInlineBlock(c, bb, EnumSet.noneOf(CollectFlags.class), c.getShadowPageNumber());

                    paint(c, pageInstructions);
               }
			} else {
                InlinePaintable paintable = (InlinePaintable) dli;
                Object token = c.getOutputDevice().startStructure(StructureType.INLINE, (Box) dli);
                paintable.paintInline(c);
                c.getOutputDevice().endStructure(token);
			}
		}
	}

	/*
	 * PATCHED for the book (aws-network-book, book-tools; see its README, "The print engine's
	 * patch"): the engine painted a page's list markers before all of its text and its replaced
	 * elements (the inline SVG figures, whose labels are text) after it, so the content stream
	 * read "3. 4." before the page's first words and a figure's labels in the middle of a sentence
	 * that a page turn splits. The patched PagedBoxCollector puts such a block (one not laid out
	 * in a line) among the page's inline content, in document order; it is painted here with the
	 * same calls and tags (LIST_MARKER, REPLACED) as in paintListMarkers and
	 * paintReplacedElements. A box in a line is an inline block: painted as the engine does, below.
	 * Everything else is the engine's (openhtmltopdf-core 1.1.65).
	 */
	private void paintInFlow(RenderingContext c, BlockBox block) {
	    if (block.isListItem()) {
	        Object token = c.getOutputDevice().startStructure(StructureType.LIST_MARKER, block);
	        block.paintListMarker(c);
	        c.getOutputDevice().endStructure(token);
	    }
	    if (block.getReplacedElement() != null) {
	        paintReplacedElement(c, block);
	    }
	}

	private void paintReplacedElements(RenderingContext c, List<DisplayListItem> replaceds) {
		for (DisplayListItem dli : replaceds) {
			if (dli instanceof OperatorClip) {
				OperatorClip clip = (OperatorClip) dli;
				clip(c, clip);
			} else if (dli instanceof OperatorSetClip) {
				OperatorSetClip setClip = (OperatorSetClip) dli;
				setClip(c, setClip);
			} else {
				BlockBox box = (BlockBox) dli;
				paintReplacedElement(c, box);
			}
		}
	}
	
    private void paintReplacedElement(RenderingContext c, BlockBox replaced) {
        
    	Rectangle contentBounds = replaced.getContentAreaEdge(
                replaced.getAbsX(), replaced.getAbsY(), c);
    	
        // Minor hack:  It's inconvenient to adjust for margins, border, padding during
        // layout so just do it here.
        Point loc = replaced.getReplacedElement().getLocation();
        if (contentBounds.x != loc.x || contentBounds.y != loc.y) {
            replaced.getReplacedElement().setLocation(contentBounds.x, contentBounds.y);
        }
        
        Object outerToken = c.getOutputDevice().startStructure(StructureType.REPLACED, replaced);
        // Clip to the rounded border so border-radius is honored for replaced content (e.g. images).
        BorderPainter.paintClippedToBorderRadius(c, replaced,
                () -> c.getOutputDevice().paintReplacedElement(c, replaced));
        c.getOutputDevice().endStructure(outerToken);
    }
    
    private void pushTransform(RenderingContext c, Box master, int shadowPage) {
    	AffineTransform transform = TransformCreator.createPageCoordinatesTranform(c, master, c.getPage(), shadowPage);
    	debugOnly("pushing transform", transform);
    	c.getOutputDevice().pushTransformLayer(transform);
    }
    
    private void popTransform(RenderingContext c, Box master) {
        debugOnly("popping transform", null);
    	c.getOutputDevice().popTransformLayer();
    }
    
    private void pushClipRect(RenderingContext c, Rectangle clip) {
        debugOnly("pushing clip rect", clip);
        c.getOutputDevice().pushClip(clip);
    }
    
    private void popClipRect(RenderingContext c) {
        debugOnly("popping clip rect", null);
        c.getOutputDevice().popClip();
    }
    
    private void paintFixed(RenderingContext c, Layer layer) {
    	layer.positionFixedLayer(c);
    	
    	
    	if (c.getShadowPageNumber() == -1) {
    	    SimplePainter painter = new SimplePainter(
    	        c.getPage().getMarginBorderPadding(c, CalculatedStyle.LEFT),
    	        c.getPage().getMarginBorderPadding(c, CalculatedStyle.TOP));

    	    painter.paintLayer(c, layer);
        } else {
            Rectangle shadowRect = c.getPage().getDocumentCoordinatesContentBoundsForInsertedPage(c, c.getShadowPageNumber());
            
            c.getOutputDevice().translate(shadowRect.x, 0);

            SimplePainter painter = new SimplePainter(
                    shadowRect.x,
                    c.getPage().getMarginBorderPadding(c, CalculatedStyle.TOP));

            painter.paintLayer(c, layer);

            c.getOutputDevice().translate(-shadowRect.x, 0);
        }
    }

	public void paint(RenderingContext c, DisplayListPageContainer pageOperations) {
		for (DisplayListOperation op : pageOperations.getOperations()) {

			if (op instanceof PaintRootElementBackground) {

				PaintRootElementBackground dlo = (PaintRootElementBackground) op;
				
				Object token = c.getOutputDevice().startStructure(StructureType.BACKGROUND, dlo.getRoot());
				dlo.getRoot().paintRootElementBackground(c);
				c.getOutputDevice().endStructure(token);

			} else if (op instanceof PaintLayerBackgroundAndBorder) {

				PaintLayerBackgroundAndBorder dlo = (PaintLayerBackgroundAndBorder) op;
				
				Object outerToken = c.getOutputDevice().startStructure(StructureType.LAYER, dlo.getMaster());
		        Object innerToken = c.getOutputDevice().startStructure(StructureType.BACKGROUND, dlo.getMaster());
				
				dlo.getMaster().paintBackground(c);
				dlo.getMaster().paintBorder(c);
				
				c.getOutputDevice().endStructure(innerToken);
				c.getOutputDevice().endStructure(outerToken);

			} else if (op instanceof PaintReplacedElement) {

				PaintReplacedElement dlo = (PaintReplacedElement) op;
				paintReplacedElement(c, dlo.getMaster());

			} else if (op instanceof PaintBackgroundAndBorders) {

				PaintBackgroundAndBorders dlo = (PaintBackgroundAndBorders) op;
				paintBackgroundAndBorders(c, dlo.getBlocks(), dlo.getCollapedTableBorders());
				//System.out.println("painting blocks: " + dlo.getBlocks());

			} else if (op instanceof PaintListMarkers) {

				PaintListMarkers dlo = (PaintListMarkers) op;
				paintListMarkers(c, dlo.getBlocks());

			} else if (op instanceof PaintInlineContent) {

				PaintInlineContent dlo = (PaintInlineContent) op;
				paintInlineContent(c, dlo.getInlines());
				//System.out.println("painting inlines: " + dlo.getInlines());

			} else if (op instanceof PaintReplacedElements) {

				PaintReplacedElements dlo = (PaintReplacedElements) op;
				paintReplacedElements(c, dlo.getReplaceds());

			} else if (op instanceof PaintPushTransformLayer) {
				
				PaintPushTransformLayer dlo = (PaintPushTransformLayer) op;
				pushTransform(c, dlo.getMaster(), dlo.getShadowPageNumber());
				
			} else if (op instanceof PaintPopTransformLayer) {
				
				PaintPopTransformLayer dlo = (PaintPopTransformLayer) op;
				popTransform(c, dlo.getMaster());
				
			} else if (op instanceof PaintFixedLayer) {
				
				PaintFixedLayer dlo = (PaintFixedLayer) op;
				Object token = c.getOutputDevice().startStructure(StructureType.RUNNING, dlo.getLayer().getMaster());
				paintFixed(c, dlo.getLayer());
				c.getOutputDevice().endStructure(token);
				
			} else if (op instanceof PaintPushClipRect) {
			    
			    PaintPushClipRect dlo = (PaintPushClipRect) op;
			    pushClipRect(c, dlo.getClipBox());
			    
			} else if (op instanceof PaintPopClipRect) {
			    
			    popClipRect(c);
			    
			}
		}
	}

}
