package io.github.awsnetbook.tools.printing;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.apache.batik.gvt.font.GVTFont;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;

/** One font family of the SVG figures, its faces by CSS weight (the book has no italics). */
final class SvgFontFamily implements GVTFontFamily {

  /**
   * Batik's weights back to CSS ones: Batik turns CSS 100…900 into these {@link TextAttribute}
   * values (TextUtilities.convertFontWeight), so the face is chosen as CSS would choose it.
   */
  private static final NavigableMap<Float, Integer> CSS_WEIGHTS =
      new TreeMap<>(
          Map.of(
              TextAttribute.WEIGHT_EXTRA_LIGHT, 100,
              TextAttribute.WEIGHT_LIGHT, 200,
              TextAttribute.WEIGHT_DEMILIGHT, 300,
              TextAttribute.WEIGHT_REGULAR, 400,
              TextAttribute.WEIGHT_SEMIBOLD, 500,
              TextAttribute.WEIGHT_MEDIUM, 600,
              TextAttribute.WEIGHT_BOLD, 700,
              TextAttribute.WEIGHT_HEAVY, 800,
              TextAttribute.WEIGHT_ULTRABOLD, 900));

  private final String name;
  private final NavigableMap<Integer, Font> faces = new TreeMap<>();

  SvgFontFamily(String name) {
    this.name = name;
  }

  void add(int weight, Font face) {
    faces.put(weight, face);
  }

  @Override
  public String getFamilyName() {
    return name;
  }

  @Override
  public GVTFontFace getFontFace() {
    return new GVTFontFace(name);
  }

  @Override
  public GVTFont deriveFont(float size, AttributedCharacterIterator text) {
    return deriveFont(size, text.getAttributes());
  }

  @Override
  public GVTFont deriveFont(float size, @SuppressWarnings("rawtypes") Map attributes) {
    int face = face(cssWeight((Float) attributes.get(TextAttribute.WEIGHT)));
    return new SvgFont(name, faces.get(face).deriveFont(size), face >= 600);
  }

  @Override
  public boolean isComplex() {
    return false;
  }

  private static int cssWeight(Float weight) {
    if (weight == null) {
      return 400;
    }
    Map.Entry<Float, Integer> atOrBelow = CSS_WEIGHTS.floorEntry(weight);
    return atOrBelow != null ? atOrBelow.getValue() : 100;
  }

  /** The face CSS font matching picks: above 500 the nearest heavier one first, else lighter. */
  private int face(int weight) {
    Integer heavier = faces.ceilingKey(weight);
    Integer lighter = faces.floorKey(weight);
    return weight > 500 ? orElse(heavier, lighter) : orElse(lighter, heavier);
  }

  private static Integer orElse(Integer first, Integer second) {
    return first != null ? first : second;
  }
}
