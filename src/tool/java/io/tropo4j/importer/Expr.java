package io.tropo4j.importer;

/**
 * A Java expression for a template value, with the type CloudFormation resolves it to, as far as
 * the library can say it: {@code STRING} is a {@code Value<String>}, {@code ANY} is AWS::NoValue,
 * which fits every type.
 */
record Expr(String code, Kind kind) {
  enum Kind { STRING, INTEGER, LONG, DOUBLE, BOOLEAN, STRING_LIST, INTEGER_LIST, ANY, OTHER }

  /** Whether it can go where a {@code Value} of that kind is wanted. */
  boolean fits(Kind wanted) {
    return kind == wanted || kind == Kind.ANY;
  }
}
