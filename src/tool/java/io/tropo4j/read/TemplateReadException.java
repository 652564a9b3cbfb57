package io.tropo4j.read;

/**
 * A text that is not a template tropo4j can read: one sentence, and where in which file. The message
 * reads as compilers write theirs, {@code file:line:column: sentence}.
 */
public final class TemplateReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final int line;
  private final int column;
  private final String sentence;

  public TemplateReadException(String fileName, int line, int column, String sentence) {
    super(fileName + ":" + line + ":" + column + ": " + sentence);
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.sentence = sentence;
  }

  TemplateReadException(String fileName, Position position, String sentence) {
    this(fileName, position.line(), position.column(), sentence);
  }

  public String fileName() {
    return fileName;
  }

  /** The line, counted from 1. */
  public int line() {
    return line;
  }

  /** The column, counted from 1. */
  public int column() {
    return column;
  }

  /** What is wrong, without the place. */
  public String sentence() {
    return sentence;
  }
}
