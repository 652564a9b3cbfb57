package io.tropo4j.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Two texts compared line by line, as {@code diff -u} shows them: each changed line with "- " or
 * "+ ", two unchanged lines around each change, "..." where unchanged lines are left out.
 */
final class LineDiff {
  private static final int CONTEXT = 2;
  /** Past this many cells the common lines are not searched for: every old line is removed, every new one added. */
  private static final long MAX_CELLS = 4_000_000;

  private LineDiff() {}

  static List<String> lines(List<String> before, List<String> after) {
    List<String> all = edits(before, after);
    List<String> shown = new ArrayList<>();
    int lastShown = -1;
    for (int i = 0; i < all.size(); i++) {
      if (!near(all, i)) {
        continue;
      }
      if (lastShown >= 0 && i > lastShown + 1 || lastShown < 0 && i > 0) {
        shown.add("...");
      }
      shown.add(all.get(i));
      lastShown = i;
    }
    if (lastShown >= 0 && lastShown < all.size() - 1) {
      shown.add("...");
    }
    return shown;
  }

  /** Whether the line is a change, or within {@link #CONTEXT} lines of one. */
  private static boolean near(List<String> all, int index) {
    for (int i = Math.max(0, index - CONTEXT); i <= Math.min(all.size() - 1, index + CONTEXT); i++) {
      if (!all.get(i).startsWith("  ")) {
        return true;
      }
    }
    return false;
  }

  /** Every line of both, marked: the longest common subsequence is kept, the rest removed or added. */
  private static List<String> edits(List<String> before, List<String> after) {
    int n = before.size();
    int m = after.size();
    List<String> out = new ArrayList<>();
    if ((long) n * m > MAX_CELLS) {
      before.forEach(line -> out.add("- " + line));
      after.forEach(line -> out.add("+ " + line));
      return out;
    }
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
            : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && before.get(i).equals(after.get(j))) {
        out.add("  " + before.get(i++));
        j++;
      } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
        out.add("- " + before.get(i++));
      } else {
        out.add("+ " + after.get(j++));
      }
    }
    return out;
  }
}
