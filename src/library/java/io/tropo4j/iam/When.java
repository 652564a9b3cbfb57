package io.tropo4j.iam;

import io.tropo4j.fn.Value;

/**
 * A statement's condition: one operator, one key, one value, as the IAM policy reference names them
 * ({@code StringEquals}, {@code ArnLike}, {@code Bool}, ...). A statement's conditions are all required.
 */
public record When(String operator, String key, Object value) {
  public static When stringEquals(String key, Value<String> value) {
    return new When("StringEquals", key, value);
  }

  public static When stringEquals(String key, String value) {
    return new When("StringEquals", key, value);
  }

  public static When stringLike(String key, String pattern) {
    return new When("StringLike", key, pattern);
  }

  public static When stringLike(String key, Value<String> pattern) {
    return new When("StringLike", key, pattern);
  }

  public static When arnEquals(String key, Value<String> arn) {
    return new When("ArnEquals", key, arn);
  }

  public static When arnLike(String key, Value<String> arn) {
    return new When("ArnLike", key, arn);
  }

  public static When bool(String key, boolean value) {
    return new When("Bool", key, String.valueOf(value));
  }

  public static When ipAddress(String key, String cidr) {
    return new When("IpAddress", key, cidr);
  }

  public static When numericLessThanEquals(String key, long value) {
    return new When("NumericLessThanEquals", key, String.valueOf(value));
  }
}
