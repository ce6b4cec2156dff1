package io.github.awsnetbook.tools.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Pairs two sequences in order by a kind of each item. Items of one kind in a row make a run
 * (paragraphs between two notes); the runs of the two sides are matched by the longest common
 * subsequence of their kinds. A matched run of as many items on both sides pairs item by item; a
 * matched run of different lengths (a translator split a paragraph) is one group, run beside run:
 * the nearest level at which the two still match. Runs left unmatched are groups of their own (one
 * side may be empty). Every item of either side is in exactly one group, in order.
 */
final class Alignment {

  /**
   * A group: items of the source beside items of the translation; {@code exact} when it is one item
   * each, of the same kind.
   */
  record Group<T>(List<T> source, List<T> translation, boolean exact) {
    Group {
      source = List.copyOf(source);
      translation = List.copyOf(translation);
    }
  }

  private Alignment() {}

  /** The groups of {@code source} and {@code translation}, in order. */
  static <T> List<Group<T>> align(
      List<T> source, List<T> translation, Function<? super T, String> kind) {
    List<List<T>> sourceRuns = runs(source, kind);
    List<List<T>> translationRuns = runs(translation, kind);
    Function<List<T>, String> runKind = run -> kind.apply(run.get(0));
    int n = sourceRuns.size();
    int m = translationRuns.size();
    // lengths[i][j]: the longest common subsequence of run kinds of sourceRuns[i..] and
    // translationRuns[j..].
    int[][] lengths = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lengths[i][j] =
            Objects.equals(runKind.apply(sourceRuns.get(i)), runKind.apply(translationRuns.get(j)))
                ? lengths[i + 1][j + 1] + 1
                : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    List<Group<T>> groups = new ArrayList<>();
    List<T> sourceLeft = new ArrayList<>();
    List<T> translationLeft = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n
          && j < m
          && Objects.equals(runKind.apply(sourceRuns.get(i)), runKind.apply(translationRuns.get(j)))
          && lengths[i][j] == lengths[i + 1][j + 1] + 1) {
        flush(groups, sourceLeft, translationLeft);
        matched(groups, sourceRuns.get(i++), translationRuns.get(j++));
      } else if (j >= m || (i < n && lengths[i + 1][j] >= lengths[i][j + 1])) {
        sourceLeft.addAll(sourceRuns.get(i++));
      } else {
        translationLeft.addAll(translationRuns.get(j++));
      }
    }
    flush(groups, sourceLeft, translationLeft);
    return groups;
  }

  /** Two runs of one kind: item by item if they are as long, else run beside run. */
  private static <T> void matched(List<Group<T>> groups, List<T> source, List<T> translation) {
    if (source.size() != translation.size()) {
      groups.add(new Group<>(source, translation, false));
      return;
    }
    for (int k = 0; k < source.size(); k++) {
      groups.add(new Group<>(List.of(source.get(k)), List.of(translation.get(k)), true));
    }
  }

  /** The items in runs of one kind. */
  private static <T> List<List<T>> runs(List<T> items, Function<? super T, String> kind) {
    List<List<T>> runs = new ArrayList<>();
    for (T item : items) {
      if (runs.isEmpty()
          || !Objects.equals(kind.apply(runs.get(runs.size() - 1).get(0)), kind.apply(item))) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(item);
    }
    return runs;
  }

  private static <T> void flush(List<Group<T>> groups, List<T> source, List<T> translation) {
    if (!source.isEmpty() || !translation.isEmpty()) {
      groups.add(new Group<>(source, translation, false));
      source.clear();
      translation.clear();
    }
  }
}
