package io.tropo4j.emit;

/** What both writers need to know of a string's characters. */
final class Text {
  private Text() {}

  /** A UTF-16 surrogate that is not half of a pair: no UTF-8 text can hold it, only an escape. */
  static boolean isLoneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
