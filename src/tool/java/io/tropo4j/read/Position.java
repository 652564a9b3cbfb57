package io.tropo4j.read;

/** Where a node starts in the text it was read from: line and column, both counted from 1. */
public record Position(int line, int column) {
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
