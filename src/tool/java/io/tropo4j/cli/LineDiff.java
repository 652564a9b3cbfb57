package io.tropo4j.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Two texts compared line by line, as {@code diff -u} shows them: each changed line with "- " or
 * "+ ", two unchanged lines around each change, "..." where unchanged lines are left out.
 */
final class LineDiff {
  private static final int CONTEXT = 2;

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

  /**
   * Every line of both, marked: a shortest edit script by Myers' algorithm, in its linear-space form:
   * time grows with the lengths times the size of the change (a small edit is cheap however long the
   * script), memory with the lengths alone.
   * Between two unchanged lines, what was removed comes before what was added, as diff -u shows it.
   */
  private static List<String> edits(List<String> before, List<String> after) {
    List<String> out = new ArrayList<>(before.size() + after.size());
    List<String> added = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(before, after, new MyersDiffWithLinearSpace<String>(), null,
        true).getDeltas()) {
      if (delta.getType() == DeltaType.EQUAL) {
        added.forEach(line -> out.add("+ " + line));
        added.clear();
        delta.getSource().getLines().forEach(line -> out.add("  " + line));
      } else {
        delta.getSource().getLines().forEach(line -> out.add("- " + line));
        added.addAll(delta.getTarget().getLines());
      }
    }
    added.forEach(line -> out.add("+ " + line));
    return out;
  }
}
