package io.tropo4j.read;

import java.util.Arrays;

/**
 * Line and column of offsets in one text, as an editor counts them: from 1, a tab one column. The
 * line starts are found once, so every node's position costs a binary search, not a scan.
 */
final class Positions {
  private final int[] lineStarts;
  private final int length;

  Positions(String text) {
    int[] starts = new int[64];
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, lines);
    this.length = text.length();
  }

  Position of(int index) {
    int at = Math.min(index, length);
    int line = Arrays.binarySearch(lineStarts, at);
    if (line < 0) {
      line = -line - 2;
    }
    return new Position(line + 1, at - lineStarts[line] + 1);
  }
}
