package io.github.awsnetbook.tools.typography;

/** Where a text may break: at every kinsoku-permitted place, or only between phrases. */
public enum BreakStyle {
  /** Running text: every opportunity strict kinsoku allows. */
  EVERY_OPPORTUNITY,
  /** Headings, captions, table cells, list items: only between phrases (文節), so no word splits. */
  BETWEEN_PHRASES
}
