// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chime;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Chime::AppInstanceUser
 *
 * <p>CloudFormation type {@code AWS::Chime::AppInstanceUser}.
 */
public final class AppInstanceUser extends Resource<AppInstanceUser> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::AppInstanceUser")
      .required("AppInstanceArn", "AppInstanceUserId")
      .constrain("AppInstanceArn", Constraint.of().pattern("^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$").minLength(5).maxLength(1600))
      .constrain("AppInstanceUserId", Constraint.of().pattern("^[A-Za-z0-9]([A-Za-z0-9\\:\\-\\_\\.\\@]{0,62}[A-Za-z0-9])?$").minLength(1).maxLength(64))
      .constrain("Metadata", Constraint.of().pattern(".*").minLength(0).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]*$").minLength(0).maxLength(256))
      .refYields("AppInstanceUserArn")
      .attributes("AppInstanceUserArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AppInstanceUser(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: 5 to 1600 characters. Pattern: {@code
   * ^arn:[a-z0-9-&#92;.]{1,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[a-z0-9-&#92;.]{0,63}:[^/].{0,1023}$}.
   * CloudFormation property {@code AppInstanceArn}.
   */
  public AppInstanceUser appInstanceArn(String value) {
    return set("AppInstanceArn", Value.of(value));
  }

  /** Sets {@code AppInstanceArn} to this value; see {@link #appInstanceArn(String)}. */
  public AppInstanceUser appInstanceArn(Value<String> value) {
    return set("AppInstanceArn", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * ^[A-Za-z0-9]([A-Za-z0-9&#92;:&#92;-&#92;_&#92;.&#92;&#64;]{0,62}[A-Za-z0-9])?$}. CloudFormation
   * property {@code AppInstanceUserId}.
   */
  public AppInstanceUser appInstanceUserId(String value) {
    return set("AppInstanceUserId", Value.of(value));
  }

  /** Sets {@code AppInstanceUserId} to this value; see {@link #appInstanceUserId(String)}. */
  public AppInstanceUser appInstanceUserId(Value<String> value) {
    return set("AppInstanceUserId", value);
  }

  /** CloudFormation property {@code ExpirationSettings}. */
  public AppInstanceUser expirationSettings(Value<ExpirationSettings> value) {
    return set("ExpirationSettings", value);
  }

  /**
   * Length: 0 to 1024 characters. Pattern: {@code .*}. CloudFormation property {@code Metadata}.
   */
  public AppInstanceUser metadataProperty(String value) {
    return set("Metadata", Value.of(value));
  }

  /** Sets {@code Metadata} to this value; see {@link #metadataProperty(String)}. */
  public AppInstanceUser metadataProperty(Value<String> value) {
    return set("Metadata", value);
  }

  /**
   * Length: 0 to 256 characters. Pattern: {@code
   * ^[&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u0085&#92;u00A0-&#92;uD7FF&#92;uE000-&#92;uFFFD&#92;u10000-&#92;u10FFFF]*$}.
   * CloudFormation property {@code Name}.
   */
  public AppInstanceUser name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AppInstanceUser name(Value<String> value) {
    return set("Name", value);
  }

  /** CloudFormation property {@code Tags}. */
  public AppInstanceUser tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AppInstanceUser tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AppInstanceUser tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code AppInstanceUserArn}. */
  public Value<String> appInstanceUserArn() {
    return getAtt("AppInstanceUserArn");
  }

  /** Property type {@code AWS::Chime::AppInstanceUser.ExpirationSettings}. */
  public static final class ExpirationSettings extends Struct<ExpirationSettings> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::AppInstanceUser.ExpirationSettings")
        .required("ExpirationCriterion", "ExpirationDays")
        .allowed("ExpirationCriterion", "CREATED_TIMESTAMP")
        .constrain("ExpirationDays", Constraint.of().minimum(1).maximum(5475))
        .build();

    public ExpirationSettings() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code CREATED_TIMESTAMP}. CloudFormation property {@code
     * ExpirationCriterion}.
     */
    public ExpirationSettings expirationCriterion(String value) {
      return set("ExpirationCriterion", Value.of(value));
    }

    /** Sets {@code ExpirationCriterion} to this value; see {@link #expirationCriterion(String)}. */
    public ExpirationSettings expirationCriterion(Value<String> value) {
      return set("ExpirationCriterion", value);
    }

    /** Required. Range: 1 to 5475. CloudFormation property {@code ExpirationDays}. */
    public ExpirationSettings expirationDays(int value) {
      return set("ExpirationDays", Value.of(value));
    }

    /** Sets {@code ExpirationDays} to this value; see {@link #expirationDays(int)}. */
    public ExpirationSettings expirationDays(Value<Integer> value) {
      return set("ExpirationDays", value);
    }
  }
}
